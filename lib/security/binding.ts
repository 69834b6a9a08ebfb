import { allowedHostsLabel, guardConfigFromEnv } from './request-guard';

/**
 * Whether a bind address keeps the server on this machine: `localhost`,
 * any 127.0.0.0/8 address, `::1` (bracketed or not) and its IPv4-mapped form.
 * @example isLoopbackBind('127.0.0.1') // true
 * @example isLoopbackBind('0.0.0.0') // false
 */
export function isLoopbackBind(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  const v4 = h.replace(/^::ffff:/, '');
  const parts = v4.split('.');
  return parts.length === 4 && parts[0] === '127' && parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255);
}

/**
 * The warning `npm start` prints when HOST is not a loopback address: who
 * can read what, and what the Host allowlist still requires. Null for a
 * loopback bind.
 * @example bindingWarning({ HOST: '0.0.0.0', PORT: '3000' }, 'kind-kind')[0]
 * // 'WARNING: HOST=0.0.0.0 is not a loopback address. Anyone who can reach this machine on port 3000 …'
 */
export function bindingWarning(env: Readonly<Record<string, string | undefined>>, context: string | null): string[] | null {
  const host = env.HOST ?? '127.0.0.1';
  if (isLoopbackBind(host)) return null;
  const port = env.PORT ?? '3000';
  const ctx = context ? `kube context "${context}"` : 'the current kube context';
  const allowed = allowedHostsLabel(guardConfigFromEnv({ ...env, HOST: host, PORT: port }));
  return [
    `WARNING: HOST=${host} is not a loopback address. Anyone who can reach this machine on port ${port} can read, without logging in and with your credentials, what ${ctx} may read:`,
    'every pod with its container logs and YAML (plain environment values included), events, nodes, Services and their endpoints, in every namespace those credentials can list.',
    `Browsers must still address it by an allowed name (now: ${allowed}); ALLOWED_HOSTS adds names. Keep HOST=127.0.0.1 unless that network is yours alone.`,
  ];
}
