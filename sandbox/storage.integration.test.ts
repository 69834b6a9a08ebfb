import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import {
  CoreV1Api,
  KubernetesObjectApi,
  PatchStrategy,
  StorageV1Api,
  loadAllYaml,
  type CoreV1Event,
  type KubeConfig,
  type KubernetesObject,
  type V1PersistentVolume,
  type V1PersistentVolumeClaim,
  type V1Pod,
} from '@kubernetes/client-node';
import { createReadyNamespace, eventually, sandboxConfig, suffix } from '../lib/testing/sandbox';

/*
 * The storage and configuration scenarios of explain-demo
 * (sandbox/scenarios/17-22) reach the states the sandbox README documents:
 * the real PV controller binds and reclaims, the real scheduler binds
 * WaitForFirstConsumer claims, KWOK plays the kubelet refusing a container
 * whose env names a missing key. Transitions that explain-demo only shows
 * once (Available → Bound, Pending until a pod is scheduled, Bound →
 * Released) are replayed on objects of the test's own, in a test namespace
 * and with cluster-scoped names that start with it-storage-.
 */

const DEMO = 'explain-demo';
const SCENARIOS = path.join(__dirname, 'scenarios');
const id = suffix();
const testNs = `it-storage-${id}`;
const NO_PROVISIONER = 'kubernetes.io/no-provisioner';

let kc: KubeConfig;
let core: CoreV1Api;
let storage: StorageV1Api;
let objects: KubernetesObjectApi;
const volumes: string[] = [];
const classes: string[] = [];

beforeAll(async () => {
  kc = sandboxConfig();
  core = kc.makeApiClient(CoreV1Api);
  storage = kc.makeApiClient(StorageV1Api);
  objects = KubernetesObjectApi.makeApiClient(kc);
  await createReadyNamespace(kc, testNs);
});

afterAll(async () => {
  await core.deleteNamespace({ name: testNs }).catch(() => undefined);
  for (const name of volumes) await core.deletePersistentVolume({ name }).catch(() => undefined);
  for (const name of classes) await storage.deleteStorageClass({ name }).catch(() => undefined);
});

/** Server-side applies the namespaced objects of a scenario file into `namespace`, as `kubectl apply` would. */
async function applyScenario(file: string, namespace: string, kinds: readonly string[]): Promise<void> {
  const docs = loadAllYaml(readFileSync(path.join(SCENARIOS, file), 'utf8')) as KubernetesObject[];
  for (const doc of docs.filter((d) => kinds.includes(d.kind ?? ''))) {
    await objects.patch({ ...doc, metadata: { ...doc.metadata, namespace } }, undefined, undefined, 'it-storage', true, PatchStrategy.ServerSideApply);
  }
}

async function claim(namespace: string, name: string): Promise<V1PersistentVolumeClaim> {
  return core.readNamespacedPersistentVolumeClaim({ namespace, name });
}

async function volume(name: string): Promise<V1PersistentVolume> {
  return core.readPersistentVolume({ name });
}

async function pod(namespace: string, name: string): Promise<V1Pod> {
  return core.readNamespacedPod({ namespace, name });
}

async function eventsFor(namespace: string, kind: string, name: string): Promise<CoreV1Event[]> {
  return (await core.listNamespacedEvent({ namespace, fieldSelector: `involvedObject.kind=${kind},involvedObject.name=${name}` })).items;
}

/** Each entry once, in first-seen order (entries compared as JSON). */
function distinct<T>(items: T[]): T[] {
  const seen = new Set<string>();
  return items.filter((x) => {
    const k = JSON.stringify(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** A StorageClass of the test's own without a provisioner, so no scenario claim can take its volumes. */
async function createClass(name: string, volumeBindingMode: 'Immediate' | 'WaitForFirstConsumer'): Promise<void> {
  classes.push(name);
  await storage.createStorageClass({ body: { metadata: { name }, provisioner: NO_PROVISIONER, reclaimPolicy: 'Retain', volumeBindingMode } });
}

async function createVolume(body: V1PersistentVolume): Promise<void> {
  volumes.push(body.metadata?.name ?? '');
  await core.createPersistentVolume({ body });
}

function claimBody(name: string, storageClassName: string): V1PersistentVolumeClaim {
  return { metadata: { name }, spec: { storageClassName, accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '500Mi' } } } };
}

function mountingPod(name: string, claimName: string): V1Pod {
  return {
    metadata: { name },
    spec: { containers: [{ name: 'app', image: 'busybox:1.36', volumeMounts: [{ name: 'data', mountPath: '/data' }] }], volumes: [{ name: 'data', persistentVolumeClaim: { claimName } }] },
  };
}

describe.concurrent('storage scenarios', () => {
  it('static-data: the PV binder has bound the claim to the hand-made Retain volume, each naming the other, and static-data-user runs with it', async ({ expect }) => {
    const [c, v, p] = await Promise.all([claim(DEMO, 'static-data'), volume('demo-pv-static'), pod(DEMO, 'static-data-user')]);
    expect([c.status?.phase, c.spec?.volumeName, c.status?.capacity?.storage]).toStrictEqual(['Bound', 'demo-pv-static', '1Gi']);
    expect([v.status?.phase, v.spec?.claimRef?.namespace, v.spec?.claimRef?.name, v.spec?.claimRef?.uid]).toStrictEqual(['Bound', DEMO, 'static-data', c.metadata?.uid]);
    // The controller, not the manifest, wrote the binding.
    expect([v.metadata?.annotations?.['pv.kubernetes.io/bound-by-controller'], c.metadata?.annotations?.['pv.kubernetes.io/bound-by-controller']]).toStrictEqual(['yes', 'yes']);
    expect([p.status?.phase, p.spec?.volumes?.[0]?.persistentVolumeClaim?.claimName]).toStrictEqual(['Running', 'static-data']);
  });

  it('a fresh static volume goes Available → Bound when a claim of its class appears, and Released (claimRef kept) under Retain when the claim is deleted', { timeout: 90_000 }, async ({ expect }) => {
    const cls = `it-storage-${id}-manual`;
    const pv = `it-storage-${id}-static`;
    await createClass(cls, 'Immediate');
    await createVolume({
      metadata: { name: pv },
      spec: { capacity: { storage: '1Gi' }, accessModes: ['ReadWriteOnce'], persistentVolumeReclaimPolicy: 'Retain', storageClassName: cls, hostPath: { path: `/tmp/kube-explain/${pv}` } },
    });
    await eventually('the new volume to be Available', async () => ((await volume(pv)).status?.phase === 'Available' ? true : undefined), 30_000);

    await core.createNamespacedPersistentVolumeClaim({ namespace: testNs, body: claimBody('data', cls) });
    const bound = await eventually('the claim to be Bound', async () => {
      const c = await claim(testNs, 'data');
      return c.status?.phase === 'Bound' ? c : undefined;
    }, 30_000);
    const v = await volume(pv);
    expect([bound.spec?.volumeName, v.status?.phase, v.spec?.claimRef?.name, v.spec?.claimRef?.uid]).toStrictEqual([pv, 'Bound', 'data', bound.metadata?.uid]);

    await core.deleteNamespacedPersistentVolumeClaim({ namespace: testNs, name: 'data' });
    const released = await eventually('the volume to be Released', async () => {
      const r = await volume(pv);
      return r.status?.phase === 'Released' ? r : undefined;
    }, 45_000);
    // Retain keeps the volume and the claimRef to the deleted claim: no other claim can bind it until someone clears it.
    expect([released.spec?.persistentVolumeReclaimPolicy, released.spec?.claimRef?.namespace, released.spec?.claimRef?.name, released.spec?.claimRef?.uid]).toStrictEqual([
      'Retain',
      testNs,
      'data',
      bound.metadata?.uid,
    ]);
  });

  it("waiting-for-provisioner: handed to example.com/not-installed, it stays Pending with the PV controller's ExternalProvisioning event", async ({ expect }) => {
    const c = await claim(DEMO, 'waiting-for-provisioner');
    expect([c.status?.phase, c.spec?.volumeName, c.metadata?.annotations?.['volume.kubernetes.io/storage-provisioner']]).toStrictEqual(['Pending', undefined, 'example.com/not-installed']);
    const events = await eventually('the ExternalProvisioning event', async () => {
      const e = (await eventsFor(DEMO, 'PersistentVolumeClaim', 'waiting-for-provisioner')).filter((x) => x.reason === 'ExternalProvisioning');
      return e.length ? e : undefined;
    }, 30_000);
    // The recorder may write the same event more than once (count or series); what it says is one thing.
    expect(distinct(events.map((e) => [e.type, e.source?.component ?? e.reportingComponent, e.message]))).toStrictEqual([
      [
        'Normal',
        'persistentvolume-controller',
        "Waiting for a volume to be created either by the external provisioner 'example.com/not-installed' or manually by the system administrator. If volume creation is delayed, please verify that the provisioner is running and correctly registered.",
      ],
    ]);
  });

  it('waits-for-claim: the scheduler refuses a pod whose claim is not bound', async ({ expect }) => {
    const p = await pod(DEMO, 'waits-for-claim');
    const scheduled = p.status?.conditions?.find((c) => c.type === 'PodScheduled');
    expect([p.status?.phase, p.spec?.nodeName, scheduled?.status, scheduled?.reason]).toStrictEqual(['Pending', undefined, 'False', 'Unschedulable']);
    expect(scheduled?.message).toMatch(/^0\/\d+ nodes are available: pod has unbound immediate PersistentVolumeClaims\./);
    const failed = (await eventsFor(DEMO, 'Pod', 'waits-for-claim')).filter((e) => e.reason === 'FailedScheduling');
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((e) => (e.message ?? '').includes('pod has unbound immediate PersistentVolumeClaims'))).toBe(true);
  });

  it('local-data: the WaitForFirstConsumer claim is bound to the local volume the scheduler chose with its pod; local-data-unused, with no pod, waits', async ({ expect }) => {
    const [used, unused, v, p] = await Promise.all([claim(DEMO, 'local-data'), claim(DEMO, 'local-data-unused'), volume('demo-pv-local'), pod(DEMO, 'local-data-user')]);
    expect([used.status?.phase, used.spec?.volumeName, v.spec?.claimRef?.name, p.spec?.nodeName, p.status?.phase]).toStrictEqual(['Bound', 'demo-pv-local', 'local-data', 'sandbox-worker2', 'Running']);
    expect([unused.status?.phase, unused.spec?.volumeName]).toStrictEqual(['Pending', undefined]);
    const waiting = (await eventsFor(DEMO, 'PersistentVolumeClaim', 'local-data-unused')).filter((e) => e.reason === 'WaitForFirstConsumer');
    expect(distinct(waiting.map((e) => [e.type, e.message]))).toStrictEqual([['Normal', 'waiting for first consumer to be created before binding']]);
  });

  it('a fresh WaitForFirstConsumer claim stays Pending while no pod uses it, and is bound once its pod is scheduled, on the node its volume admits', { timeout: 90_000 }, async ({ expect }) => {
    const cls = `it-storage-${id}-wffc`;
    const pv = `it-storage-${id}-local`;
    await createClass(cls, 'WaitForFirstConsumer');
    await createVolume({
      metadata: { name: pv },
      spec: {
        capacity: { storage: '1Gi' },
        accessModes: ['ReadWriteOnce'],
        persistentVolumeReclaimPolicy: 'Retain',
        storageClassName: cls,
        local: { path: `/mnt/disks/${pv}` },
        nodeAffinity: { required: { nodeSelectorTerms: [{ matchExpressions: [{ key: 'kubernetes.io/hostname', operator: 'In', values: ['sandbox-worker'] }] }] } },
      },
    });
    await core.createNamespacedPersistentVolumeClaim({ namespace: testNs, body: claimBody('later', cls) });
    await eventually('the WaitForFirstConsumer event', async () => ((await eventsFor(testNs, 'PersistentVolumeClaim', 'later')).some((e) => e.reason === 'WaitForFirstConsumer') ? true : undefined), 30_000);
    // A matching volume exists, yet nothing binds: the class waits for a consumer.
    await new Promise((r) => setTimeout(r, 3000));
    const waiting = await claim(testNs, 'later');
    expect([waiting.status?.phase, waiting.spec?.volumeName, (await volume(pv)).status?.phase]).toStrictEqual(['Pending', undefined, 'Available']);

    await core.createNamespacedPod({ namespace: testNs, body: mountingPod('consumer', 'later') });
    const bound = await eventually('the claim to be Bound', async () => {
      const c = await claim(testNs, 'later');
      return c.status?.phase === 'Bound' ? c : undefined;
    }, 45_000);
    const p = await eventually('the pod to be scheduled', async () => {
      const x = await pod(testNs, 'consumer');
      return x.spec?.nodeName ? x : undefined;
    }, 30_000);
    expect([bound.spec?.volumeName, p.spec?.nodeName]).toStrictEqual([pv, 'sandbox-worker']);
  });

  it('config-reader: reads app-settings through env, envFrom and a volume, and db-credentials through env and a volume, and runs', async ({ expect }) => {
    const [p, cm, secret] = await Promise.all([
      pod(DEMO, 'config-reader'),
      core.readNamespacedConfigMap({ namespace: DEMO, name: 'app-settings' }),
      core.readNamespacedSecret({ namespace: DEMO, name: 'db-credentials' }),
    ]);
    const c = p.spec?.containers[0];
    expect([
      c?.env?.map((e) => e.valueFrom?.configMapKeyRef?.name ?? e.valueFrom?.secretKeyRef?.name),
      c?.envFrom?.map((e) => [e.configMapRef?.name, e.prefix]),
      // The admission plugin adds a projected service account token volume; the scenario's own volumes come first.
      p.spec?.volumes?.filter((v) => v.configMap || v.secret).map((v) => v.configMap?.name ?? v.secret?.secretName),
      p.status?.phase,
    ]).toStrictEqual([['app-settings', 'db-credentials'], [['app-settings', 'APP_']], ['app-settings', 'db-credentials'], 'Running']);
    expect([Object.keys(cm.data ?? {}).sort(), secret.type, Object.keys(secret.data ?? {}).sort()]).toStrictEqual([['GREETING', 'LOG_LEVEL', 'app.properties'], 'Opaque', ['password', 'username']]);
  });

  it('missing-config-key: a fresh copy waits with CreateContainerConfigError and the kubelet’s Failed event naming the missing key, and stays Pending', { timeout: 60_000 }, async ({ expect }) => {
    await applyScenario('21-config.yaml', testNs, ['ConfigMap']);
    await applyScenario('22-missing-config-key.yaml', testNs, ['Pod']);
    const message = `couldn't find key FEATURE_FLAGS in ConfigMap ${testNs}/app-settings`;
    const p = await eventually('the container to leave ContainerCreating', async () => {
      const x = await pod(testNs, 'missing-config-key');
      const s = x.status?.containerStatuses?.[0];
      return s && s.state?.waiting?.reason !== 'ContainerCreating' ? x : undefined;
    }, 30_000);
    if (p.status?.phase === 'Running') {
      throw new Error('KWOK ran the config-error pod: it was started before sandbox/kwok/pod-stages.yaml gained pod-create-container-config-error; restart the sandbox (npm run sandbox:down, then npm run sandbox:up)');
    }
    const status = p.status?.containerStatuses?.[0];
    // The typed client returns model class instances; compare their fields as plain data.
    expect([p.status?.phase, status?.ready, status?.started, { ...status?.state?.waiting }]).toStrictEqual(['Pending', false, false, { reason: 'CreateContainerConfigError', message }]);
    const failed = await eventually('the Failed event', async () => {
      const e = (await eventsFor(testNs, 'Pod', 'missing-config-key')).filter((x) => x.reason === 'Failed');
      return e.length ? e : undefined;
    }, 15_000);
    expect(failed.map((e) => [e.type, e.message, e.involvedObject.fieldPath, e.involvedObject.uid])).toStrictEqual([['Warning', `Error: ${message}`, 'spec.containers{app}', p.metadata?.uid]]);
  });
});
