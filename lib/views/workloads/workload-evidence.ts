import type { V1Node, V1Pod } from '@kubernetes/client-node';
import { eventsForPod, normalizeEvents, type AnyEvent, type PodEvent } from '../../explain/pod-events';
import type { Diagnosis } from '../../explain/types';
import { formatEvidence, readPath } from '../evidence';
import { sanitizePod } from '../pod-yaml';

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
  for (const path of new Set(diagnoses.flatMap((d) => d.evidence))) {
    const ref = REF.exec(path);
    let value: unknown;
    if (!ref) value = readPath(root, path);
    else {
      const [, kind, name = '', rest = ''] = ref;
      if (kind === 'node') value = readPath(inputs.nodes?.find((n) => n.metadata?.name === name), rest);
      else {
        const pod = inputs.pods?.find((p) => p.metadata?.name === name);
        value = pod ? readPath({ ...sanitizePod(pod), events: eventsForPod(events, name, pod.metadata?.uid) }, rest) : undefined;
      }
    }
    const text = formatEvidence(value);
    if (text !== undefined) out[path] = text;
  }
  return out;
}
