import 'server-only';
import { CoreV1Api } from '@kubernetes/client-node';
import type { LogRequest } from '@/lib/views/pod-logs';
import { getKubeconfigs } from './kubeconfig';
import { classifyK8sError, type K8sErrorInfo } from './errors';

/** A log is shown, not downloaded: at most this many bytes per request. */
const LIMIT_BYTES = 512 * 1024;

export type LogsResult = { ok: true; text: string } | { ok: false; error: K8sErrorInfo };

/**
 * Reads one container's log through the apiserver (`kubectl logs`, with
 * `--previous` for the instance before the last restart), bounded by
 * request.tailLines and 512 KiB. Errors are classified, never thrown.
 * @example await readPodLog({ context: 'kind-kind', namespace: 'default', name: 'web', container: 'app', previous: true, tailLines: 500 })
 */
export async function readPodLog(request: LogRequest): Promise<LogsResult> {
  try {
    const api = getKubeconfigs().forContext(request.context).makeApiClient(CoreV1Api);
    const text = await api.readNamespacedPodLog({
      name: request.name,
      namespace: request.namespace,
      container: request.container,
      previous: request.previous,
      tailLines: request.tailLines,
      limitBytes: LIMIT_BYTES,
    });
    return { ok: true, text: typeof text === 'string' ? text : String(text ?? '') };
  } catch (err) {
    // client-node 1.x cannot parse an empty 200 body (no Content-Type), which is what the apiserver sends when there is no log yet.
    if (err instanceof Error && /^Cannot parse content\. No Content-Type defined/.test(err.message)) return { ok: true, text: '' };
    return { ok: false, error: classifyK8sError(err) };
  }
}
