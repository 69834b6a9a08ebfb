import type { V1CronJob, V1Job } from '@kubernetes/client-node';
import type { AnyEvent } from '../../explain/pod-events';
import type { Diagnosis } from '../../explain/types';
import { explainCronJob, type CronJobExplanation } from '../../explain/workloads/cronjob';
import { isControlledBy } from '../../explain/workloads/shared';
import { diagnoseCronJob } from '../../explain/workloads/workload-diagnoses';
import { findWorkload, type WorkloadDetail, type WorkloadId } from './detail';
import { toCronJobRow, toJobRow, type CronJobRow, type JobRow } from './rows';
import { workloadEvidence } from './workload-evidence';

/** The caches the CronJob page reads, all in the CronJob's namespace. */
export interface CronJobDetailInputs {
  cronjobs: V1CronJob[];
  jobs: V1Job[];
  events: AnyEvent[];
}

/**
 * The CronJob page's live model: its kubectl row, the CronJob explained
 * (lib/explain/workloads/cronjob: schedule in words, next runs in its time
 * zone, missed starts, concurrency, the Jobs it owns), those Jobs' kubectl
 * rows, the diagnoses and their evidence values.
 */
export type CronJobDetailModel = WorkloadDetail<CronJobRow, { explanation: CronJobExplanation; jobRows: JobRow[]; diagnoses: Diagnosis[]; evidence: Record<string, string> }>;

/**
 * Builds the CronJob page's model at `now`, or `found: false` when it does not exist.
 * @example buildCronJobDetail(inputs, now, { namespace: 'explain-demo', name: 'every-minute' }).found // true
 */
export function buildCronJobDetail(inputs: CronJobDetailInputs, now: Date, id: WorkloadId): CronJobDetailModel {
  const cronJob = findWorkload(inputs.cronjobs, id);
  if (!cronJob) return { found: false, ...id };
  const explanation = explainCronJob({ cronJob, jobs: inputs.jobs, events: inputs.events, now });
  const diagnoses = diagnoseCronJob(cronJob, explanation, now);
  const jobRows = inputs.jobs.filter((j) => isControlledBy(j, cronJob.metadata?.uid)).map((j) => toJobRow(j, now));
  const evidence = workloadEvidence(diagnoses, { kind: 'CronJob', object: cronJob, events: inputs.events });
  return { found: true, ...id, row: toCronJobRow(cronJob, now), explanation, jobRows, diagnoses, evidence };
}
