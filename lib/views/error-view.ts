import type { ErrorInfoView, FailedState, StreamState } from '@/lib/contract';

/**
 * The error panel's view of a stream state: forbidden and error keep a view
 * from showing its content; every other phase shows none. Every failure,
 * first paint or live, caught error or cache state, reaches the panel
 * through this function (lib/k8s/errors.ts turns errors into states).
 * @example errorView({ phase: 'forbidden', verb: 'list', resource: 'nodes', lastEventAt: null }) → { kind: 'forbidden', message: 'cannot list nodes', verb: 'list', resource: 'nodes', fix: { id: 'fix.rbac.forbidden', params: {} } }
 */
export function errorView(state: FailedState): ErrorInfoView;
export function errorView(state: StreamState | null): ErrorInfoView | null;
export function errorView(state: StreamState | null): ErrorInfoView | null {
  if (state?.phase === 'forbidden') {
    return { kind: 'forbidden', message: `cannot ${state.verb} ${state.resource}`, verb: state.verb, resource: state.resource, fix: { id: 'fix.rbac.forbidden', params: {} } };
  }
  if (state?.phase === 'error') return { kind: state.kind, message: state.message, fix: state.fix };
  return null;
}

/**
 * The error a live view shows instead of its content: the live state's
 * failure (a model that failed to build is one too), else the first
 * paint's error until the stream answers. Null when all is well.
 * @example liveError(null, firstPaintError) → firstPaintError
 */
export function liveError(state: StreamState | null, initial: ErrorInfoView | null): ErrorInfoView | null {
  return state === null ? initial : errorView(state);
}

/**
 * The error a live list shows instead of its table: liveError, or — for a
 * list that never loaded and is retrying a named failure — that failure. A
 * list that did load keeps its rows and shows "reconnecting…" instead.
 * @example listError(0, { phase: 'reconnecting', kind: 'unreachable', … }, null) → { kind: 'unreachable', … }
 */
export function listError(loaded: number, state: StreamState | null, initial: ErrorInfoView | null): ErrorInfoView | null {
  const neverLoaded: ErrorInfoView | null =
    loaded === 0 && state?.phase === 'reconnecting' && state.kind !== 'unknown' ? { kind: state.kind, message: state.message, fix: state.fix } : null;
  return liveError(state, initial) ?? neverLoaded;
}
