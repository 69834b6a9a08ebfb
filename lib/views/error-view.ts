import type { ErrorInfoView, StreamState } from '@/lib/contract';

/**
 * The error a live Services/Nodes view shows instead of its content: the live
 * state's forbidden/error; else the first paint's error until the stream
 * answers; else a model the server could not build. Null when all is well.
 * @example liveError({ phase: 'forbidden', verb: 'list', resource: 'nodes', lastEventAt: null }, null, null)?.kind // 'forbidden'
 */
export function liveError(state: StreamState | null, initial: ErrorInfoView | null, model: unknown): ErrorInfoView | null {
  if (state?.phase === 'forbidden') {
    const verb = state.verb ?? 'list';
    const resource = state.resource ?? '';
    return { kind: 'forbidden', message: `cannot ${verb} ${resource}`, verb, resource, fix: { id: 'fix.rbac.forbidden', params: {} } };
  }
  if (state?.phase === 'error') return { kind: state.kind ?? 'unknown', message: state.message ?? '', fix: state.fix ?? { id: 'fix.unknown', params: {} } };
  if (state === null && initial) return initial;
  if (model !== null && typeof model === 'object' && 'buildError' in model) {
    return { kind: 'unknown', message: String((model as { buildError: unknown }).buildError), fix: { id: 'fix.unknown', params: {} } };
  }
  return null;
}
