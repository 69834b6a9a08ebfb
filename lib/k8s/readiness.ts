import 'server-only';
import type { ResourceName } from './resources';
import type { CacheState } from './watch-cache';

/**
 * The caches readiness waits for, each cluster-wide in the current context:
 * namespaces (the namespace picker and every list's filter) and pods (the
 * front page, the Pods list and every workload's pods). The readiness probe
 * keeps them running, so a replica the Service sends a user to already holds
 * a full, watched list of both.
 */
export const READINESS_RESOURCES: readonly ResourceName[] = ['namespaces', 'pods'];

/** One cache as readiness sees it: `ok` when it can serve a full list. */
export interface CacheReadiness {
  resource: ResourceName;
  /** The cache's phase; 'starting' before its first state arrives, 'resyncing' while a synced cache lists again. */
  phase: 'starting' | 'syncing' | 'synced' | 'resyncing' | 'reconnecting' | 'forbidden' | 'error';
  ok: boolean;
}

/**
 * The /api/readyz answer. No object, error message or server address: only
 * phases and a one-line reason, since the probe answers any Host.
 * @example { ready: false, context: 'inClusterContext', caches: [{ resource: 'pods', phase: 'syncing', ok: false }], reason: 'pods: first list in progress (500 so far)' }
 */
export interface ReadinessReport {
  ready: boolean;
  context: string | null;
  caches: CacheReadiness[];
  /** Why not ready (the first cause), or null when ready. */
  reason: string | null;
}

/** What the decision reads: the current context (or why there is none) and each required cache's latest state. */
export interface ReadinessInput {
  context: string | null;
  /** The error kind when the kubeconfig gave no usable context (e.g. 'no-kubeconfig'). */
  configError: string | null;
  caches: Array<{ resource: ResourceName; state: CacheState | null }>;
}

function judge(resource: ResourceName, state: CacheState | null): CacheReadiness & { why: string | null } {
  if (!state) return { resource, phase: 'starting', ok: false, why: `${resource}: cache starting` };
  switch (state.phase) {
    case 'synced':
      return { resource, phase: 'synced', ok: true, why: null };
    case 'syncing':
      // A relist after the watch window expired: the full list it holds is still served.
      if (state.lastSyncedAt !== null) return { resource, phase: 'resyncing', ok: true, why: null };
      return { resource, phase: 'syncing', ok: false, why: `${resource}: first list in progress (${state.count} so far)` };
    case 'reconnecting':
      return { resource, phase: 'reconnecting', ok: false, why: `${resource}: reconnecting to the apiserver (attempt ${state.attempt}${state.cause ? `, ${state.cause.kind}` : ''})` };
    case 'forbidden':
      return { resource, phase: 'forbidden', ok: false, why: `${resource}: forbidden (the server's account needs list/watch on ${state.resource} cluster-wide)` };
    case 'error':
      return { resource, phase: 'error', ok: false, why: `${resource}: ${state.cause?.kind ?? 'error'}` };
  }
}

/**
 * Readiness (the Deployment's readinessProbe), unlike liveness
 * (/api/healthz, the process only): ready only when there is a current
 * context and every required cache (READINESS_RESOURCES) holds a full list —
 * synced and watching, or listing again after an expired watch while it
 * still serves the last full list. Starting, a first list in progress,
 * reconnecting, forbidden and error are not ready; the reason names the
 * first cache that is not, without messages or addresses.
 * @example readinessDecision({ context: 'kind-dev', configError: null, caches: [{ resource: 'pods', state: { phase: 'synced', lastEventAt: null, lastSyncedAt: '2025-01-01T00:00:00.000Z' } }] })
 *   // { ready: true, context: 'kind-dev', caches: [{ resource: 'pods', phase: 'synced', ok: true }], reason: null }
 */
export function readinessDecision(input: ReadinessInput): ReadinessReport {
  if (input.context === null) {
    return { ready: false, context: null, caches: [], reason: `no usable kube context (${input.configError ?? 'no current-context'})` };
  }
  const judged = input.caches.map((c) => judge(c.resource, c.state));
  const firstWhy = judged.find((j) => !j.ok)?.why ?? null;
  return {
    ready: judged.length > 0 && firstWhy === null,
    context: input.context,
    caches: judged.map(({ resource, phase, ok }) => ({ resource, phase, ok })),
    reason: judged.length === 0 ? 'no caches to wait for' : firstWhy,
  };
}

/**
 * The HTTP status for a report: 200 when ready, 503 otherwise (the kubelet
 * counts any 2xx/3xx as success).
 * @example readinessStatus({ ready: false, context: null, caches: [], reason: 'no usable kube context (no-kubeconfig)' }) // 503
 */
export function readinessStatus(report: ReadinessReport): 200 | 503 {
  return report.ready ? 200 : 503;
}
