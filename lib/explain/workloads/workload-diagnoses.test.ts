import { describe, expect, it } from 'vitest';
import type { V1CronJob } from '@kubernetes/client-node';
import { diagnosisText } from '../../concepts';
import { WORKLOAD_DIAGNOSIS_PARAMS } from '../../concepts/catalogue/workloads-diagnoses';
import { LOCALES, WORKLOAD_DIAGNOSIS_IDS, type WorkloadDiagnosisId } from '../../concepts/ids';
import { named, workloadSnapshot, type WorkloadSnapshot } from '../../testing/workload-capture';
import type { Diagnosis } from '../types';
import { explainCronJob } from './cronjob';
import { explainDaemonSet } from './daemonset';
import { explainDeploymentRollout } from './deployment-rollout';
import { explainJob } from './job';
import { explainStatefulSet } from './statefulset';
import { diagnoseCronJob, diagnoseDaemonSet, diagnoseDeployment, diagnoseJob, diagnoseStatefulSet } from './workload-diagnoses';

const ctxOf = (s: WorkloadSnapshot, now = new Date(s.capturedAt)) => ({ pods: s.pods, events: s.events, nodes: s.nodes, now });

function deploymentDiagnoses(capture: string, name: string): Diagnosis[] {
  const s = workloadSnapshot(capture);
  const d = named(s.deployments, name);
  const now = new Date(s.capturedAt);
  return diagnoseDeployment(d, explainDeploymentRollout({ deployment: d, replicaSets: s.replicaSets, pods: s.pods, events: s.events, hpas: s.hpas, now }), s.replicaSets, ctxOf(s));
}

function jobDiagnoses(capture: string, name: string): Diagnosis[] {
  const s = workloadSnapshot(capture);
  const job = named(s.jobs, name);
  return diagnoseJob(job, explainJob({ job, pods: s.pods, now: new Date(s.capturedAt) }), ctxOf(s));
}

function cronJobDiagnoses(capture: string, name: string, edit?: (cj: V1CronJob) => V1CronJob, at?: string): Diagnosis[] {
  const s = workloadSnapshot(capture);
  const cj = edit ? edit(named(s.cronJobs, name)) : named(s.cronJobs, name);
  const now = new Date(at ?? s.capturedAt);
  return diagnoseCronJob(cj, explainCronJob({ cronJob: cj, jobs: s.jobs, events: s.events, now }), now);
}

function statefulSetDiagnoses(capture: string, name: string): Diagnosis[] {
  const s = workloadSnapshot(capture);
  const sts = named(s.statefulSets, name);
  return diagnoseStatefulSet(sts, explainStatefulSet({ statefulSet: sts, pods: s.pods, pvcs: s.pvcs, services: s.services, now: new Date(s.capturedAt) }), ctxOf(s));
}

const idsAndParams = (ds: Diagnosis[]) => ds.map((d) => [d.id, d.severity, d.params]);

describe('diagnoseDeployment', () => {
  it("calls a rollout past its progress deadline stuck and pulls in the new pod's own image pull diagnosis", () => {
    const want: Diagnosis[] = [
      {
        id: 'rollout-stuck',
        severity: 'critical',
        conceptIds: [ 'deployment-conditions', 'rolling-update', 'deployment' ],
        params: {
          kind: 'Deployment',
          name: 'stuck',
          namespace: 'hf-capture',
          replicaSet: 'stuck-5f7697c774',
          deadlineSeconds: 20,
          replicas: 2,
          updated: 1,
          available: 2,
          failingPods: 1,
          cause: 'image-pull-failed'
        },
        evidence: [ 'status.conditions[1].reason', 'status.conditions[1].message', 'spec.progressDeadlineSeconds' ]
      },
      {
        id: 'image-pull-failed',
        severity: 'critical',
        conceptIds: [ 'reason-err-image-pull', 'image', 'image-pull-policy' ],
        params: {
          container: 'api',
          image: 'registry.example/api:1.1-typo',
          reason: 'ErrImagePull',
          message: 'failed to pull and unpack image "registry.example/api:1.1-typo": not found',
          pullPolicy: 'IfNotPresent',
          pod: 'stuck-5f7697c774-46qrv',
          namespace: 'hf-capture'
        },
        evidence: [
          'pod[stuck-5f7697c774-46qrv].status.containerStatuses[0].state.waiting.reason',
          'pod[stuck-5f7697c774-46qrv].status.containerStatuses[0].state.waiting.message',
          'pod[stuck-5f7697c774-46qrv].events[reason=Failed].message'
        ]
      }
    ];
    expect(deploymentDiagnoses('stuck-deadline-exceeded', 'stuck')).toStrictEqual(want);
  });

  it('reports too few available replicas (Available=False) with each unavailable pod diagnosed', () => {
    const found = deploymentDiagnoses('deploy-diagnoses', 'broken');
    expect(found.map((d) => [d.id, d.params.pod ?? d.params.required])).toStrictEqual([
      ['replicas-unavailable', 2],
      ['image-pull-failed', 'broken-5587d985bc-rvmq5'],
      ['image-pull-failed', 'broken-5587d985bc-xljcv'],
    ]);
    expect(found[0]?.evidence).toStrictEqual(['status.conditions[0].status', 'status.availableReplicas', 'spec.replicas']);
  });

  it("diagnoses each unavailable pod the same when the namespace also holds many other pods' events and more nodes", () => {
    const s = workloadSnapshot('deploy-diagnoses');
    const d = named(s.deployments, 'broken');
    const now = new Date(s.capturedAt);
    const rollout = explainDeploymentRollout({ deployment: d, replicaSets: s.replicaSets, pods: s.pods, events: s.events, hpas: s.hpas, now });
    const podEvents = s.events.filter((e) => 'involvedObject' in e && e.involvedObject.kind === 'Pod');
    const noise = Array.from({ length: 200 }, (_, i) => podEvents.map((e) => ({ ...e, involvedObject: { ...('involvedObject' in e ? e.involvedObject : {}), name: `someone-else-${i}`, uid: `other-${i}` } }))).flat();
    const nodes = [...Array.from({ length: 300 }, (_, i) => ({ metadata: { name: `extra-${i}` } })), ...(s.nodes ?? [])];
    const crowded = diagnoseDeployment(d, rollout, s.replicaSets, { pods: s.pods, events: [...noise, ...s.events], nodes, now });
    expect(crowded).toStrictEqual(diagnoseDeployment(d, rollout, s.replicaSets, { ...ctxOf(s), nodes }));
    expect(crowded.filter((x) => x.params.pod).length).toBeGreaterThan(0);
  });

  it("warns when its selector also matches pods another controller manages", () => {
    expect(idsAndParams(deploymentDiagnoses('deploy-diagnoses', 'shared-a'))).toStrictEqual([
      [
        'selector-mismatch',
        'warning',
        {
          kind: 'Deployment',
          name: 'shared-a',
          namespace: 'hf-capture',
          selector: 'team=shared',
          mismatch: 'overlap',
          otherOwner: 'ReplicaSet/shared-b-76969cfc6d',
          pods: 'shared-b-76969cfc6d-nd4mj',
        },
      ],
    ]);
    expect(deploymentDiagnoses('deploy-diagnoses', 'shared-b')).toStrictEqual([]);
  });

  it('notes a paused Deployment whose template change is not rolled out', () => {
    expect(idsAndParams(deploymentDiagnoses('web-paused', 'web'))).toStrictEqual([
      ['rollout-paused', 'warning', { kind: 'Deployment', name: 'web', namespace: 'hf-capture', change: 'not-rolled-out' }],
    ]);
  });

  it('finds nothing wrong in a rolling update that is progressing', () => {
    expect(deploymentDiagnoses('web-rev2-rolling-1', 'web')).toStrictEqual([]);
  });

  it('reports a ResourceQuota rejecting pods as a ReplicaFailure, next to the unavailable replicas it causes', () => {
    // hf-capture/quota-hit: 3 replicas, a ResourceQuota of 5 pods with 4 already used.
    const found = deploymentDiagnoses('deploy-quota', 'quota-hit');
    expect(found.map((d) => [d.id, d.severity, d.params, d.evidence])).toStrictEqual([
      [
        'replicas-unavailable',
        'warning',
        { kind: 'Deployment', name: 'quota-hit', namespace: 'hf-capture', replicas: 3, available: 1, required: 3 },
        ['status.conditions[0].status', 'status.availableReplicas', 'spec.replicas'],
      ],
      [
        'replica-failure',
        'critical',
        {
          kind: 'Deployment',
          name: 'quota-hit',
          namespace: 'hf-capture',
          reason: 'FailedCreate',
          message: 'pods "quota-hit-9f9dcfdbc-s8ps2" is forbidden: exceeded quota: five-pods, requested: pods=1, used: pods=5, limited: pods=5',
        },
        ['status.conditions[1].reason', 'status.conditions[1].message'],
      ],
    ]);
  });
});

describe('diagnoseJob', () => {
  it('reports a Job failed on its backoff limit with the exit codes and where to read them', () => {
    const [found] = jobDiagnoses('jobs-3', 'retry');
    expect(found).toStrictEqual({
      id: 'job-backoff-limit',
      severity: 'critical',
      conceptIds: ['job-failure-handling', 'job', 'restart-policy'],
      params: { kind: 'Job', name: 'retry', namespace: 'hf-capture', scope: 'job', backoffLimit: 3, failed: 4, exitCodes: '1' },
      evidence: [
        'status.conditions[0].reason',
        'spec.backoffLimit',
        'status.failed',
        'pod[retry-whxnb].status.containerStatuses[0].state.terminated.exitCode',
        'pod[retry-pjpqr].status.containerStatuses[0].state.terminated.exitCode',
        'pod[retry-b4tjk].status.containerStatuses[0].state.terminated.exitCode',
        'pod[retry-jc94q].status.containerStatuses[0].state.terminated.exitCode',
      ],
    });
  });

  it('tells apart per-index backoff, the active deadline and a podFailurePolicy rule', () => {
    expect([
      idsAndParams(jobDiagnoses('jobs-3', 'perindex')),
      idsAndParams(jobDiagnoses('jobs-3', 'deadline')),
      idsAndParams(jobDiagnoses('jobs-3', 'pfp')),
    ]).toStrictEqual([
      [['job-backoff-limit', 'critical', { kind: 'Job', name: 'perindex', namespace: 'hf-capture', scope: 'index', backoffLimit: 1, failed: 6, exitCodes: '1', failedIndexes: '0,1,2' }]],
      [['job-deadline-exceeded', 'critical', { kind: 'Job', name: 'deadline', namespace: 'hf-capture', activeDeadlineSeconds: 25, startTime: '2026-12-03T13:22:29Z' }]],
      [
        [
          'job-pod-failure-policy',
          'critical',
          {
            kind: 'Job',
            name: 'pfp',
            namespace: 'hf-capture',
            rule: 0,
            action: 'FailJob',
            message: 'Container import for pod hf-capture/pfp-s2r7c failed with exit code 1 matching FailJob rule at index 0',
          },
        ],
      ],
    ]);
  });

  it("pulls in a running Job's pod diagnoses before it fails (an image that cannot be pulled)", () => {
    expect(jobDiagnoses('jobs-2', 'deadline').map((d) => [d.id, d.params.pod, d.evidence[0]])).toStrictEqual([
      ['image-pull-failed', 'deadline-m4ks9', 'pod[deadline-m4ks9].status.containerStatuses[0].state.waiting.reason'],
    ]);
  });
});

describe('diagnoseCronJob', () => {
  it('says a Forbid CronJob skipped its run while the previous Job was still active', () => {
    expect(cronJobDiagnoses('cronjobs-3', 'forbid')).toStrictEqual([
      {
        id: 'cronjob-missed-schedules',
        severity: 'warning',
        conceptIds: ['cronjob-schedule', 'cronjob'],
        params: { kind: 'CronJob', name: 'forbid', namespace: 'hf-capture', cause: 'forbid', missed: 1, lastSchedule: '2026-12-03T13:24:00Z', due: '2026-12-03T13:25:00Z' },
        evidence: ['status.lastScheduleTime', 'spec.concurrencyPolicy', 'status.active', 'events[reason=JobAlreadyActive].message'],
      },
    ]);
  });

  it('notes a suspended CronJob, and runs skipped for startingDeadlineSeconds once it is resumed late', () => {
    const resumedLate = (cj: V1CronJob): V1CronJob => ({ ...cj, spec: { ...cj.spec!, suspend: false } });
    expect([
      idsAndParams(cronJobDiagnoses('cronjobs-1', 'weekdays')),
      idsAndParams(cronJobDiagnoses('cronjobs-1', 'missed', resumedLate, '2026-12-03T13:30:05Z')),
    ]).toStrictEqual([
      [['cronjob-suspended', 'info', { kind: 'CronJob', name: 'weekdays', namespace: 'hf-capture', missed: 0 }]],
      [['cronjob-missed-schedules', 'warning', { kind: 'CronJob', name: 'missed', namespace: 'hf-capture', cause: 'deadline', missed: 7, lastSchedule: 'never', due: '2026-12-03T13:30:00Z' }]],
    ]);
  });

  it('cannot schedule with an unknown time zone', () => {
    const mars = (cj: V1CronJob): V1CronJob => ({ ...cj, spec: { ...cj.spec!, timeZone: 'Mars/Olympus_Mons' } });
    expect(idsAndParams(cronJobDiagnoses('cronjobs-3', 'tz', mars))).toStrictEqual([
      ['cronjob-cannot-schedule', 'critical', { kind: 'CronJob', name: 'tz', namespace: 'hf-capture', cause: 'time-zone', detail: 'Mars/Olympus_Mons' }],
    ]);
  });
});

describe('diagnoseStatefulSet', () => {
  it('says which ordinal holds the others back, with that pod\'s own diagnosis (an unbound claim)', () => {
    expect(idsAndParams(statefulSetDiagnoses('sts-partition', 'vol')).map(([id, severity, params]) => [id, severity, (params as Record<string, unknown>).pod, (params as Record<string, unknown>).state ?? (params as Record<string, unknown>).topReason])).toStrictEqual([
      ['statefulset-ordinal-blocked', 'warning', 'vol-0', 'pending'],
      ['unschedulable', 'critical', 'vol-0', 'volume'],
    ]);
  });

  it('stays quiet while OrderedReady only waits for minReadySeconds or for the next pod to be created', () => {
    expect([statefulSetDiagnoses('sts-starting', 'kv'), statefulSetDiagnoses('sts-starting', 'par')]).toStrictEqual([[], []]);
  });
});

describe('diagnoseDaemonSet', () => {
  it('lists the nodes that should run a daemon pod and have none', () => {
    const s = workloadSnapshot('ds-steady');
    const ds = named(s.daemonSets, 'logs');
    // The capture without the pod on sandbox-worker2, as the table reads before the controller recreates it.
    const pods = s.pods.filter((p) => !(p.metadata?.name?.startsWith('logs-') && p.spec?.nodeName === 'sandbox-worker2'));
    const now = new Date(s.capturedAt);
    const found = diagnoseDaemonSet(ds, explainDaemonSet({ daemonSet: ds, nodes: s.nodes, pods, now }), { pods, nodes: s.nodes, now });
    expect(idsAndParams(found)).toStrictEqual([
      ['daemonset-pod-missing', 'warning', { kind: 'DaemonSet', name: 'logs', namespace: 'hf-capture', nodes: 'sandbox-worker2', count: 1 }],
    ]);
  });
});

describe('workload diagnoses against the catalogue', () => {
  /** Every diagnosis the engine emits on the captures above, by id. */
  function emitted(): Diagnosis[] {
    const mars = (cj: V1CronJob): V1CronJob => ({ ...cj, spec: { ...cj.spec!, timeZone: 'Mars/Olympus_Mons' } });
    return [
      ...deploymentDiagnoses('stuck-deadline-exceeded', 'stuck'),
      ...deploymentDiagnoses('deploy-diagnoses', 'broken'),
      ...deploymentDiagnoses('deploy-diagnoses', 'shared-a'),
      ...deploymentDiagnoses('web-paused', 'web'),
      ...deploymentDiagnoses('deploy-quota', 'quota-hit'),
      ...jobDiagnoses('jobs-3', 'retry'),
      ...jobDiagnoses('jobs-3', 'deadline'),
      ...jobDiagnoses('jobs-3', 'pfp'),
      ...cronJobDiagnoses('cronjobs-3', 'forbid'),
      ...cronJobDiagnoses('cronjobs-3', 'weekdays'),
      ...cronJobDiagnoses('cronjobs-3', 'tz', mars),
      ...statefulSetDiagnoses('sts-partition', 'vol'),
    ];
  }
  const workloadIds = new Set<string>(WORKLOAD_DIAGNOSIS_IDS);

  it('sets every param the catalogue text uses', () => {
    for (const d of emitted().filter((x) => workloadIds.has(x.id))) {
      for (const p of WORKLOAD_DIAGNOSIS_PARAMS[d.id as WorkloadDiagnosisId]) expect(Object.keys(d.params), `${d.id}: ${p}`).toContain(p);
    }
  });

  it('renders in both languages without a raw placeholder, pod diagnoses included', () => {
    for (const d of emitted()) {
      for (const locale of LOCALES) {
        const text = diagnosisText(d.id, locale, d.params);
        for (const field of ['title', 'summary', 'nextStep'] as const) expect(text[field], `${d.id}.${locale}.${field}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
