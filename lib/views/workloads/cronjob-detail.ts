import type { V1CronJob, V1Job } from '@kubernetes/client-node';
import type { AnyEvent } from '../../explain/pod-events';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toCronJobRow, type CronJobRow } from './rows';

/** The caches the CronJob page reads, all in the CronJob's namespace. */
export interface CronJobDetailInputs {
  cronjobs: V1CronJob[];
  jobs: V1Job[];
  events: AnyEvent[];
}

/**
 * The CronJob page's live model: its kubectl row. The schedule in words,
 * next runs and owned Jobs join here when the CronJob model lands in lib/explain/workloads.
 */
export type CronJobDetailModel = WorkloadDetail<CronJobRow, Record<never, never>>;

/**
 * Builds the CronJob page's model at `now`, or `found: false` when it does not exist.
 * @example buildCronJobDetail(inputs, now, { namespace: 'explain-demo', name: 'every-minute' }).found // true
 */
export function buildCronJobDetail(inputs: CronJobDetailInputs, now: Date, id: WorkloadId): CronJobDetailModel {
  const cronJob = findWorkload(inputs.cronjobs, id);
  if (!cronJob) return { found: false, ...id };
  return { found: true, ...id, row: toCronJobRow(cronJob, now) };
}
