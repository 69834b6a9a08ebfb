import type { V1Node, V1Pod } from '@kubernetes/client-node';
import { eventsForPod, normalizeEvents, type AnyEvent, type PodEvent } from '../../explain/pod-events';
import type { Diagnosis } from '../../explain/types';
import { formatEvidence, readPath } from '../evidence';
import { sanitizePod } from '../pod-yaml';
import { indexBy } from '../indexes';

/** What a workload's evidence paths can point into. */
export interface WorkloadEvidenceInputs {
  /** The workload's Kind, for picking its events. */
  kind: string;
  /** The workload itself: plain paths (`status.failed`) read it. */
  object: { metadata?: { name?: string; uid?: string } };
  /** Pods of its namespace: `pod[<name>].…`. */
  pods?: readonly V1Pod[];
  /** Nodes: `node[<name>].…`. */
  nodes?: readonly V1Node[];
  /** Events of its namespace: `events[reason=X].…` on the workload, or inside `pod[<name>].` on that pod. */
  events?: readonly AnyEvent[];
}

const REF = /^(pod|node)\[([^\]]+)\]\.(.*)$/;

function eventsAbout(events: readonly PodEvent[], kind: string | undefined, name: string | undefined, uid: string | undefined): PodEvent[] {
  return events.filter((e) => e.involvedKind === kind && e.involvedName === name && !(uid && e.involvedUid && e.involvedUid !== uid));
}

/**
 * The live value of each evidence path the diagnoses cite, for showing beside
 * the path (raw objects never reach the browser). A path reads the workload
 * (`status.failed`), one of its pods (`pod[failing-job-8npx5].status.…`, with
 * that pod's events as `events`), a node (`node[sandbox-control-plane].spec.taints`)
 * or the workload's events (`events[reason=MissSchedule].message`); paths
 * that resolve to nothing are left out.
 * @example workloadEvidence(diagnoses, { kind: 'Job', object: job, pods }) // { 'status.failed': '3', 'pod[failing-job-8npx5].status.containerStatuses[0].state.terminated.exitCode': '1', … }
 */
export function workloadEvidence(diagnoses: readonly Diagnosis[], inputs: WorkloadEvidenceInputs): Record<string, string> {
  const events = normalizeEvents(inputs.events ?? []);
  const meta = inputs.object.metadata;
  const root = { ...inputs.object, events: eventsAbout(events, inputs.kind, meta?.name, meta?.uid) };
  const out: Record<string, string> = {};
  // Looked up once per build: the first pod and node of each name (as find picks them), and each pod's events.
  const podNamed = indexBy(inputs.pods ?? [], (p) => p.metadata?.name);
  const nodeNamed = indexBy(inputs.nodes ?? [], (n) => n.metadata?.name);
  const podEvents = new Map<V1Pod, PodEvent[]>();
  const eventsOf = (pod: V1Pod, name: string) => {
    let list = podEvents.get(pod);
    if (!list) podEvents.set(pod, (list = eventsForPod(events, name, pod.metadata?.uid)));
    return list;
  };
  for (const path of new Set(diagnoses.flatMap((d) => d.evidence))) {
    const ref = REF.exec(path);
    let value: unknown;
    if (!ref) value = readPath(root, path);
    else {
      const [, kind, name = '', rest = ''] = ref;
      if (kind === 'node') value = readPath(nodeNamed.get(name), rest);
      else {
        const pod = podNamed.get(name);
        value = pod ? readPath({ ...sanitizePod(pod), events: eventsOf(pod, name) }, rest) : undefined;
      }
    }
    const text = formatEvidence(value);
    if (text !== undefined) out[path] = text;
  }
  return out;
}
