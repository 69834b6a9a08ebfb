import type { V1Job, V1Pod } from '@kubernetes/client-node';
import type { AnyEvent } from '../../explain/pod-events';
import { toIso } from '../../explain/timestamps';
import type { Diagnosis } from '../../explain/types';
import { explainJob, type JobExplanation } from '../../explain/workloads/job';
import { isControlledBy } from '../../explain/workloads/shared';
import { diagnoseJob } from '../../explain/workloads/workload-diagnoses';
import { toPodRow, type PodRow } from '../pod-row';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toJobRow, type JobRow } from './rows';
import { workloadEvidence } from './workload-evidence';

/** The caches the Job page reads, all in the Job's namespace. */
export interface JobDetailInputs {
  jobs: V1Job[];
  pods: V1Pod[];
  events: AnyEvent[];
}

/** One entry of status.conditions, whatever its status (a Suspended condition turns False on resume). */
export interface JobConditionRow {
  type: string;
  status: string;
  reason: string | null;
  message: string | null;
  lastTransitionTime: string | null;
  /** Evidence path, e.g. 'status.conditions[1]'. */
  path: string;
}

/**
 * The Job page's live model: its kubectl row, the Job explained
 * (lib/explain/workloads/job: completions grid, back-off with the failed
 * pods' exit codes, podFailurePolicy, deadline and TTL), every condition,
 * the pods it made as Pods-table rows, the diagnoses and their evidence values.
 */
export type JobDetailModel = WorkloadDetail<
  JobRow,
  { explanation: JobExplanation; conditions: JobConditionRow[]; podRows: PodRow[]; diagnoses: Diagnosis[]; evidence: Record<string, string> }
>;

/**
 * Builds the Job page's model at `now`, or `found: false` when it does not exist.
 * @example buildJobDetail(inputs, now, { namespace: 'explain-demo', name: 'failing-job' }).found // true
 */
export function buildJobDetail(inputs: JobDetailInputs, now: Date, id: WorkloadId): JobDetailModel {
  const job = findWorkload(inputs.jobs, id);
  if (!job) return { found: false, ...id };
  const pods = inputs.pods.filter((p) => p.metadata?.namespace === id.namespace);
  const explanation = explainJob({ job, pods, now });
  const diagnoses = diagnoseJob(job, explanation, { pods, events: inputs.events, now });
  const conditions = (job.status?.conditions ?? []).map(
    (c, i): JobConditionRow => ({
      type: c.type,
      status: c.status,
      reason: c.reason ?? null,
      message: c.message ?? null,
      lastTransitionTime: toIso(c.lastTransitionTime),
      path: `status.conditions[${i}]`,
    }),
  );
  const podRows = pods
    .filter((p) => isControlledBy(p, job.metadata?.uid))
    .map((p) => toPodRow(p, now))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const evidence = workloadEvidence(diagnoses, { kind: 'Job', object: job, pods, events: inputs.events });
  return { found: true, ...id, row: toJobRow(job, now), explanation, conditions, podRows, diagnoses, evidence };
}
