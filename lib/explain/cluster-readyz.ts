/**
 * Parses the apiserver's /readyz (or /livez, /healthz) text. The format comes
 * from staging/src/k8s.io/apiserver/pkg/server/healthz/healthz.go (handleRootHealthz):
 *   "[+]<check> ok", "[+]<check> excluded: ok", "[-]<check> failed: reason withheld",
 *   optionally "warn: some health checks cannot be excluded: ...",
 *   then "<name> check passed" or "<name> check failed".
 * Without ?verbose a healthy server answers just "ok"; a failing one is always verbose.
 * Docs: reference/using-api/health-checks.
 */

export interface ReadyzCheck {
  name: string;
  ok: boolean;
  excluded: boolean;
  /** The text after "failed: " (normally "reason withheld"), null for passing checks. */
  failure: string | null;
}

export interface ReadyzReport {
  status: 'passed' | 'failed' | 'unknown';
  /** Whether individual checks were listed (a ?verbose answer or any failure). */
  verbose: boolean;
  checks: ReadyzCheck[];
  failed: string[];
}

const CHECK_RE = /^\[([+-])\](\S+) (.*)$/;
const SUMMARY_RE = /^(\w+) check (passed|failed)$/;

/**
 * Reads a health endpoint's answer.
 * @example parseReadyz('[+]ping ok\n[-]etcd failed: reason withheld\nreadyz check failed\n')
 *   // { status: 'failed', verbose: true, failed: ['etcd'],
 *   //   checks: [{ name: 'ping', ok: true, excluded: false, failure: null },
 *   //            { name: 'etcd', ok: false, excluded: false, failure: 'reason withheld' }] }
 */
export function parseReadyz(text: string): ReadyzReport {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  if (lines.length === 1 && lines[0] === 'ok') return { status: 'passed', verbose: false, checks: [], failed: [] };

  const checks: ReadyzCheck[] = [];
  let summary: 'passed' | 'failed' | null = null;
  for (const line of lines) {
    const check = CHECK_RE.exec(line);
    if (check) {
      const [, sign, name = '', rest = ''] = check;
      const ok = sign === '+';
      checks.push({
        name,
        ok,
        excluded: ok && rest.startsWith('excluded'),
        failure: ok ? null : rest.replace(/^failed:\s*/, '') || null,
      });
      continue;
    }
    const end = SUMMARY_RE.exec(line);
    if (end) summary = end[2] === 'passed' ? 'passed' : 'failed';
  }
  const failed = checks.filter((c) => !c.ok).map((c) => c.name);
  // A cut-off answer has no summary line; judge it by its checks when there are any.
  const status = summary ?? (failed.length > 0 ? 'failed' : checks.length > 0 ? 'passed' : 'unknown');
  return { status, verbose: checks.length > 0, checks, failed };
}
