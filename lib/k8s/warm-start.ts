import 'server-only';
import { authConfigFromEnv } from '@/lib/auth/config';
import { getKubeconfigs } from './kubeconfig';
import { subscribeResource, type ResourceSubscriber } from './live';
import type { ResourceName } from './resources';

/** The caches the Pods page reads first: its rows and the namespace selector, both cluster-wide. */
export const WARM_RESOURCES: readonly ResourceName[] = ['pods', 'namespaces'];

const GLOBAL_KEY = Symbol.for('kube-explain.warm-start');

/**
 * Whether the server should warm its caches when it starts, and why not.
 * Only with AUTH=none: with AUTH=token|proxy every person reads the caches
 * through their own access checks, so there is no one to warm them for.
 * WARM_START=off (or 0, false, no) turns it off. An AUTH setting the server
 * cannot honour warms nothing (the server refuses to start on it anyway).
 * @example warmStartDecision({}) → { on: true }
 * @example warmStartDecision({ WARM_START: 'off' }) → { on: false, reason: 'WARM_START=off' }
 * @example warmStartDecision({ AUTH: 'token' }) → { on: false, reason: 'AUTH=token: caches are per person' }
 */
export function warmStartDecision(env: Readonly<Record<string, string | undefined>>): { on: true } | { on: false; reason: string } {
  const opt = env.WARM_START?.trim().toLowerCase();
  if (opt === 'off' || opt === '0' || opt === 'false' || opt === 'no') return { on: false, reason: `WARM_START=${env.WARM_START?.trim()}` };
  let mode: string;
  try {
    mode = authConfigFromEnv(env).mode;
  } catch {
    return { on: false, reason: 'the AUTH settings are invalid' };
  }
  return mode === 'none' ? { on: true } : { on: false, reason: `AUTH=${mode}: caches are per person` };
}

/** What warm start runs on: the process's by default, fakes in unit tests. */
export interface WarmStartDeps {
  env: Readonly<Record<string, string | undefined>>;
  /** The kubeconfig's current context, or null when there is none; may throw on an unusable kubeconfig. */
  currentContext: () => string | null;
  subscribe: ResourceSubscriber;
  log: (line: string) => void;
}

const processDeps = (): WarmStartDeps => ({
  env: process.env,
  currentContext: () => getKubeconfigs().currentContext ?? null,
  subscribe: subscribeResource,
  log: (line) => console.log(line),
});

/** Caches warm start holds open: which context, which resources, and how to let them go (tests). */
export interface WarmStart {
  context: string;
  resources: ResourceName[];
  stop: () => void;
}

/**
 * Starts the current context's cluster-wide pods and namespaces caches as
 * the server starts (instrumentation.ts), so the first visitor's Pods page
 * finds them synced or syncing instead of starting the list itself. The
 * caches are held by listeners that do nothing (like history's background
 * recording), so they stay while no view is open. Once per process; with
 * WARM_START=off or AUTH other than none it does nothing (warmStartDecision).
 * Never throws: a missing or unusable kubeconfig is one log line, and the
 * pages show that error as they always do.
 * @example startWarmStart(); // → { context: 'kube-explain-sandbox', resources: ['pods', 'namespaces'], stop }
 */
export function startWarmStart(deps: WarmStartDeps = processDeps()): WarmStart | null {
  const g = globalThis as typeof globalThis & { [GLOBAL_KEY]?: WarmStart | null };
  if (g[GLOBAL_KEY] !== undefined) return g[GLOBAL_KEY];
  g[GLOBAL_KEY] = null;
  const decision = warmStartDecision(deps.env);
  if (!decision.on) return null;
  let context: string | null;
  try {
    context = deps.currentContext();
  } catch (err) {
    deps.log(`warm start: skipped, the kubeconfig is not usable (${firstLine(err)})`);
    return null;
  }
  if (!context) {
    deps.log('warm start: skipped, the kubeconfig names no current context');
    return null;
  }
  const offs: (() => void)[] = [];
  const resources: ResourceName[] = [];
  for (const resource of WARM_RESOURCES) {
    try {
      offs.push(deps.subscribe({ context, resource }, () => undefined));
      resources.push(resource);
    } catch (err) {
      deps.log(`warm start: ${resource} of context "${context}" not started (${firstLine(err)})`);
      break;
    }
  }
  if (resources.length === 0) return null;
  const warm: WarmStart = {
    context,
    resources,
    stop: () => {
      offs.splice(0).forEach((off) => off());
      if (g[GLOBAL_KEY] === warm) delete g[GLOBAL_KEY];
    },
  };
  g[GLOBAL_KEY] = warm;
  return warm;
}

/** Forgets that warm start ran (unit tests). */
export function resetWarmStart(): void {
  delete (globalThis as typeof globalThis & { [GLOBAL_KEY]?: WarmStart | null })[GLOBAL_KEY];
}

function firstLine(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.split('\n')[0] ?? '';
}
