import type { ContainerExplanation } from '../explain/containers';
import { toTimestampMs } from '../explain/human-duration';
import { RESTART_BACKOFF } from '../explain/restart-backoff';

/** A validated request for one container's log. */
export interface LogRequest {
  context: string;
  namespace: string;
  name: string;
  container: string;
  previous: boolean;
  tailLines: number;
}

/** Lines returned at most, whatever the request asks: a log view, not a log download. */
export const MAX_TAIL_LINES = 1000;
export const DEFAULT_TAIL_LINES = 500;

// DNS-1123 subdomain (pod and namespace names) and label (container names).
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;
const LABEL = /^[a-z0-9]([-a-z0-9]{0,61}[a-z0-9])?$/;
// Context names come from the user's kubeconfig (ARNs, gke_… names): printable, bounded.
const CONTEXT = /^[\x21-\x7e]{1,1024}$/;

/**
 * Validates the query of GET /api/logs; tailLines is clamped to 1…1000.
 * @example parseLogRequest(new URLSearchParams('context=kind&namespace=default&name=web&container=app&previous=1'))
 *   → { ok: true, request: { context: 'kind', namespace: 'default', name: 'web', container: 'app', previous: true, tailLines: 500 } }
 */
export function parseLogRequest(q: URLSearchParams): { ok: true; request: LogRequest } | { ok: false; field: string } {
  const context = q.get('context') ?? '';
  const namespace = q.get('namespace') ?? '';
  const name = q.get('name') ?? '';
  const container = q.get('container') ?? '';
  if (!CONTEXT.test(context)) return { ok: false, field: 'context' };
  if (!SUBDOMAIN.test(namespace)) return { ok: false, field: 'namespace' };
  if (!SUBDOMAIN.test(name)) return { ok: false, field: 'name' };
  if (!LABEL.test(container)) return { ok: false, field: 'container' };
  const tail = Number(q.get('tailLines') ?? DEFAULT_TAIL_LINES);
  const tailLines = Number.isFinite(tail) ? Math.min(MAX_TAIL_LINES, Math.max(1, Math.trunc(tail))) : DEFAULT_TAIL_LINES;
  const previous = q.get('previous') === '1' || q.get('previous') === 'true';
  return { ok: true, request: { context, namespace, name, container, previous, tailLines } };
}

/** A container in the log picker. */
export interface LogContainer {
  name: string;
  kind: ContainerExplanation['kind'];
  /** A previous instance exists (it restarted), so --previous has something to show. */
  hasPrevious: boolean;
  /** It is crash-looping or exited with an error: its last instance's output explains why. */
  crashed: boolean;
  /** An instance has run (or is running), so there can be a log at all. */
  ran: boolean;
}

/**
 * Crash-looping in the kubelet's sense: backing off, just failed, or running
 * again less than 10 minutes (the back-off reset window) after a failed exit.
 */
function crashed(c: ContainerExplanation, now: Date): boolean {
  if (c.state.kind === 'waiting' && c.state.reason === 'CrashLoopBackOff') return true;
  if (c.state.kind === 'terminated') return c.state.exitCode !== 0;
  const last = c.lastState?.kind === 'terminated' ? c.lastState : null;
  const finished = toTimestampMs(last?.finishedAt);
  return Boolean(last && last.exitCode !== 0 && finished !== undefined && now.getTime() - finished < RESTART_BACKOFF.resetAfterSeconds * 1000);
}

/**
 * The containers whose logs can be read, in pod order.
 * @example logContainers(crashLoop.containers, now) → [{ name: 'app', kind: 'app', hasPrevious: true, crashed: true, ran: true }]
 */
export function logContainers(containers: readonly ContainerExplanation[], now: Date): LogContainer[] {
  return containers.map((c) => ({
    name: c.name,
    kind: c.kind,
    hasPrevious: c.restartCount > 0 || c.lastState?.kind === 'terminated',
    crashed: crashed(c, now),
    ran: c.state.kind === 'running' || c.state.kind === 'terminated' || c.lastState?.kind === 'terminated',
  }));
}

/**
 * What the logs tab opens first: a chosen container if it exists, else the
 * first crashed one, else the first app container; --previous by default for
 * a crash-looping container, whose current instance has barely run.
 * @example defaultLogTarget(logContainers(crashLoop.containers, now), null, null) → { container: 'app', previous: true }
 */
export function defaultLogTarget(
  containers: readonly LogContainer[],
  chosen: string | null,
  previousParam: string | null,
): { container: string | null; previous: boolean } {
  const pick = containers.find((c) => c.name === chosen) ?? containers.find((c) => c.crashed) ?? containers.find((c) => c.kind === 'app') ?? containers[0];
  if (!pick) return { container: null, previous: false };
  const previous = previousParam === null ? pick.crashed && pick.hasPrevious : previousParam === '1' && pick.hasPrevious;
  return { container: pick.name, previous };
}
