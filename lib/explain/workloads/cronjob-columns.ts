/**
 * The columns of `kubectl get cronjobs` (and -o wide), ported from kubernetes
 * pkg/printers/internalversion/printers.go printCronJob and printBoolPtr
 * (v1.36.3). TIMEZONE exists since v1.30.
 */
import type { V1CronJob } from '@kubernetes/client-node';
import { translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';
import { formatLabelSelector } from './label-selector';
import { layoutContainerCells } from './shared';

export interface CronJobColumns {
  name: string;
  schedule: string;
  /** TIMEZONE: spec.timeZone, "<none>" when unset. */
  timeZone: string;
  /** SUSPEND: "True", "False", or "<unset>" when the field is missing (the API defaults it to false). */
  suspend: string;
  /** ACTIVE: the number of status.active references. */
  active: number;
  /** LAST SCHEDULE: age of status.lastScheduleTime, "<none>" when never scheduled. */
  lastSchedule: string;
  lastScheduleAt: string | null;
  age: string;
  createdAt: string | null;
  containers: string;
  images: string;
  /** -o wide SELECTOR: the Job template's selector (metav1.FormatLabelSelector). */
  selector: string;
}

function printBoolPtr(value: boolean | undefined): string {
  if (value === undefined) return '<unset>';
  return value ? 'True' : 'False';
}

/**
 * NAME SCHEDULE TIMEZONE SUSPEND ACTIVE LAST SCHEDULE AGE, plus CONTAINERS IMAGES SELECTOR for -o wide.
 * @example cronJobColumns(hello, now) // { name: 'hello', schedule: '* * * * *', timeZone: '<none>', suspend: 'False', active: 0, lastSchedule: '40s', … }
 */
export function cronJobColumns(cronJob: V1CronJob, now: Date): CronJobColumns {
  const last = cronJob.status?.lastScheduleTime;
  const template = cronJob.spec?.jobTemplate?.spec;
  return {
    name: cronJob.metadata?.name ?? '',
    schedule: cronJob.spec?.schedule ?? '',
    timeZone: cronJob.spec?.timeZone ?? '<none>',
    suspend: printBoolPtr(cronJob.spec?.suspend),
    active: cronJob.status?.active?.length ?? 0,
    lastSchedule: last === undefined || last === null ? '<none>' : translateTimestampSince(last, now),
    lastScheduleAt: toIso(last),
    age: translateTimestampSince(cronJob.metadata?.creationTimestamp, now),
    createdAt: toIso(cronJob.metadata?.creationTimestamp),
    ...layoutContainerCells(template?.template?.spec?.containers),
    selector: formatLabelSelector(template?.selector),
  };
}
