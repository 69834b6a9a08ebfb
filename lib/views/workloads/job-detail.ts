import type { V1Job, V1Pod } from '@kubernetes/client-node';
import type { AnyEvent } from '../../explain/pod-events';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toJobRow, type JobRow } from './rows';

/** The caches the Job page reads, all in the Job's namespace. */
export interface JobDetailInputs {
  jobs: V1Job[];
  pods: V1Pod[];
  events: AnyEvent[];
}

/**
 * The Job page's live model: its kubectl row. The completions grid, backoff
 * and deadlines join here when the Job model lands in lib/explain/workloads.
 */
export type JobDetailModel = WorkloadDetail<JobRow, Record<never, never>>;

/**
 * Builds the Job page's model at `now`, or `found: false` when it does not exist.
 * @example buildJobDetail(inputs, now, { namespace: 'explain-demo', name: 'failing-job' }).found // true
 */
export function buildJobDetail(inputs: JobDetailInputs, now: Date, id: WorkloadId): JobDetailModel {
  const job = findWorkload(inputs.jobs, id);
  if (!job) return { found: false, ...id };
  return { found: true, ...id, row: toJobRow(job, now) };
}
