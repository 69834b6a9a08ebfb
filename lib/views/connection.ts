export type ConnectionView =
  | { kind: 'live' }
  | { kind: 'connecting' }
  | { kind: 'syncing'; count: number }
  | { kind: 'reconnecting' }
  | { kind: 'stale'; since: string }
  | { kind: 'forbidden'; verb: string; resource: string }
  | { kind: 'error'; message: string };

/** After this long without a healthy stream, "reconnecting…" becomes "stale since HH:MM:SS". */
export const STALE_AFTER_MS = 30_000;

/**
 * What the connection indicator says, from the tab's stream status and the
 * view's cache state. `lastHealthyAt` is when both were last fine.
 * @example connectionView('open', { phase: 'synced' }, now, now) → { kind: 'live' }
 * @example connectionView('reconnecting', null, now, now - 60s) → { kind: 'stale', since: <iso> }
 */
export function connectionView(
  stream: 'connecting' | 'open' | 'reconnecting',
  state: { phase: string; count?: number; verb?: string; resource?: string; message?: string } | null,
  now: Date,
  lastHealthyAt: Date | null,
): ConnectionView {
  const broken = stream === 'reconnecting' || state?.phase === 'reconnecting';
  if (broken) {
    if (lastHealthyAt && now.getTime() - lastHealthyAt.getTime() >= STALE_AFTER_MS) return { kind: 'stale', since: lastHealthyAt.toISOString() };
    return { kind: 'reconnecting' };
  }
  if (state?.phase === 'forbidden') return { kind: 'forbidden', verb: state.verb ?? 'list', resource: state.resource ?? '' };
  if (state?.phase === 'error') return { kind: 'error', message: state.message ?? '' };
  if (stream === 'connecting' || !state) return { kind: 'connecting' };
  if (state.phase === 'syncing') return { kind: 'syncing', count: state.count ?? 0 };
  return { kind: 'live' };
}
