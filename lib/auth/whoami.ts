import 'server-only';
import { RESOURCES, type ResourceDescriptor } from '../k8s/resources';
import type { KindAccess, WhoAmIModel } from '../contract/auth';
import type { AuthMode } from './config';
import { canListWatch, type AccessCache } from './access';
import type { Session } from './session';
import { getKubeconfigs } from '../k8s/kubeconfig';
import { subscribeResource } from '../k8s/live';
import { readRawSnapshot } from '../k8s/query';
import type { KubeObject } from '../k8s/watch-cache';
import { accessCache } from './request';
import { authRuntime } from './runtime';

/** Namespaces looked at, at most, for the per-namespace answers (each costs a review per kind). */
export const WHOAMI_MAX_NAMESPACES = 100;
const CONCURRENCY = 16;

/** Runs `jobs` with at most `n` at once, keeping their order. */
async function pool<T>(jobs: (() => Promise<T>)[], n: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(n, jobs.length) }, async () => {
      while (next < jobs.length) {
        const i = next++;
        out[i] = await jobs[i]!();
      }
    }),
  );
  return out;
}

/**
 * What a signed-in person may read, asked of the cluster for them
 * (SubjectAccessReviews through the shared answer cache; no impersonation,
 * no power beyond reviews): per kind the views use, list+watch cluster-wide,
 * else the namespaces where they may; and where they may read pod logs.
 *
 * Each review costs the apiserver a round trip (about 20–30 ms on the
 * shared test machine), so the per-namespace questions are asked only in
 * the namespaces where the person may list and watch pods — the ones their
 * namespace list shows — unless they may read pods everywhere, then in all
 * of `namespaces` (the first WHOAMI_MAX_NAMESPACES, sorted).
 * @example await whoAmI(session, 'token', 'sandbox', access, ['default', 'shop'])
 */
export async function whoAmI(session: Session, mode: AuthMode, context: string, access: AccessCache, namespaces: readonly string[]): Promise<WhoAmIModel> {
  const all = [...namespaces].sort().slice(0, WHOAMI_MAX_NAMESPACES);
  const p = session.principal;
  const descriptors = Object.values(RESOURCES) as ResourceDescriptor[];
  const wide = await pool(descriptors.map((r) => async () => (await canListWatch(access, p, context, r)).allowed), CONCURRENCY);
  const podsWide = wide[descriptors.findIndex((r) => r.name === 'pods')] === true;
  const podNs = podsWide ? all : (await pool(all.map((ns) => async () => ((await canListWatch(access, p, context, RESOURCES.pods, ns)).allowed ? ns : null)), CONCURRENCY)).filter((n): n is string => n !== null);
  const kinds = await pool(
    descriptors.map((r, i) => async (): Promise<KindAccess> => {
      const clusterWide = wide[i] === true;
      let inNs: string[] = [];
      if (!clusterWide && r.namespaced) {
        inNs = r.name === 'pods' ? podNs : (await pool(podNs.map((ns) => async () => ((await canListWatch(access, p, context, r, ns)).allowed ? ns : null)), CONCURRENCY)).filter((n): n is string => n !== null);
      }
      return { resource: r.plural, group: r.group, namespaced: r.namespaced, clusterWide, namespaces: inNs };
    }),
    4,
  );
  const logQ = (namespace?: string) => access.can(p, { context, verb: 'get', resource: 'pods', subresource: 'log', group: '', ...(namespace ? { namespace } : {}) });
  const logsAll = await logQ();
  const logNs = logsAll ? [] : (await pool(podNs.map((ns) => async () => ((await logQ(ns)) ? ns : null)), CONCURRENCY)).filter((n): n is string => n !== null);
  return {
    mode,
    username: p.username,
    groups: [...p.groups],
    context,
    expiresAt: mode === 'token' ? new Date(session.expiresAt * 1000).toISOString() : null,
    kinds,
    logs: { clusterWide: logsAll, namespaces: logNs },
    namespacesChecked: podNs.length,
    namespacesScope: podsWide ? 'all' : 'pods',
  };
}

/**
 * The "who am I" model for a signed-in person: the cluster's namespaces
 * read from the shared cache with the server's own access (only their
 * names, to ask about each), then reviews for the person.
 * @example const model = await whoAmIFor(session);
 */
export async function whoAmIFor(session: Session): Promise<WhoAmIModel> {
  const { config } = await authRuntime();
  const context = session.context || (getKubeconfigs().currentContext ?? '');
  const snap = await readRawSnapshot<KubeObject>({ context, resource: 'namespaces' }, { subscribe: subscribeResource });
  const names = snap.ok ? snap.items.map((o) => o.metadata?.name).filter((n): n is string => !!n) : [];
  return whoAmI(session, config.mode, context, await accessCache(), names);
}
