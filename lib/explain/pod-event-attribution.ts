import type { CoreV1Event, V1Pod } from '@kubernetes/client-node';

/**
 * The kubelet addresses container events with involvedObject.fieldPath
 * ("spec.containers{app}"), and lib/explain reads the container from it
 * (probe failures, restarts, pulls). Some reporters leave it out — KWOK's
 * simulated kubelet always does — so a pod's Unhealthy events would count
 * for no container. Where the pod itself says which container an event must
 * be about, the field path is filled in; otherwise the event is left alone.
 */

// Reasons the kubelet only ever records about one container.
const CONTAINER_REASONS = new Set(['Pulling', 'Pulled', 'Created', 'Started', 'Killing', 'BackOff', 'Unhealthy', 'ProbeWarning', 'Failed']);

const PROBE_FIELD = {
  Liveness: 'livenessProbe',
  Readiness: 'readinessProbe',
  Startup: 'startupProbe',
} as const;

/** The result: events with inferred field paths, and how many were inferred (the UI says so). */
export interface AttributedEvents {
  events: CoreV1Event[];
  attributed: number;
}

/**
 * Fills in the container of this pod's container events that lack a field
 * path: the pod's only container, or for a probe failure ("Readiness probe
 * failed: …") the only container that has that kind of probe.
 * @example attributeContainerEvents(readinessFailPod, events).attributed → 2 (its Unhealthy events now name container "app")
 */
export function attributeContainerEvents(pod: V1Pod, events: readonly CoreV1Event[]): AttributedEvents {
  const init = (pod.spec?.initContainers ?? []).map((c) => ({ c, path: `spec.initContainers{${c.name}}` }));
  const app = (pod.spec?.containers ?? []).map((c) => ({ c, path: `spec.containers{${c.name}}` }));
  const all = [...init, ...app];
  const name = pod.metadata?.name;
  const uid = pod.metadata?.uid;
  let attributed = 0;
  const out = events.map((e) => {
    const io = e.involvedObject;
    if (!io || io.kind !== 'Pod' || io.name !== name || (uid && io.uid && io.uid !== uid)) return e;
    if (io.fieldPath || !CONTAINER_REASONS.has(e.reason ?? '')) return e;
    let path: string | null = all.length === 1 ? (all[0]?.path ?? null) : null;
    const probe = /^(Liveness|Readiness|Startup) probe/.exec(e.message ?? '')?.[1] as keyof typeof PROBE_FIELD | undefined;
    if (!path && e.reason === 'Unhealthy' && probe) {
      const withProbe = all.filter(({ c }) => c[PROBE_FIELD[probe]]);
      if (withProbe.length === 1) path = withProbe[0]?.path ?? null;
    }
    if (!path) return e;
    attributed++;
    return { ...e, involvedObject: { ...io, fieldPath: path } };
  });
  return { events: out, attributed };
}
