import 'server-only';
import { classifyK8sError } from './errors';
import { getKubeconfigs } from './kubeconfig';
import { subscribeResource, type ResourceSubscriber } from './live';
import { READINESS_RESOURCES, readinessDecision, type ReadinessReport } from './readiness';
import type { ResourceName } from './resources';
import type { CacheState } from './watch-cache';

/** The caches readiness holds for one context, with the latest state each reported. */
interface Held {
  context: string;
  states: Map<ResourceName, CacheState | null>;
  release: Array<() => void>;
}

/** Where the probe's view of the cluster comes from; the app passes nothing, unit tests a fake cache source. */
export interface ReadinessDeps {
  /** The current context, or throws the kubeconfig's error. */
  currentContext?: () => string | null;
  subscribe?: ResourceSubscriber;
}

/**
 * Holds (subscribes to) the current context's READINESS_RESOURCES caches and
 * keeps their latest states. The first call starts them; a later call for
 * another current context (the kubeconfig changed) releases the old ones.
 * Holding them keeps them running, so readiness never goes stale and the
 * first page on a fresh replica is served from a synced cache.
 * @example const probe = new ReadinessProbe(); probe.check() // { ready: false, reason: 'pods: cache starting', … } at first
 */
export class ReadinessProbe {
  private held: Held | null = null;
  private readonly currentContext: () => string | null;
  private readonly subscribe: ResourceSubscriber;

  constructor(deps: ReadinessDeps = {}) {
    this.currentContext = deps.currentContext ?? (() => getKubeconfigs().currentContext);
    this.subscribe = deps.subscribe ?? subscribeResource;
  }

  /** The readiness report now (see readinessDecision), starting or switching the held caches first. */
  check(): ReadinessReport {
    let context: string | null;
    try {
      context = this.currentContext();
    } catch (err) {
      this.releaseAll();
      return readinessDecision({ context: null, configError: classifyK8sError(err).kind, caches: [] });
    }
    if (context === null) {
      this.releaseAll();
      return readinessDecision({ context: null, configError: null, caches: [] });
    }
    try {
      const held = this.hold(context);
      return readinessDecision({ context, configError: null, caches: READINESS_RESOURCES.map((resource) => ({ resource, state: held.states.get(resource) ?? null })) });
    } catch (err) {
      this.releaseAll();
      return readinessDecision({ context: null, configError: classifyK8sError(err).kind, caches: [] });
    }
  }

  /** Releases every held cache (the registry stops them after its idle delay). */
  releaseAll(): void {
    const held = this.held;
    this.held = null;
    for (const off of held?.release ?? []) off();
  }

  private hold(context: string): Held {
    if (this.held?.context === context) return this.held;
    this.releaseAll();
    const held: Held = { context, states: new Map(), release: [] };
    try {
      for (const resource of READINESS_RESOURCES) {
        held.states.set(resource, null);
        held.release.push(
          this.subscribe({ context, resource }, (event) => {
            if (event.type === 'snapshot' || event.type === 'state') held.states.set(resource, event.state);
          }),
        );
      }
    } catch (err) {
      for (const off of held.release) off();
      throw err;
    }
    this.held = held;
    return held;
  }
}

const GLOBAL_KEY = '__kubeExplainReadinessProbe';

/**
 * The process-wide probe, on `globalThis` like the cache registry, so every
 * module graph of the server shares one set of held caches.
 * @example getReadinessProbe().check().ready
 */
export function getReadinessProbe(): ReadinessProbe {
  const g = globalThis as typeof globalThis & { [GLOBAL_KEY]?: ReadinessProbe };
  g[GLOBAL_KEY] ??= new ReadinessProbe();
  return g[GLOBAL_KEY];
}
