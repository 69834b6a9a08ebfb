import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  AppsV1Api,
  BatchV1Api,
  CoreV1Api,
  KubernetesObjectApi,
  PatchStrategy,
  loadAllYaml,
  type CoreV1Event,
  type KubeConfig,
  type KubernetesObject,
  type V1Deployment,
  type V1Pod,
  type V1ReplicaSet,
} from '@kubernetes/client-node';
import { podColumns } from '../lib/explain/pod-columns';
import { createReadyNamespace, eventually, sandboxConfig, suffix } from '../lib/testing/sandbox';

/*
 * The workload scenarios of explain-demo (sandbox/scenarios/11-16 and
 * revision-2/) reach the states the sandbox README documents, driven by the
 * real kube-controller-manager; KWOK only plays the kubelets. The rolling
 * update is transient (about a minute after `sandbox:up`), so besides
 * checking explain-demo's copy after the fact, a fresh copy is rolled out in
 * a test namespace and caught mid-rollout.
 */

const DEMO = 'explain-demo';
const SCENARIOS = path.join(__dirname, 'scenarios');
const testNs = `it-workloads-${suffix()}`;

let kc: KubeConfig;
let core: CoreV1Api;
let apps: AppsV1Api;
let batch: BatchV1Api;
let objects: KubernetesObjectApi;

beforeAll(async () => {
  kc = sandboxConfig();
  core = kc.makeApiClient(CoreV1Api);
  apps = kc.makeApiClient(AppsV1Api);
  batch = kc.makeApiClient(BatchV1Api);
  objects = KubernetesObjectApi.makeApiClient(kc);
  await createReadyNamespace(kc, testNs);
});

afterAll(async () => {
  await core.deleteNamespace({ name: testNs }).catch(() => undefined);
});

/** Server-side applies a scenario file's objects into `namespace`, as `kubectl apply` would. */
async function applyScenario(file: string, namespace: string): Promise<void> {
  const docs = loadAllYaml(readFileSync(path.join(SCENARIOS, file), 'utf8')) as KubernetesObject[];
  for (const doc of docs) {
    const obj = { ...doc, metadata: { ...doc.metadata, namespace } };
    await objects.patch(obj, undefined, undefined, 'it-workloads', true, PatchStrategy.ServerSideApply);
  }
}

async function pods(namespace: string, labelSelector: string): Promise<V1Pod[]> {
  return (await core.listNamespacedPod({ namespace, labelSelector })).items;
}

async function replicaSets(namespace: string, labelSelector: string): Promise<V1ReplicaSet[]> {
  return (await apps.listNamespacedReplicaSet({ namespace, labelSelector })).items;
}

async function eventsFor(namespace: string, kind: string, name: string): Promise<CoreV1Event[]> {
  return (await core.listNamespacedEvent({ namespace, fieldSelector: `involvedObject.kind=${kind},involvedObject.name=${name}` })).items;
}

const revision = (rs: V1ReplicaSet) => rs.metadata?.annotations?.['deployment.kubernetes.io/revision'];
const condition = (d: V1Deployment, type: string) => d.status?.conditions?.find((c) => c.type === type);
const ms = (t: Date | string | undefined) => new Date(t as string).getTime();

describe.concurrent('workload scenarios', () => {
  it('rollout-demo: a fresh copy shows an old and a new ReplicaSet side by side mid-rollout, bounded by maxSurge 1 and maxUnavailable 1, then completes in about a minute', { timeout: 150_000 }, async ({ expect }) => {
    await applyScenario('11-rolling-update.yaml', testNs);
    const first = await eventually(
      'revision 1 available',
      async () => {
        const d = await apps.readNamespacedDeployment({ namespace: testNs, name: 'rollout-demo' });
        return d.status?.availableReplicas === 4 && d.status.updatedReplicas === 4 && d.status.replicas === 4 ? d : undefined;
      },
      60_000,
    );
    expect(first.spec?.template.spec?.containers[0]?.image).toBe('nginx:1.27');
    const applied = Date.now();
    await applyScenario('revision-2/rollout-demo.yaml', testNs);

    const mid = await eventually(
      'two ReplicaSets with Pods at once',
      async () => {
        const sets = await replicaSets(testNs, 'app=rollout-demo');
        return sets.length === 2 && sets.every((rs) => (rs.spec?.replicas ?? 0) > 0) ? sets : undefined;
      },
      20_000,
      250,
    );
    const byRevision = Object.fromEntries(mid.map((rs) => [revision(rs), rs]));
    expect(Object.keys(byRevision).sort()).toStrictEqual(['1', '2']);
    expect(byRevision['2']?.spec?.template?.spec?.containers[0]?.image).toBe('nginx:1.28');
    // maxSurge 25 % of 4 rounds up to 1, so the two ReplicaSets never ask for more than 5 Pods together.
    expect(mid.reduce((n, rs) => n + (rs.spec?.replicas ?? 0), 0)).toBeLessThanOrEqual(5);
    const hashes = mid.map((rs) => rs.metadata?.labels?.['pod-template-hash']);
    expect(new Set(hashes).size).toBe(2);
    for (const rs of mid) expect(rs.metadata?.name).toBe(`rollout-demo-${rs.metadata?.labels?.['pod-template-hash']}`);

    const d = await apps.readNamespacedDeployment({ namespace: testNs, name: 'rollout-demo' });
    expect(d.spec?.minReadySeconds).toBe(10);
    expect(condition(d, 'Progressing')?.status).toBe('True');
    // maxUnavailable 25 % of 4 rounds down to 1: at least 3 stay available throughout.
    expect(d.status?.availableReplicas ?? 0).toBeGreaterThanOrEqual(3);

    const done = await eventually(
      'the rollout to complete',
      async () => {
        const x = await apps.readNamespacedDeployment({ namespace: testNs, name: 'rollout-demo' });
        return condition(x, 'Progressing')?.reason === 'NewReplicaSetAvailable' && x.status?.updatedReplicas === 4 && x.status.availableReplicas === 4 && x.status.replicas === 4 ? x : undefined;
      },
      120_000,
      1000,
    );
    const took = Date.now() - applied;
    // Two batches of two new Pods, each ready 15 s after starting and available 10 s later.
    expect(took).toBeGreaterThan(40_000);
    expect(took).toBeLessThan(110_000);
    expect(condition(done, 'Available')?.reason).toBe('MinimumReplicasAvailable');
    const newPods = (await pods(testNs, 'app=rollout-demo')).filter((p) => p.spec?.containers[0]?.image === 'nginx:1.28' && !p.metadata?.deletionTimestamp);
    expect(newPods).toHaveLength(4);
    for (const p of newPods) expect(podColumns(p, new Date())).toMatchObject({ ready: '1/1', status: 'Running' });
    const scaling = (await eventsFor(testNs, 'Deployment', 'rollout-demo')).filter((e) => e.reason === 'ScalingReplicaSet');
    expect(scaling.length).toBeGreaterThanOrEqual(4);
    expect(scaling.every((e) => /^Scaled (up|down) replica set rollout-demo-\w+ from \d+ to \d+$/.test(e.message ?? ''))).toBe(true);
  });

  it('rollout-demo in explain-demo: at revision 2 (nginx:1.28, minReadySeconds 10) with the revision-1 ReplicaSet kept at 0', { timeout: 150_000 }, async ({ expect }) => {
    const d = await eventually(
      'explain-demo/rollout-demo complete at nginx:1.28',
      async () => {
        const x = await apps.readNamespacedDeployment({ namespace: DEMO, name: 'rollout-demo' });
        return x.spec?.template.spec?.containers[0]?.image === 'nginx:1.28' && condition(x, 'Progressing')?.reason === 'NewReplicaSetAvailable' ? x : undefined;
      },
      120_000,
      1000,
    );
    expect(d.spec?.minReadySeconds).toBe(10);
    const sets = await replicaSets(DEMO, 'app=rollout-demo');
    expect(sets).toHaveLength(2);
    const current = sets.find((rs) => rs.spec?.template?.spec?.containers[0]?.image === 'nginx:1.28');
    const old = sets.find((rs) => rs.spec?.template?.spec?.containers[0]?.image === 'nginx:1.27');
    expect(current?.spec?.replicas).toBe(4);
    expect(old?.spec?.replicas).toBe(0);
    expect(Number(revision(current as V1ReplicaSet))).toBeGreaterThan(Number(revision(old as V1ReplicaSet)));
    expect(d.metadata?.annotations?.['deployment.kubernetes.io/revision']).toBe(revision(current as V1ReplicaSet));
  });

  it('stuck-rollout: 3 old Pods keep serving beside 1 new Pod in ImagePullBackOff, and Progressing turns False with ProgressDeadlineExceeded', { timeout: 120_000 }, async ({ expect }) => {
    const d = await eventually(
      'ProgressDeadlineExceeded',
      async () => {
        const x = await apps.readNamespacedDeployment({ namespace: DEMO, name: 'stuck-rollout' });
        return condition(x, 'Progressing')?.reason === 'ProgressDeadlineExceeded' ? x : undefined;
      },
      90_000,
      1000,
    );
    expect(d.spec?.progressDeadlineSeconds).toBe(30);
    expect(condition(d, 'Progressing')).toMatchObject({ status: 'False', reason: 'ProgressDeadlineExceeded', message: expect.stringMatching(/^ReplicaSet "stuck-rollout-\w+" has timed out progressing\.$/) });
    expect(condition(d, 'Available')).toMatchObject({ status: 'True', reason: 'MinimumReplicasAvailable' });
    expect(d.status).toMatchObject({ replicas: 4, updatedReplicas: 1, readyReplicas: 3, availableReplicas: 3, unavailableReplicas: 1 });

    const sets = await replicaSets(DEMO, 'app=stuck-rollout');
    const bad = sets.find((rs) => rs.spec?.template?.spec?.containers[0]?.image?.includes('example.invalid'));
    const good = sets.find((rs) => rs.spec?.template?.spec?.containers[0]?.image === 'nginx:1.27');
    expect(bad?.spec?.replicas).toBe(1);
    expect(good?.spec?.replicas).toBe(3);
    const podsNow = await eventually(
      'the new Pod in ImagePullBackOff',
      async () => {
        const l = await pods(DEMO, 'app=stuck-rollout');
        return l.some((p) => podColumns(p, new Date()).status === 'ImagePullBackOff') ? l : undefined;
      },
      40_000,
    );
    const hash = bad?.metadata?.labels?.['pod-template-hash'];
    const byTemplate = (h: string | undefined) => podsNow.filter((p) => p.metadata?.labels?.['pod-template-hash'] === h);
    expect(byTemplate(hash).map((p) => p.status?.containerStatuses?.[0]?.state?.waiting?.reason)).toStrictEqual(['ImagePullBackOff']);
    expect(byTemplate(good?.metadata?.labels?.['pod-template-hash']).map((p) => podColumns(p, new Date()).ready)).toStrictEqual(['1/1', '1/1', '1/1']);
  });

  it('db: the StatefulSet reaches 3/3, each Pod created only after the previous one was Ready (OrderedReady), behind a headless Service', async ({ expect }) => {
    const sts = await eventually(
      'db 3/3',
      async () => {
        const x = await apps.readNamespacedStatefulSet({ namespace: DEMO, name: 'db' });
        return x.status?.readyReplicas === 3 && x.status.availableReplicas === 3 ? x : undefined;
      },
      60_000,
    );
    expect(sts.spec).toMatchObject({ replicas: 3, podManagementPolicy: 'OrderedReady', serviceName: 'db' });
    const svc = await core.readNamespacedService({ namespace: DEMO, name: 'db' });
    expect(svc.spec?.clusterIP).toBe('None');
    const list = await pods(DEMO, 'app=db');
    const byName = Object.fromEntries(list.map((p) => [p.metadata?.name, p]));
    expect(Object.keys(byName).sort()).toStrictEqual(['db-0', 'db-1', 'db-2']);
    for (const i of [0, 1, 2]) {
      const p = byName[`db-${i}`] as V1Pod;
      expect(p.metadata?.labels?.['apps.kubernetes.io/pod-index']).toBe(String(i));
      expect(p.metadata?.labels?.['statefulset.kubernetes.io/pod-name']).toBe(`db-${i}`);
      expect(podColumns(p, new Date())).toMatchObject({ ready: '1/1', status: 'Running' });
    }
    for (const [prev, next] of [['db-0', 'db-1'], ['db-1', 'db-2']] as const) {
      const readyAt = (byName[prev] as V1Pod).status?.conditions?.find((c) => c.type === 'Ready')?.lastTransitionTime;
      // Timestamps have one-second resolution.
      expect(ms((byName[next] as V1Pod).metadata?.creationTimestamp)).toBeGreaterThanOrEqual(ms(readyAt));
    }
    const created = (await eventsFor(DEMO, 'StatefulSet', 'db')).filter((e) => e.reason === 'SuccessfulCreate').map((e) => e.message);
    expect(created).toEqual(expect.arrayContaining(['Create Pod db-0 in StatefulSet db successful', 'Create Pod db-1 in StatefulSet db successful', 'Create Pod db-2 in StatefulSet db successful']));
  });

  it('node-agent: the DaemonSet wants 2 Pods, one per worker, and none on the tainted control-plane node', async ({ expect }) => {
    const ds = await eventually(
      'node-agent 2/2 ready',
      async () => {
        const x = await apps.readNamespacedDaemonSet({ namespace: DEMO, name: 'node-agent' });
        return x.status?.numberReady === 2 ? x : undefined;
      },
      60_000,
    );
    expect(ds.status).toMatchObject({ desiredNumberScheduled: 2, currentNumberScheduled: 2, numberReady: 2, numberMisscheduled: 0 });
    const list = await pods(DEMO, 'app=node-agent');
    expect(list.map((p) => p.spec?.nodeName).sort()).toStrictEqual(['sandbox-worker', 'sandbox-worker2']);
    for (const p of list) {
      const pinned = p.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms.flatMap((t) => t.matchFields ?? []);
      expect(pinned).toEqual([{ key: 'metadata.name', operator: 'In', values: [p.spec?.nodeName] }]);
      const tolerated = (p.spec?.tolerations ?? []).map((t) => t.key);
      expect(tolerated).toEqual(expect.arrayContaining(['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable', 'node.kubernetes.io/unschedulable']));
      expect(tolerated).not.toContain('node-role.kubernetes.io/control-plane');
    }
    const cp = await core.readNode({ name: 'sandbox-control-plane' });
    expect(cp.spec?.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
  });

  it('every-minute: the CronJob creates a Job within about 70 s (in UTC), whose Pod completes', { timeout: 120_000 }, async ({ expect }) => {
    const since = Date.now();
    const cj = await batch.readNamespacedCronJob({ namespace: DEMO, name: 'every-minute' });
    expect(cj.spec).toMatchObject({ schedule: '* * * * *', timeZone: 'Etc/UTC', concurrencyPolicy: 'Forbid', startingDeadlineSeconds: 30 });
    const job = await eventually(
      'a Job created by every-minute after the test started',
      async () => {
        const jobs = (await batch.listNamespacedJob({ namespace: DEMO })).items.filter((j) => j.metadata?.ownerReferences?.some((o) => o.kind === 'CronJob' && o.name === 'every-minute'));
        return jobs.find((j) => ms(j.metadata?.creationTimestamp) >= since - 1000);
      },
      75_000,
      1000,
    );
    const scheduled = job.metadata?.annotations?.['batch.kubernetes.io/cronjob-scheduled-timestamp'];
    expect(new Date(scheduled as string).getUTCSeconds()).toBe(0);
    expect(job.metadata?.name).toMatch(/^every-minute-\d+$/);
    const complete = await eventually(
      'the Job to complete',
      async () => {
        const j = await batch.readNamespacedJob({ namespace: DEMO, name: job.metadata?.name as string });
        return j.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True') ? j : undefined;
      },
      30_000,
    );
    expect(complete.status?.succeeded).toBe(1);
  });

  it('failing-job: three Pods exit 1 (backoffLimit 2 allows two retries), then the Job is Failed with reason BackoffLimitExceeded', { timeout: 120_000 }, async ({ expect }) => {
    const job = await eventually(
      'failing-job Failed',
      async () => {
        const j = await batch.readNamespacedJob({ namespace: DEMO, name: 'failing-job' });
        return j.status?.conditions?.some((c) => c.type === 'Failed' && c.status === 'True') ? j : undefined;
      },
      90_000,
      1000,
    );
    expect(job.spec?.backoffLimit).toBe(2);
    expect(job.status?.failed).toBe(3);
    const failed = job.status?.conditions?.find((c) => c.type === 'Failed');
    expect(failed).toMatchObject({ reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' });
    expect(job.status?.conditions?.find((c) => c.type === 'FailureTarget')).toMatchObject({ status: 'True', reason: 'BackoffLimitExceeded' });
    const list = (await pods(DEMO, 'app=failing-job')).sort((a, b) => ms(a.metadata?.creationTimestamp) - ms(b.metadata?.creationTimestamp));
    expect(list).toHaveLength(3);
    for (const p of list) {
      expect(p.status?.phase).toBe('Failed');
      expect(p.status?.containerStatuses?.[0]?.state?.terminated).toMatchObject({ exitCode: 1, reason: 'Error' });
      expect(podColumns(p, new Date()).status).toBe('Error');
    }
    // The controller waits longer before each retry (10 s, then 20 s).
    const gap = (i: number) => ms(list[i + 1]?.metadata?.creationTimestamp) - ms(list[i]?.status?.containerStatuses?.[0]?.state?.terminated?.finishedAt);
    expect(gap(0)).toBeGreaterThanOrEqual(9_000);
    expect(gap(1)).toBeGreaterThan(gap(0));
  });
});
