import https from 'node:https';
import { KubeConfig } from '@kubernetes/client-node';

/**
 * What a benchmark needs to talk HTTPS to a kubeconfig's current cluster
 * without client-node in the hot path: the server URL, a keep-alive agent
 * carrying the kubeconfig's CA and client certificate, and its auth headers
 * (as strings).
 * @example const { server, agent, headers } = await kubeAgent('.sandbox/kubeconfig', 16);
 */
export async function kubeAgent(kubeconfig: string, maxSockets: number): Promise<{ kc: KubeConfig; server: URL; agent: https.Agent; headers: Record<string, string>; tls: Pick<https.RequestOptions, 'ca' | 'cert' | 'key'> }> {
  const kc = new KubeConfig();
  kc.loadFromFile(kubeconfig);
  const server = new URL(kc.getCurrentCluster()?.server ?? '');
  const opts: https.RequestOptions = {};
  await kc.applyToHTTPSOptions(opts);
  const tls = { ca: opts.ca, cert: opts.cert, key: opts.key };
  const agent = new https.Agent({ keepAlive: true, maxSockets, ...tls });
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(opts.headers ?? {})) if (typeof v === 'string') headers[k] = v;
  return { kc, server, agent, headers, tls };
}
