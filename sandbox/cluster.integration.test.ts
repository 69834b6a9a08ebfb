import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AppsV1Api,
  CoreV1Api,
  DiscoveryV1Api,
  KubeConfig,
  PatchStrategy,
  RbacAuthorizationV1Api,
  VersionApi,
  setHeaderOptions,
  type CoreV1Event,
  type V1Pod,
} from '@kubernetes/client-node';
import { podColumns } from '../lib/explain/pod-columns';
import { createReadyNamespace, eventually, sandboxConfig, sandboxKubeconfig, suffix } from '../lib/testing/sandbox';

const versions = JSON.parse(readFileSync(path.join(__dirname, 'versions.json'), 'utf8')) as { kubernetes: string };
const DEMO = 'explain-demo';

let kc: KubeConfig;
let core: CoreV1Api;
let apps: AppsV1Api;
let discovery: DiscoveryV1Api;
const testNs = `it-sandbox-${suffix()}`;

beforeAll(async () => {
  kc = sandboxConfig();
  core = kc.makeApiClient(CoreV1Api);
  apps = kc.makeApiClient(AppsV1Api);
  discovery = kc.makeApiClient(DiscoveryV1Api);
  await createReadyNamespace(kc, testNs);
});

afterAll(async () => {
  await core.deleteNamespace({ name: testNs }).catch(() => undefined);
});

async function pod(namespace: string, name: string): Promise<V1Pod | undefined> {
  try {
    return await core.readNamespacedPod({ namespace, name });
  } catch {
    return undefined;
  }
}

async function eventsFor(namespace: string, name: string): Promise<CoreV1Event[]> {
  const list = await core.listNamespacedEvent({ namespace, fieldSelector: `involvedObject.name=${name}` });
  return list.items;
}

describe('the sandbox control plane', () => {
  it('reports the Kubernetes version it was built from', async () => {
    const info = await kc.makeApiClient(VersionApi).getCode();
    expect(info.gitVersion).toBe(versions.kubernetes);
    expect(`v${info.major}.${info.minor}`).toBe(versions.kubernetes.split('.').slice(0, 2).join('.'));
  });

  it('has three Ready KWOK nodes that look like kubelets of the same version', async () => {
    const nodes = await eventually(
      'three Ready nodes',
      async () => {
        const list = await core.listNode();
        const ready = list.items.filter((n) => n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True'));
        return ready.length >= 3 ? list.items : undefined;
      },
      30_000,
    );
    const names = nodes.map((n) => n.metadata?.name).sort();
    expect(names).toStrictEqual(['sandbox-control-plane', 'sandbox-worker', 'sandbox-worker2']);
    for (const n of nodes) {
      expect(n.status?.nodeInfo?.kubeletVersion).toBe(versions.kubernetes);
      expect(n.status?.nodeInfo?.containerRuntimeVersion).toMatch(/^containerd:\/\//);
      expect(n.status?.allocatable?.cpu).toBe('4');
      expect(n.status?.addresses?.find((a) => a.type === 'InternalIP')?.address).toMatch(/^172\.18\./);
    }
    const cp = nodes.find((n) => n.metadata?.name === 'sandbox-control-plane');
    expect(cp?.metadata?.labels?.['node-role.kubernetes.io/control-plane']).toBe('');
    expect(cp?.spec?.taints).toEqual([{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }]);
  });

  it('renews each node Lease in kube-node-lease (the kubelet heartbeat)', async () => {
    const coord = kc.makeApiClient((await import('@kubernetes/client-node')).CoordinationV1Api);
    const leases = await eventually(
      'three node leases',
      async () => {
        const l = await coord.listNamespacedLease({ namespace: 'kube-node-lease' });
        return l.items.length >= 3 ? l.items : undefined;
      },
      30_000,
    );
    for (const l of leases) {
      const age = Date.now() - new Date(l.spec?.renewTime as unknown as string).getTime();
      expect(age).toBeLessThan(60_000);
    }
  });

  it('has every node advertise the port its kubelet (KWOK) serves on, where the apiserver sends log requests', async () => {
    const cluster = JSON.parse(readFileSync(path.join(path.dirname(sandboxKubeconfig), 'cluster.json'), 'utf8')) as { ports: { kwok: number } };
    // A sandbox started again on another port corrects this with the nodes' next status refresh (up to ~2 minutes).
    const ports = await eventually(
      'every node on the KWOK port',
      async () => {
        const p = (await core.listNode()).items.map((n) => n.status?.daemonEndpoints?.kubeletEndpoint?.Port);
        return p.length >= 3 && p.every((x) => x === cluster.ports.kwok) ? p : undefined;
      },
      150_000,
    );
    expect(ports).toStrictEqual(ports.map(() => cluster.ports.kwok));
  }, 160_000);
});

describe('workloads on KWOK nodes', () => {
  it('schedules a new Deployment onto worker nodes, runs it, and lists ready EndpointSlice endpoints', async () => {
    const labels = { app: 'it-web' };
    await apps.createNamespacedDeployment({
      namespace: testNs,
      body: {
        metadata: { name: 'it-web' },
        spec: {
          replicas: 2,
          selector: { matchLabels: labels },
          template: { metadata: { labels }, spec: { containers: [{ name: 'web', image: 'nginx:1.27', ports: [{ containerPort: 80 }] }] } },
        },
      },
    });
    await core.createNamespacedService({ namespace: testNs, body: { metadata: { name: 'it-web' }, spec: { selector: labels, ports: [{ port: 80 }] } } });

    const pods = await eventually(
      'two Running pods',
      async () => {
        const l = await core.listNamespacedPod({ namespace: testNs, labelSelector: 'app=it-web' });
        return l.items.length === 2 && l.items.every((p) => p.status?.phase === 'Running') ? l.items : undefined;
      },
      45_000,
    );
    for (const p of pods) {
      expect(['sandbox-worker', 'sandbox-worker2']).toContain(p.spec?.nodeName);
      expect(p.status?.podIP).toMatch(/^10\.244\./);
      expect(p.status?.conditions?.find((c) => c.type === 'PodScheduled')?.status).toBe('True');
      expect(podColumns(p, new Date())).toMatchObject({ ready: '1/1', status: 'Running' });
    }
    const endpoints = await eventually(
      'two ready endpoints',
      async () => {
        const slices = await discovery.listNamespacedEndpointSlice({ namespace: testNs, labelSelector: 'kubernetes.io/service-name=it-web' });
        const eps = slices.items.flatMap((s) => s.endpoints ?? []);
        return eps.length === 2 && eps.every((e) => e.conditions?.ready === true) ? eps : undefined;
      },
      30_000,
    );
    expect(endpoints.map((e) => e.targetRef?.name).sort()).toStrictEqual(pods.map((p) => p.metadata?.name).sort());
    expect(endpoints.map((e) => e.addresses[0]).sort()).toStrictEqual(pods.map((p) => p.status?.podIP).sort());
  });

  it('records the normal creation flow as events: Scheduled by the scheduler, then Pulling, Pulled, Created, Started', async () => {
    await core.createNamespacedPod({ namespace: testNs, body: { metadata: { name: 'it-events' }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } } });
    const reasons = await eventually(
      'the full event sequence',
      async () => {
        const ev = await eventsFor(testNs, 'it-events');
        const r = ev.map((e) => e.reason);
        return ['Scheduled', 'Pulling', 'Pulled', 'Created', 'Started'].every((x) => r.includes(x)) ? ev : undefined;
      },
      30_000,
    );
    const scheduled = reasons.find((e) => e.reason === 'Scheduled');
    expect(scheduled?.source?.component ?? scheduled?.reportingComponent).toBe('default-scheduler');
    const started = reasons.find((e) => e.reason === 'Started');
    expect(started?.source?.component).toBe('kwok_controller');
  });
  it('brings a pod back to Ready once the node controller has marked it not ready, as a returning kubelet would (a sandbox restarted after its nodes were away)', async () => {
    await core.createNamespacedPod({ namespace: testNs, body: { metadata: { name: 'it-ready-again' }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } } });
    const readyOf = (p: V1Pod | undefined) => p?.status?.conditions?.find((c) => c.type === 'Ready')?.status;
    await eventually('it-ready-again Ready', async () => (readyOf(await pod(testNs, 'it-ready-again')) === 'True' ? true : undefined), 30_000);
    // What MarkPodsNotReady writes when a node stops reporting: Ready=False, the containers untouched.
    await core.patchNamespacedPodStatus(
      { namespace: testNs, name: 'it-ready-again', body: { status: { conditions: [{ type: 'Ready', status: 'False', lastTransitionTime: new Date() }] } } },
      setHeaderOptions('Content-Type', PatchStrategy.StrategicMergePatch),
    );
    const marked = await pod(testNs, 'it-ready-again');
    expect(marked?.status?.conditions?.find((c) => c.type === 'ContainersReady')?.status).toBe('True');
    const back = await eventually('it-ready-again Ready again', async () => {
      const p = await pod(testNs, 'it-ready-again');
      return readyOf(p) === 'True' ? p : undefined;
    }, 30_000);
    expect(podColumns(back, new Date()).ready).toBe('1/1');
    expect(back.status?.phase).toBe('Running');
  });
});

describe('explain-demo scenarios reach their documented states', () => {
  it('web: 3 Running replicas behind a Service with 3 ready endpoints (STATUS Running, READY 1/1)', async () => {
    const eps = await eventually(
      '3 ready endpoints for web',
      async () => {
        const slices = await discovery.listNamespacedEndpointSlice({ namespace: DEMO, labelSelector: 'kubernetes.io/service-name=web' });
        const e = slices.items.flatMap((s) => s.endpoints ?? []);
        return e.length === 3 && e.every((x) => x.conditions?.ready) ? e : undefined;
      },
      60_000,
    );
    expect(eps).toHaveLength(3);
    const pods = (await core.listNamespacedPod({ namespace: DEMO, labelSelector: 'app=web' })).items;
    expect(pods.map((p) => podColumns(p, new Date()).status)).toStrictEqual(['Running', 'Running', 'Running']);
  });

  it('crash-loop: phase Running, waiting CrashLoopBackOff, last exit Error 1, restarts rising (STATUS CrashLoopBackOff) within 60 s', async () => {
    const p = await eventually(
      'CrashLoopBackOff with a restart',
      async () => {
        const x = await pod(DEMO, 'crash-loop');
        const cs = x?.status?.containerStatuses?.[0];
        return cs?.state?.waiting?.reason === 'CrashLoopBackOff' && (cs.restartCount ?? 0) > 0 ? x : undefined;
      },
      60_000,
    );
    const cs = p.status?.containerStatuses?.[0];
    expect(p.status?.phase).toBe('Running');
    expect(cs?.lastState?.terminated?.reason).toBe('Error');
    expect(cs?.lastState?.terminated?.exitCode).toBe(1);
    expect(cs?.state?.waiting?.message).toMatch(/^back-off \d+\S* restarting failed container=app pod=crash-loop_explain-demo/);
    expect(podColumns(p, new Date()).status).toBe('CrashLoopBackOff');
  });

  it('crash-loop: restarts keep rising with the kubelet back-off (10 s, then 20 s)', async () => {
    await core.createNamespacedPod({
      namespace: testNs,
      body: { metadata: { name: 'it-crash', labels: { 'sandbox.kube-explain.dev/scenario': 'crash-loop' } }, spec: { containers: [{ name: 'app', image: 'busybox:1.36' }] } },
    });
    const restarts = async () => (await pod(testNs, 'it-crash'))?.status?.containerStatuses?.[0]?.restartCount ?? 0;
    await eventually('a first restart', async () => ((await restarts()) >= 1 ? true : undefined), 30_000);
    const waiting = (await pod(testNs, 'it-crash'))?.status?.containerStatuses?.[0]?.state?.waiting?.message;
    expect(waiting).toMatch(/^back-off 10s restarting failed container=app/);
    await eventually('a second restart after the 10 s back-off', async () => ((await restarts()) >= 2 ? true : undefined), 30_000);
  });

  it('image-pull-backoff: Pending with ImagePullBackOff and events Pulling, Failed, BackOff (STATUS ImagePullBackOff) within 30 s', async () => {
    const p = await eventually(
      'ImagePullBackOff',
      async () => {
        const x = await pod(DEMO, 'image-pull-backoff');
        return x?.status?.containerStatuses?.[0]?.state?.waiting?.reason === 'ImagePullBackOff' ? x : undefined;
      },
      30_000,
    );
    expect(p.status?.phase).toBe('Pending');
    expect(podColumns(p, new Date()).status).toBe('ImagePullBackOff');
    const reasons = new Set((await eventsFor(DEMO, 'image-pull-backoff')).map((e) => e.reason));
    expect([...reasons].filter((r) => ['Pulling', 'Failed', 'BackOff'].includes(r ?? '')).sort()).toStrictEqual(['BackOff', 'Failed', 'Pulling']);
  });

  it('readiness-fail: running and started but Ready=False, a not-ready endpoint, Unhealthy events (STATUS Running, READY 0/1) within 30 s', async () => {
    const p = await eventually(
      'running but not ready',
      async () => {
        const x = await pod(DEMO, 'readiness-fail');
        return x?.status?.containerStatuses?.[0]?.state?.running ? x : undefined;
      },
      30_000,
    );
    const cs = p.status?.containerStatuses?.[0];
    expect(cs?.started).toBe(true);
    expect(cs?.ready).toBe(false);
    const cond = Object.fromEntries((p.status?.conditions ?? []).map((c) => [c.type, c.status]));
    expect(cond.Ready).toBe('False');
    expect(cond.ContainersReady).toBe('False');
    expect(podColumns(p, new Date())).toMatchObject({ ready: '0/1', status: 'Running' });
    const ep = await eventually(
      'a not-ready endpoint',
      async () => {
        const slices = await discovery.listNamespacedEndpointSlice({ namespace: DEMO, labelSelector: 'kubernetes.io/service-name=readiness-demo' });
        return slices.items.flatMap((s) => s.endpoints ?? []).find((e) => e.targetRef?.name === 'readiness-fail');
      },
      30_000,
    );
    expect(ep.conditions?.ready).toBe(false);
    const unhealthy = await eventually(
      'an Unhealthy event',
      async () => (await eventsFor(DEMO, 'readiness-fail')).find((e) => e.reason === 'Unhealthy'),
      30_000,
    );
    expect(unhealthy.message).toMatch(/^Readiness probe failed/);
    expect(cs?.restartCount).toBe(0);
  });

  it('oom-killed: last termination OOMKilled with exit 137 within 60 s', async () => {
    const p = await eventually(
      'lastState OOMKilled',
      async () => {
        const x = await pod(DEMO, 'oom-killed');
        return x?.status?.containerStatuses?.[0]?.lastState?.terminated?.reason === 'OOMKilled' ? x : undefined;
      },
      60_000,
    );
    expect(p.status?.containerStatuses?.[0]?.lastState?.terminated?.exitCode).toBe(137);
    expect(p.spec?.containers[0]?.resources?.limits?.memory).toBe('64Mi');
  });

  it('unschedulable: the real scheduler leaves it Pending with PodScheduled=False/Unschedulable and a FailedScheduling event', async () => {
    const p = await eventually(
      'PodScheduled False',
      async () => {
        const x = await pod(DEMO, 'unschedulable');
        return x?.status?.conditions?.find((c) => c.type === 'PodScheduled' && c.status === 'False') ? x : undefined;
      },
      30_000,
    );
    const c = p.status?.conditions?.find((x) => x.type === 'PodScheduled');
    expect(c?.reason).toBe('Unschedulable');
    expect(c?.message).toMatch(/^0\/3 nodes are available: .*Insufficient cpu/);
    expect(p.status?.phase).toBe('Pending');
    expect(p.spec?.nodeName).toBeUndefined();
    expect(podColumns(p, new Date()).status).toBe('Pending');
    const ev = await eventually('FailedScheduling', async () => (await eventsFor(DEMO, 'unschedulable')).find((e) => e.reason === 'FailedScheduling'), 30_000);
    expect(ev.source?.component ?? ev.reportingComponent).toBe('default-scheduler');
  });

  it('complete-job: its pod Succeeds (STATUS Completed) and the Job counts one success within 60 s', async () => {
    const p = await eventually(
      'a Succeeded job pod',
      async () => (await core.listNamespacedPod({ namespace: DEMO, labelSelector: 'app=complete-job' })).items.find((x) => x.status?.phase === 'Succeeded'),
      60_000,
    );
    expect(p.status?.containerStatuses?.[0]?.state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(podColumns(p, new Date()).status).toBe('Completed');
    const job = await eventually(
      'job succeeded=1',
      async () => {
        const j = await kc.makeApiClient((await import('@kubernetes/client-node')).BatchV1Api).readNamespacedJob({ namespace: DEMO, name: 'complete-job' });
        return j.status?.succeeded === 1 ? j : undefined;
      },
      30_000,
    );
    expect(job.status?.conditions?.some((c) => c.type === 'Complete' && c.status === 'True')).toBe(true);
  });

  it('init containers: a pod walks Init:0/2 → Init:1/2 → Running', async () => {
    await core.createNamespacedPod({
      namespace: testNs,
      body: {
        metadata: { name: 'it-init' },
        spec: {
          initContainers: [
            { name: 'one', image: 'busybox:1.36' },
            { name: 'two', image: 'busybox:1.36' },
          ],
          containers: [{ name: 'app', image: 'nginx:1.27' }],
        },
      },
    });
    const seen: string[] = [];
    await eventually(
      'Running after the init steps',
      async () => {
        const p = await pod(testNs, 'it-init');
        if (!p) return undefined;
        const s = podColumns(p, new Date()).status;
        if (seen.at(-1) !== s) seen.push(s);
        return s === 'Running' ? true : undefined;
      },
      40_000,
      300,
    );
    expect(seen.filter((s) => s.startsWith('Init:') || s === 'Running')).toStrictEqual(['Init:0/2', 'Init:1/2', 'Running']);
  });

  it('no-endpoints: a Service whose selector matches no pod has no endpoints', async () => {
    const svc = await core.readNamespacedService({ namespace: DEMO, name: 'no-endpoints' });
    expect(svc.spec?.selector).toStrictEqual({ app: 'web-frontend' });
    const matching = await core.listNamespacedPod({ namespace: DEMO, labelSelector: 'app=web-frontend' });
    expect(matching.items).toHaveLength(0);
    const slices = await eventually(
      'the EndpointSlice controller to publish a slice',
      async () => {
        const l = await discovery.listNamespacedEndpointSlice({ namespace: DEMO, labelSelector: 'kubernetes.io/service-name=no-endpoints' });
        return l.items.length > 0 ? l.items : undefined;
      },
      30_000,
    );
    expect(slices.flatMap((s) => s.endpoints ?? [])).toStrictEqual([]);
  });

  it('slow deletion: a deleted pod shows Terminating for its 20 s grace period, emits Killing, then disappears', async () => {
    await core.createNamespacedPod({
      namespace: testNs,
      body: {
        metadata: { name: 'it-slow', labels: { 'sandbox.kube-explain.dev/scenario': 'slow-delete' } },
        spec: { terminationGracePeriodSeconds: 20, containers: [{ name: 'app', image: 'nginx:1.27' }] },
      },
    });
    await eventually('it-slow Running', async () => ((await pod(testNs, 'it-slow'))?.status?.phase === 'Running' ? true : undefined), 30_000);
    const deletedAt = Date.now();
    await core.deleteNamespacedPod({ namespace: testNs, name: 'it-slow' });
    const p = await pod(testNs, 'it-slow');
    expect(p?.metadata?.deletionTimestamp).toBeDefined();
    expect(p?.metadata?.deletionGracePeriodSeconds).toBe(20);
    expect(podColumns(p as V1Pod, new Date()).status).toBe('Terminating');
    await eventually('a Killing event', async () => (await eventsFor(testNs, 'it-slow')).find((e) => e.reason === 'Killing'), 10_000);
    await new Promise((r) => setTimeout(r, 12_000));
    expect((await pod(testNs, 'it-slow'))?.metadata?.deletionTimestamp).toBeDefined();
    await eventually('it-slow gone', async () => ((await pod(testNs, 'it-slow')) ? undefined : true), 20_000);
    expect(Date.now() - deletedAt).toBeGreaterThanOrEqual(18_000);
  });
});

describe('RBAC', () => {
  it('denies list secrets (403) to a ServiceAccount bound to the built-in view ClusterRole, while allowing list pods', async () => {
    const rbac = kc.makeApiClient(RbacAuthorizationV1Api);
    await core.createNamespacedServiceAccount({ namespace: testNs, body: { metadata: { name: 'viewer' } } });
    await rbac.createNamespacedRoleBinding({
      namespace: testNs,
      body: {
        metadata: { name: 'viewer-view' },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' },
        subjects: [{ kind: 'ServiceAccount', name: 'viewer', namespace: testNs }],
      },
    });
    const token = await core.createNamespacedServiceAccountToken({ namespace: testNs, name: 'viewer', body: { spec: { audiences: [], expirationSeconds: 600 } } });
    const viewer = new KubeConfig();
    const cluster = kc.getCurrentCluster();
    viewer.loadFromOptions({
      clusters: [{ name: 'sandbox', server: cluster?.server ?? '', caData: cluster?.caData, skipTLSVerify: false }],
      users: [{ name: 'viewer', token: token.status?.token }],
      contexts: [{ name: 'viewer', cluster: 'sandbox', user: 'viewer' }],
      currentContext: 'viewer',
    });
    const vcore = viewer.makeApiClient(CoreV1Api);
    const pods = await eventually('RBAC to allow list pods', async () => vcore.listNamespacedPod({ namespace: testNs }), 10_000);
    expect(Array.isArray(pods.items)).toBe(true);
    const err = await vcore.listNamespacedSecret({ namespace: testNs }).then(
      () => undefined,
      (e: unknown) => e as { code?: number; body?: string },
    );
    expect(err?.code).toBe(403);
    expect(String(err?.body)).toMatch(/cannot list resource \\?"secrets\\?"/);
  });
});
