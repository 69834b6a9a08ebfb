import { describe, expect, it } from 'vitest';
import type { V1Job, V1JobCondition } from '@kubernetes/client-node';
import { loadFixture } from '../../testing/fixtures';
import { jobColumns, jobStatusColumn, type JobColumns } from './job-columns';

const NOW = new Date('2025-06-01T12:00:00Z');
const MINUTE = 60_000;
const JUST_NOW = new Date(NOW.getTime() + 1900);
const JUST_NOW_ISO = '2025-06-01T12:00:01.900Z';
const TEN_YEARS_AGO = new Date('2015-06-01T12:00:00Z');

const twoContainers = {
  spec: {
    containers: [
      { name: 'fake-job-container1', image: 'fake-job-image1' },
      { name: 'fake-job-container2', image: 'fake-job-image2' },
    ],
  },
};

/** The -o wide cells of a Job whose template has no containers and no selector. */
const emptyWide = { containers: '', images: '', selector: '<none>' };

function conditionJob(name: string, type: string): V1Job {
  const condition: V1JobCondition = { type, status: 'True' };
  return {
    metadata: { name, creationTimestamp: JUST_NOW },
    spec: { template: {} },
    status: { succeeded: 0, conditions: [condition] },
  };
}

function conditionRow(name: string, status: JobColumns['status']): JobColumns {
  return {
    name,
    status,
    completions: '0/1',
    succeeded: 0,
    completionsWanted: null,
    parallelism: 1,
    duration: '',
    durationSeconds: null,
    age: '0s',
    createdAt: JUST_NOW_ISO,
    ...emptyWide,
  };
}

// kubernetes pkg/printers/internalversion/printers_test.go TestPrintJob (job1 … job10, both job1 variants).
const testPrintJob: { name: string; job: V1Job; want: JobColumns }[] = [
  {
    name: 'prints Running and succeeded/completions while no condition is set (job1)',
    job: {
      metadata: { name: 'job1', creationTimestamp: JUST_NOW },
      spec: { completions: 2, template: twoContainers, selector: { matchLabels: { 'job-label': 'job-lable-value' } } },
      status: { succeeded: 1 },
    },
    want: {
      name: 'job1',
      status: 'Running',
      completions: '1/2',
      succeeded: 1,
      completionsWanted: 2,
      parallelism: 1,
      duration: '',
      durationSeconds: null,
      age: '0s',
      createdAt: JUST_NOW_ISO,
      containers: 'fake-job-container1,fake-job-container2',
      images: 'fake-job-image1,fake-job-image2',
      selector: 'job-label=job-lable-value',
    },
  },
  {
    name: 'prints the containers, images and selector for -o wide (job1 wide)',
    job: {
      metadata: { name: 'job1', creationTimestamp: JUST_NOW },
      spec: { completions: 2, template: twoContainers, selector: { matchLabels: { 'job-label': 'job-label-value' } } },
      status: { succeeded: 1 },
    },
    want: {
      name: 'job1',
      status: 'Running',
      completions: '1/2',
      succeeded: 1,
      completionsWanted: 2,
      parallelism: 1,
      duration: '',
      durationSeconds: null,
      age: '0s',
      createdAt: JUST_NOW_ISO,
      containers: 'fake-job-container1,fake-job-container2',
      images: 'fake-job-image1,fake-job-image2',
      selector: 'job-label=job-label-value',
    },
  },
  {
    name: 'prints n/1 when completions is unset and a ten-year age as 10y (job2)',
    job: { metadata: { name: 'job2', creationTimestamp: TEN_YEARS_AGO }, spec: { template: {} }, status: { succeeded: 0 } },
    want: { ...conditionRow('job2', 'Running'), age: '10y', createdAt: '2015-06-01T12:00:00Z' },
  },
  {
    name: 'prints DURATION from startTime to completionTime (job3)',
    job: {
      metadata: { name: 'job3', creationTimestamp: new Date(NOW.getTime() - 10 * 365 * 24 * 60 * MINUTE) },
      spec: { template: {} },
      status: { succeeded: 0, startTime: new Date(NOW.getTime() + MINUTE), completionTime: new Date(NOW.getTime() + 31 * MINUTE) },
    },
    want: { ...conditionRow('job3', 'Running'), duration: '30m', durationSeconds: 1800, age: '10y', createdAt: '2015-06-04T12:00:00Z' },
  },
  {
    name: 'prints DURATION from startTime to now while the Job has not completed (job4)',
    job: {
      metadata: { name: 'job4', creationTimestamp: new Date(NOW.getTime() - 10 * 365 * 24 * 60 * MINUTE) },
      spec: { template: {} },
      status: { succeeded: 0, startTime: new Date(NOW.getTime() - 20 * MINUTE) },
    },
    want: { ...conditionRow('job4', 'Running'), duration: '20m', durationSeconds: 1200, age: '10y', createdAt: '2015-06-04T12:00:00Z' },
  },
  { name: 'prints Complete for a Complete=True condition (job5)', job: conditionJob('job5', 'Complete'), want: conditionRow('job5', 'Complete') },
  { name: 'prints Failed for a Failed=True condition (job6)', job: conditionJob('job6', 'Failed'), want: conditionRow('job6', 'Failed') },
  { name: 'prints Suspended for a Suspended=True condition (job7)', job: conditionJob('job7', 'Suspended'), want: conditionRow('job7', 'Suspended') },
  { name: 'prints FailureTarget for a FailureTarget=True condition (job8)', job: conditionJob('job8', 'FailureTarget'), want: conditionRow('job8', 'FailureTarget') },
  {
    name: 'prints Terminating once deletionTimestamp is set (job9)',
    job: { metadata: { name: 'job9', creationTimestamp: JUST_NOW, deletionTimestamp: JUST_NOW }, spec: { template: {} } },
    want: conditionRow('job9', 'Terminating'),
  },
  {
    name: 'prints SuccessCriteriaMet for a SuccessCriteriaMet=True condition (job10)',
    job: conditionJob('job10', 'SuccessCriteriaMet'),
    want: conditionRow('job10', 'SuccessCriteriaMet'),
  },
];

describe('jobColumns', () => {
  for (const c of testPrintJob) {
    it(c.name, () => {
      expect(jobColumns(c.job, NOW)).toStrictEqual(c.want);
    });
  }

  it('prints each item of a list the same way (TestPrintJobList)', () => {
    const item = (name: string, succeeded: number, startTime?: Date): V1Job => ({
      metadata: { name, creationTimestamp: JUST_NOW },
      spec: { completions: 2, template: twoContainers, selector: { matchLabels: { 'job-label': 'job-lable-value' } } },
      status: startTime ? { succeeded, startTime } : { succeeded },
    });
    const rows = [item('job1', 1), item('job2', 2, new Date(NOW.getTime() - 20 * MINUTE))].map((j) => jobColumns(j, NOW));
    const wide = { containers: 'fake-job-container1,fake-job-container2', images: 'fake-job-image1,fake-job-image2', selector: 'job-label=job-lable-value' };
    const want: JobColumns[] = [
      { name: 'job1', status: 'Running', completions: '1/2', succeeded: 1, completionsWanted: 2, parallelism: 1, duration: '', durationSeconds: null, age: '0s', createdAt: JUST_NOW_ISO, ...wide },
      { name: 'job2', status: 'Running', completions: '2/2', succeeded: 2, completionsWanted: 2, parallelism: 1, duration: '20m', durationSeconds: 1200, age: '0s', createdAt: JUST_NOW_ISO, ...wide },
    ];
    expect(rows).toStrictEqual(want);
  });

  it('prints "n/1 of P" when completions is unset and parallelism is above 1', () => {
    const job: V1Job = { metadata: { name: 'queue', creationTimestamp: JUST_NOW }, spec: { parallelism: 3, template: {} }, status: { succeeded: 1 } };
    expect(jobColumns(job, NOW).completions).toBe('1/1 of 3');
  });

  it('lets Complete win over FailureTarget and Suspended, and reads only the first condition of a type', () => {
    const job = (conditions: V1JobCondition[]): V1Job => ({ metadata: { name: 'j' }, spec: { template: {} }, status: { conditions } });
    expect(jobStatusColumn(job([{ type: 'FailureTarget', status: 'True' }, { type: 'Complete', status: 'True' }]))).toBe('Complete');
    expect(jobStatusColumn(job([{ type: 'Suspended', status: 'False' }, { type: 'FailureTarget', status: 'True' }]))).toBe('FailureTarget');
    expect(jobStatusColumn(job([{ type: 'Failed', status: 'False' }, { type: 'Failed', status: 'True' }]))).toBe('Running');
  });

  it('prints a captured GKE Job created by a CronJob as Complete with an 8 s duration', () => {
    const job = loadFixture<V1Job>('jobs/gke-cronjob-owned-job-complete.json');
    const want: JobColumns = {
      name: 'hello-1567179180',
      status: 'Complete',
      completions: '1/1',
      succeeded: 1,
      completionsWanted: 1,
      parallelism: 1,
      duration: '8s',
      durationSeconds: 8,
      age: '5y276d',
      createdAt: '2019-08-30T15:33:02Z',
      containers: 'c1',
      images: 'blang/busybox-bash',
      selector: 'controller-uid=7473e6d0-cb3b-11e9-990f-42010a800218',
    };
    expect(jobColumns(job, NOW)).toStrictEqual(want);
  });

  it('prints a captured Job that failed on its backoff limit as Failed, its duration still counting from startTime', () => {
    const job = loadFixture<V1Job>('jobs/job-failed-backofflimitexceeded.json');
    const want: JobColumns = {
      name: 'fail',
      status: 'Failed',
      completions: '0/1',
      succeeded: 0,
      completionsWanted: 1,
      parallelism: 1,
      duration: '35s',
      durationSeconds: 35,
      age: '35s',
      createdAt: '2018-12-02T08:09:25Z',
      containers: 'fail',
      images: 'alpine:latest',
      selector: 'controller-uid=95052288-f609-11e8-aa53-42010a80021b',
    };
    expect(jobColumns(job, new Date('2018-12-02T08:10:00Z'))).toStrictEqual(want);
  });

  it('prints a captured Job with one active pod and no conditions as Running', () => {
    const job = loadFixture<V1Job>('jobs/job-running-active.json');
    const want: JobColumns = {
      name: 'succeed',
      status: 'Running',
      completions: '0/1',
      succeeded: 0,
      completionsWanted: 1,
      parallelism: 1,
      duration: '46s',
      durationSeconds: 46,
      age: '47s',
      createdAt: '2018-12-02T08:19:13Z',
      containers: 'succeed',
      images: 'alpine:latest',
      selector: 'controller-uid=f3fe3a46-f60a-11e8-aa53-42010a80021b',
    };
    expect(jobColumns(job, new Date('2018-12-02T08:20:00Z'))).toStrictEqual(want);
  });
});
