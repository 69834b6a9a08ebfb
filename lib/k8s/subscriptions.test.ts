import 'server-only';
import { describe, expect, it } from 'vitest';
import type { SubscriptionSpec } from '@/lib/contract';
import { READYZ_OK, VERSION_1_33 } from '@/lib/explain/cluster-testdata';
import type { V1Pod } from '@kubernetes/client-node';
import { byName, sandboxCapture } from '@/lib/testing/sandbox-capture';
import { buildClusterOverview } from '@/lib/views/cluster-overview';
import { toNamespaceRow } from '@/lib/views/namespace-row';
import { buildNodeDetail, buildNodeList } from '@/lib/views/node-views';
import { buildPodDetail } from '@/lib/views/pod-detail';
import { toPodRow } from '@/lib/views/pod-row';
import { buildServiceDetail, buildServiceList } from '@/lib/views/service-views';
import { buildOwnedPods } from '@/lib/views/owned-pods';
import { workloadSnapshot } from '@/lib/testing/workload-capture';
import { toCronJobRow, toDaemonSetRow, toDeploymentRow, toJobRow, toReplicaSetRow, toStatefulSetRow } from '@/lib/views/workloads/rows';
import { buildDeploymentDetail } from '@/lib/views/workloads/deployment-detail';
import { buildReplicaSetDetail } from '@/lib/views/workloads/replicaset-detail';
import { buildStatefulSetDetail } from '@/lib/views/workloads/statefulset-detail';
import { buildDaemonSetDetail } from '@/lib/views/workloads/daemonset-detail';
import { buildJobDetail } from '@/lib/views/workloads/job-detail';
import { buildCronJobDetail } from '@/lib/views/workloads/cronjob-detail';
import { DETAIL_REQUIRED } from './subscriptions-workloads';
import { resolveStorageSubscription } from './subscriptions-storage';
import { resolveRelationsSubscription } from './subscriptions-relations';
import { buildModel, parseSubscriptionSpec, podRowOf, resolveSubscription, type ModelDefinition, type SubscriptionDefinition } from './subscriptions';
import type { KubeObject } from './watch-cache';

function modelDef(def: ReturnType<typeof resolveSubscription>): ModelDefinition {
  if (def.kind !== 'model') throw new Error('not a model view');
  return def;
}

describe('parseSubscriptionSpec', () => {
  it('accepts the views the UI subscribes to', () => {
    expect(parseSubscriptionSpec({ view: 'pods', context: 'kind-kind', namespace: 'default' })).toStrictEqual({ view: 'pods', context: 'kind-kind', namespace: 'default' });
    expect(parseSubscriptionSpec({ view: 'pods', namespace: '' })).toStrictEqual({ view: 'pods', context: undefined, namespace: undefined });
    expect(parseSubscriptionSpec({ view: 'pod', namespace: 'explain-demo', name: 'crash-loop' })).toStrictEqual({ view: 'pod', context: undefined, namespace: 'explain-demo', name: 'crash-loop' });
  });

  it('rejects unknown views, bad names and path tricks', () => {
    expect(parseSubscriptionSpec({ view: 'secret-values' })).toBeNull();
    expect(parseSubscriptionSpec({ view: 'pods', namespace: '../kube-system' })).toBeNull();
    expect(parseSubscriptionSpec({ view: 'pod', namespace: 'default' })).toBeNull();
    expect(parseSubscriptionSpec({ view: 'pod', namespace: 'default', name: 'A_B' })).toBeNull();
    expect(parseSubscriptionSpec('pods')).toBeNull();
    expect(parseSubscriptionSpec(null)).toBeNull();
  });

  it('accepts every view with its fields, and drops fields it does not know', () => {
    const ctx = 'arn:aws:eks:eu-west-1:123456789012:cluster/prod';
    expect(
      [
        { view: 'pods', context: ctx },
        { view: 'namespaces', context: ctx, namespace: 'default' },
        { view: 'pod', context: ctx, namespace: 'explain-demo', name: 'web-569b4d9d45-7bj98', extra: 'x' },
        { view: 'services', context: ctx, namespace: 'explain-demo' },
        { view: 'service', context: ctx, namespace: 'explain-demo', name: 'readiness-demo' },
        { view: 'nodes', context: ctx, name: 'sandbox-worker' },
        { view: 'node', context: ctx, name: 'ip-10-0-1-23.eu-west-1.compute.internal' },
        { view: 'cluster', context: null, namespace: null },
      ].map(parseSubscriptionSpec),
    ).toStrictEqual([
      { view: 'pods', context: ctx, namespace: undefined },
      { view: 'namespaces', context: ctx },
      { view: 'pod', context: ctx, namespace: 'explain-demo', name: 'web-569b4d9d45-7bj98' },
      { view: 'services', context: ctx, namespace: 'explain-demo' },
      { view: 'service', context: ctx, namespace: 'explain-demo', name: 'readiness-demo' },
      { view: 'nodes', context: ctx },
      { view: 'node', context: ctx, name: 'ip-10-0-1-23.eu-west-1.compute.internal' },
      { view: 'cluster', context: undefined },
    ]);
  });

  it('accepts every workload list and detail view, and the owner-filtered pods', () => {
    const lists = ['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'];
    const details = ['deployment', 'replicaset', 'statefulset', 'daemonset', 'job', 'cronjob'];
    expect(lists.map((view) => parseSubscriptionSpec({ view, context: 'kind-kind', namespace: '' }))).toStrictEqual(lists.map((view) => ({ view, context: 'kind-kind', namespace: undefined })));
    expect(lists.map((view) => parseSubscriptionSpec({ view, namespace: 'kube-system', name: 'ignored' }))).toStrictEqual(lists.map((view) => ({ view, context: undefined, namespace: 'kube-system' })));
    expect(details.map((view) => parseSubscriptionSpec({ view, namespace: 'explain-demo', name: 'web-569b4d9d45', extra: 1 }))).toStrictEqual(
      details.map((view) => ({ view, context: undefined, namespace: 'explain-demo', name: 'web-569b4d9d45' })),
    );
    expect(
      ['Deployment/web', 'ReplicaSet/web-569b4d9d45', 'StatefulSet/db', 'DaemonSet/node-agent', 'Job/failing-job', 'CronJob/every-minute'].map((owner) =>
        parseSubscriptionSpec({ view: 'owned-pods', namespace: 'explain-demo', owner }),
      ),
    ).toStrictEqual(
      ['Deployment/web', 'ReplicaSet/web-569b4d9d45', 'StatefulSet/db', 'DaemonSet/node-agent', 'Job/failing-job', 'CronJob/every-minute'].map((owner) => ({ view: 'owned-pods', context: undefined, namespace: 'explain-demo', owner })),
    );
  });

  it('rejects a workload page without its namespace or a valid name, and an owner filter it cannot resolve', () => {
    for (const spec of [
      ...['deployment', 'replicaset', 'statefulset', 'daemonset', 'job', 'cronjob'].flatMap((view) => [
        { view, name: 'web' },
        { view, namespace: '', name: 'web' },
        { view, namespace: 'explain-demo' },
        { view, namespace: 'explain-demo', name: 'Web' },
        { view, namespace: 'explain-demo', name: '../web' },
        { view, namespace: 'Explain', name: 'web' },
      ]),
      ...['deployments', 'jobs'].map((view) => ({ view, namespace: 'a/b' })),
      { view: 'owned-pods', owner: 'Secret/web' },
      { view: 'owned-pods', owner: 'deployment/web' },
      { view: 'owned-pods', owner: 'Deployment/' },
      { view: 'owned-pods', owner: 'Deployment' },
      { view: 'owned-pods', owner: 'Deployment/web/x' },
      { view: 'owned-pods', owner: ['Deployment/web'] },
      { view: 'owned-pods' },
      { view: 'Deployments' },
      { view: 'deploy' },
    ]) expect([spec, parseSubscriptionSpec(spec)]).toStrictEqual([spec, null]);
  });

  it('rejects a detail view without its namespace or name', () => {
    for (const spec of [
      { view: 'pod', name: 'crash-loop' },
      { view: 'pod', namespace: '', name: 'crash-loop' },
      { view: 'pod', namespace: 'explain-demo' },
      { view: 'service', name: 'web' },
      { view: 'service', namespace: 'explain-demo', name: '' },
      { view: 'node' },
      { view: 'node', name: '' },
    ]) expect([spec, parseSubscriptionSpec(spec)]).toStrictEqual([spec, null]);
  });

  it('rejects names Kubernetes would not accept: case, separators, path tricks, edges, length, non-strings', () => {
    for (const name of ['Crash-Loop', 'a_b', 'a/b', '..', '../etc', '%2e%2e', '-web', 'web-', '.web', 'web.', 'web\n', ' web', 'a'.repeat(254), 42, ['web'], { toString: 'web' }]) {
      for (const spec of [{ view: 'pod', namespace: 'explain-demo', name }, { view: 'service', namespace: 'explain-demo', name }, { view: 'node', name }]) {
        expect([spec, parseSubscriptionSpec(spec)]).toStrictEqual([spec, null]);
      }
    }
    expect(parseSubscriptionSpec({ view: 'node', name: 'a'.repeat(253) })).toStrictEqual({ view: 'node', context: undefined, name: 'a'.repeat(253) });
  });

  it('refuses a malformed namespace instead of reading it as all namespaces', () => {
    for (const namespace of ['Default', 'kube.system', 'a'.repeat(64), '-x', 'x-', 'a/b', 7, ['default'], { name: 'default' }, true]) {
      for (const view of ['pods', 'services', 'namespaces', 'nodes', 'cluster']) {
        const spec = { view, namespace };
        expect([spec, parseSubscriptionSpec(spec)]).toStrictEqual([spec, null]);
      }
    }
    expect(parseSubscriptionSpec({ view: 'pods', namespace: 'a'.repeat(63) })).toStrictEqual({ view: 'pods', context: undefined, namespace: 'a'.repeat(63) });
  });

  it('refuses a malformed context instead of reading it as the current context', () => {
    for (const context of ['', 'c'.repeat(1025), 1, ['kind-kind'], { name: 'kind-kind' }, false]) {
      const spec = { view: 'pods', context };
      expect([spec, parseSubscriptionSpec(spec)]).toStrictEqual([spec, null]);
    }
    expect(parseSubscriptionSpec({ view: 'nodes', context: 'c'.repeat(1024) })).toStrictEqual({ view: 'nodes', context: 'c'.repeat(1024) });
  });

  it('rejects views it does not serve, whatever they are called', () => {
    for (const view of ['secret-values', 'Pods', 'pods ', '', 'constructor', '__proto__', 'toString', undefined, null, 1, ['pods'], { view: 'pods' }]) {
      expect([view, parseSubscriptionSpec({ view })]).toStrictEqual([view, null]);
    }
    expect([parseSubscriptionSpec(undefined), parseSubscriptionSpec(7), parseSubscriptionSpec(['pods']), parseSubscriptionSpec({})]).toStrictEqual([null, null, null, null]);
  });
});

describe('resolveSubscription', () => {
  const context = 'kube-explain-sandbox';
  const NS = 'explain-demo';
  const now = new Date('2026-11-26T02:12:00Z');

  /** One spec of every view the browser may ask for (the compiler insists a new view is added here). */
  const SPECS = {
    pods: { view: 'pods', context, namespace: NS },
    namespaces: { view: 'namespaces', context },
    pod: { view: 'pod', context, namespace: NS, name: 'crash-loop' },
    services: { view: 'services', context, namespace: NS },
    service: { view: 'service', context, namespace: NS, name: 'web' },
    nodes: { view: 'nodes', context },
    node: { view: 'node', context, name: 'sandbox-worker' },
    cluster: { view: 'cluster', context },
    'owned-pods': { view: 'owned-pods', context, namespace: NS, owner: 'Deployment/web' },
    deployments: { view: 'deployments', context, namespace: NS },
    replicasets: { view: 'replicasets', context, namespace: NS },
    statefulsets: { view: 'statefulsets', context, namespace: NS },
    daemonsets: { view: 'daemonsets', context, namespace: NS },
    jobs: { view: 'jobs', context, namespace: NS },
    cronjobs: { view: 'cronjobs', context, namespace: NS },
    deployment: { view: 'deployment', context, namespace: NS, name: 'web' },
    replicaset: { view: 'replicaset', context, namespace: NS, name: 'web-569b4d9d45' },
    statefulset: { view: 'statefulset', context, namespace: NS, name: 'db' },
    daemonset: { view: 'daemonset', context, namespace: NS, name: 'node-agent' },
    job: { view: 'job', context, namespace: NS, name: 'failing-job' },
    cronjob: { view: 'cronjob', context, namespace: NS, name: 'every-minute' },
    persistentvolumeclaims: { view: 'persistentvolumeclaims', context, namespace: NS },
    persistentvolumes: { view: 'persistentvolumes', context },
    storageclasses: { view: 'storageclasses', context },
    configmaps: { view: 'configmaps', context, namespace: NS },
    secrets: { view: 'secrets', context, namespace: NS },
    persistentvolumeclaim: { view: 'persistentvolumeclaim', context, namespace: NS, name: 'data' },
    persistentvolume: { view: 'persistentvolume', context, name: 'pv-data' },
    storageclass: { view: 'storageclass', context, name: 'standard' },
    configmap: { view: 'configmap', context, namespace: NS, name: 'app-config' },
    secret: { view: 'secret', context, namespace: NS, name: 'db-credentials' },
    'pod-storage': { view: 'pod-storage', context, namespace: NS, name: 'crash-loop' },
    relations: { view: 'relations', context, kind: 'Pod', namespace: NS, name: 'crash-loop' },
  } satisfies { [V in SubscriptionSpec['view']]: Extract<SubscriptionSpec, { view: V }> };

  const STORAGE_VIEWS = ['persistentvolumeclaims', 'persistentvolumes', 'storageclasses', 'configmaps', 'secrets', 'persistentvolumeclaim', 'persistentvolume', 'storageclass', 'configmap', 'secret', 'pod-storage'] as const;

  /** What a definition reads, without its functions. */
  function reads(def: SubscriptionDefinition) {
    return def.kind === 'list' ? { kind: def.kind, source: def.source } : { kind: def.kind, sources: def.sources, pollMs: def.poll?.intervalMs ?? null };
  }

  it('reads the caches each view needs, in its namespace where it has one', () => {
    const nodeViews = { nodes: { context, resource: 'nodes' }, pods: { context, resource: 'pods' }, leases: { context, resource: 'leases', namespace: 'kube-node-lease' } };
    const serviceViews = { services: { context, resource: 'services', namespace: NS }, endpointslices: { context, resource: 'endpointslices', namespace: NS }, pods: { context, resource: 'pods', namespace: NS } };
    expect(Object.fromEntries(Object.entries(SPECS).map(([view, spec]) => [view, reads(resolveSubscription(spec))]))).toStrictEqual({
      pods: { kind: 'list', source: { context, resource: 'pods', namespace: NS } },
      namespaces: { kind: 'list', source: { context, resource: 'namespaces' } },
      pod: {
        kind: 'model',
        sources: {
          pods: { context, resource: 'pods', namespace: NS },
          events: { context, resource: 'events', namespace: NS },
          nodes: { context, resource: 'nodes' },
          services: { context, resource: 'services', namespace: NS },
          endpointslices: { context, resource: 'endpointslices', namespace: NS },
          replicasets: { context, resource: 'replicasets', namespace: NS },
          jobs: { context, resource: 'jobs', namespace: NS },
        },
        pollMs: null,
      },
      services: { kind: 'model', sources: serviceViews, pollMs: null },
      service: { kind: 'model', sources: serviceViews, pollMs: null },
      nodes: { kind: 'model', sources: nodeViews, pollMs: null },
      node: { kind: 'model', sources: nodeViews, pollMs: null },
      cluster: {
        kind: 'model',
        sources: { nodes: { context, resource: 'nodes' }, pods: { context, resource: 'pods' }, leases: { context, resource: 'leases', namespace: 'kube-system' } },
        pollMs: 10_000,
      },
      'owned-pods': { kind: 'model', sources: { pods: { context, resource: 'pods', namespace: NS }, replicasets: { context, resource: 'replicasets', namespace: NS } }, pollMs: null },
      deployments: { kind: 'list', source: { context, resource: 'deployments', namespace: NS } },
      replicasets: { kind: 'list', source: { context, resource: 'replicasets', namespace: NS } },
      statefulsets: { kind: 'list', source: { context, resource: 'statefulsets', namespace: NS } },
      daemonsets: { kind: 'list', source: { context, resource: 'daemonsets', namespace: NS } },
      jobs: { kind: 'list', source: { context, resource: 'jobs', namespace: NS } },
      cronjobs: { kind: 'list', source: { context, resource: 'cronjobs', namespace: NS } },
      deployment: {
        kind: 'model',
        sources: {
          deployments: { context, resource: 'deployments', namespace: NS },
          replicasets: { context, resource: 'replicasets', namespace: NS },
          pods: { context, resource: 'pods', namespace: NS },
          events: { context, resource: 'events', namespace: NS },
          horizontalpodautoscalers: { context, resource: 'horizontalpodautoscalers', namespace: NS },
        },
        pollMs: null,
      },
      replicaset: {
        kind: 'model',
        sources: { replicasets: { context, resource: 'replicasets', namespace: NS }, pods: { context, resource: 'pods', namespace: NS }, events: { context, resource: 'events', namespace: NS } },
        pollMs: null,
      },
      statefulset: {
        kind: 'model',
        sources: {
          statefulsets: { context, resource: 'statefulsets', namespace: NS },
          pods: { context, resource: 'pods', namespace: NS },
          services: { context, resource: 'services', namespace: NS },
          persistentvolumeclaims: { context, resource: 'persistentvolumeclaims', namespace: NS },
          events: { context, resource: 'events', namespace: NS },
        },
        pollMs: null,
      },
      daemonset: {
        kind: 'model',
        sources: { daemonsets: { context, resource: 'daemonsets', namespace: NS }, pods: { context, resource: 'pods', namespace: NS }, nodes: { context, resource: 'nodes' } },
        pollMs: null,
      },
      job: {
        kind: 'model',
        sources: { jobs: { context, resource: 'jobs', namespace: NS }, pods: { context, resource: 'pods', namespace: NS }, events: { context, resource: 'events', namespace: NS } },
        pollMs: null,
      },
      cronjob: {
        kind: 'model',
        sources: { cronjobs: { context, resource: 'cronjobs', namespace: NS }, jobs: { context, resource: 'jobs', namespace: NS }, events: { context, resource: 'events', namespace: NS } },
        pollMs: null,
      },
      // Storage and configuration: subscriptions-storage.test.ts checks each one's caches.
      ...Object.fromEntries(STORAGE_VIEWS.map((view) => [view, reads(resolveStorageSubscription(SPECS[view]))])),
      // The relations panel: subscriptions-relations.test.ts checks the caches of each centre kind.
      relations: reads(resolveRelationsSubscription(SPECS.relations)),
    });
  });

  it('reads only the pods for an owner that controls pods itself, and the Jobs between a CronJob and its pods', () => {
    expect(
      [
        { view: 'owned-pods', owner: 'StatefulSet/db' },
        { view: 'owned-pods', namespace: NS, owner: 'CronJob/every-minute' },
      ].map((spec) => reads(resolveSubscription(spec as SubscriptionSpec))),
    ).toStrictEqual([
      { kind: 'model', sources: { pods: { context: undefined, resource: 'pods', namespace: undefined } }, pollMs: null },
      { kind: 'model', sources: { pods: { context: undefined, resource: 'pods', namespace: NS }, jobs: { context: undefined, resource: 'jobs', namespace: NS } }, pollMs: null },
    ]);
  });

  it('lists every workload kind in every namespace without a namespace', () => {
    const lists = ['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'] as const;
    expect(lists.map((view) => reads(resolveSubscription({ view })))).toStrictEqual(lists.map((resource) => ({ kind: 'list', source: { context: undefined, resource, namespace: undefined } })));
  });

  it("projects each workload to its kubectl row with the kind's own columns, filtering none out", () => {
    const s = workloadSnapshot('explain-demo-workloads');
    const at = new Date(s.capturedAt);
    const project = (spec: SubscriptionSpec, items: object[]) => {
      const def = resolveSubscription(spec);
      if (def.kind !== 'list') throw new Error('list view expected');
      return (items as KubeObject[]).filter(def.filter).map((o) => def.project(o, at));
    };
    expect([
      project(SPECS.deployments, s.deployments),
      project(SPECS.replicasets, s.replicaSets),
      project(SPECS.statefulsets, s.statefulSets),
      project(SPECS.daemonsets, s.daemonSets),
      project(SPECS.jobs, s.jobs),
      project(SPECS.cronjobs, s.cronJobs),
    ]).toStrictEqual([
      s.deployments.map((o) => toDeploymentRow(o, at)),
      s.replicaSets.map((o) => toReplicaSetRow(o, at)),
      s.statefulSets.map((o) => toStatefulSetRow(o, at)),
      s.daemonSets.map((o) => toDaemonSetRow(o, at)),
      s.jobs.map((o) => toJobRow(o, at)),
      s.cronJobs.map((o) => toCronJobRow(o, at)),
    ]);
  });

  it('builds each workload detail view with its own builder for the object the spec names, and the owner-filtered pods', () => {
    const s = workloadSnapshot('explain-demo-workloads');
    const at = new Date(s.capturedAt);
    const build = (spec: SubscriptionSpec, inputs: object) => modelDef(resolveSubscription(spec)).build(inputs as Record<string, KubeObject[]>, at, undefined);
    const deploymentInputs = { deployments: s.deployments, replicasets: s.replicaSets, pods: s.pods, events: s.events, horizontalpodautoscalers: s.hpas };
    const rsInputs = { replicasets: s.replicaSets, pods: s.pods, events: s.events };
    const stsInputs = { statefulsets: s.statefulSets, pods: s.pods, services: s.services, persistentvolumeclaims: s.pvcs, events: s.events };
    const dsInputs = { daemonsets: s.daemonSets, pods: s.pods, nodes: s.nodes };
    const jobInputs = { jobs: s.jobs, pods: s.pods, events: s.events };
    const cronInputs = { cronjobs: s.cronJobs, jobs: s.jobs, events: s.events };
    const id = (name: string) => ({ namespace: NS, name });
    expect([
      build(SPECS.deployment, deploymentInputs),
      build(SPECS.replicaset, rsInputs),
      build(SPECS.statefulset, stsInputs),
      build(SPECS.daemonset, dsInputs),
      build(SPECS.job, jobInputs),
      build(SPECS.cronjob, cronInputs),
      build(SPECS['owned-pods'], { pods: s.pods, replicasets: s.replicaSets }),
    ]).toStrictEqual([
      buildDeploymentDetail(deploymentInputs, at, id('web')),
      buildReplicaSetDetail(rsInputs, at, id('web-569b4d9d45')),
      buildStatefulSetDetail(stsInputs, at, id('db')),
      buildDaemonSetDetail(dsInputs, at, id('node-agent')),
      buildJobDetail(jobInputs, at, id('failing-job')),
      buildCronJobDetail(cronInputs, at, id('every-minute')),
      buildOwnedPods({ pods: s.pods, replicasets: s.replicaSets }, at, { kind: 'Deployment', name: 'web' }),
    ]);
    // Each one found its object: a wrong name or namespace in the registry would build `found: false` on both sides.
    expect([SPECS.deployment, SPECS.replicaset, SPECS.statefulset, SPECS.daemonset, SPECS.job, SPECS.cronjob].map((spec, i) => (build(spec, [deploymentInputs, rsInputs, stsInputs, dsInputs, jobInputs, cronInputs][i]!) as { found: boolean }).found)).toStrictEqual([true, true, true, true, true, true]);
  });

  it("makes only the object's own kind required on each workload page", () => {
    expect(DETAIL_REQUIRED).toStrictEqual({
      deployment: ['deployments'],
      replicaset: ['replicasets'],
      statefulset: ['statefulsets'],
      daemonset: ['daemonsets'],
      job: ['jobs'],
      cronjob: ['cronjobs'],
    });
  });

  it('reads every namespace for the list views without one, and the current context without a context', () => {
    expect([resolveSubscription({ view: 'pods' }), resolveSubscription({ view: 'services' })].map(reads)).toStrictEqual([
      { kind: 'list', source: { context: undefined, resource: 'pods', namespace: undefined } },
      {
        kind: 'model',
        sources: { services: { context: undefined, resource: 'services', namespace: undefined }, endpointslices: { context: undefined, resource: 'endpointslices', namespace: undefined }, pods: { context: undefined, resource: 'pods', namespace: undefined } },
        pollMs: null,
      },
    ]);
  });

  it('projects each pod to its Pods-table row and each namespace to its row, filtering none out', () => {
    const pods = resolveSubscription(SPECS.pods);
    const namespaces = resolveSubscription(SPECS.namespaces);
    if (pods.kind !== 'list' || namespaces.kind !== 'list') throw new Error('list views expected');
    const allPods = sandboxCapture.pods();
    const allNamespaces = sandboxCapture.namespaces();
    expect(allPods.filter(pods.filter).map((p) => pods.project(p, now))).toStrictEqual(allPods.map((p) => toPodRow(p, now)));
    expect(allNamespaces.filter(namespaces.filter).map((n) => namespaces.project(n, now))).toStrictEqual(allNamespaces.map(toNamespaceRow));
  });

  it("builds each model view with its own builder, for the object the spec names", () => {
    const podInputs = { pods: sandboxCapture.pods(), events: sandboxCapture.events(), nodes: sandboxCapture.nodes(), services: sandboxCapture.services(), endpointslices: sandboxCapture.endpointSlices() };
    const serviceInputs = { services: sandboxCapture.services(), endpointslices: sandboxCapture.endpointSlices(), pods: sandboxCapture.pods() };
    const nodeInputs = { nodes: sandboxCapture.nodes(), pods: sandboxCapture.pods(), leases: sandboxCapture.leases() };
    const build = (spec: SubscriptionSpec, inputs: object, polled?: unknown) => modelDef(resolveSubscription(spec)).build(inputs as Record<string, KubeObject[]>, now, polled);
    expect(build(SPECS.pod, podInputs)).toStrictEqual(buildPodDetail(podInputs, now, { namespace: NS, name: 'crash-loop' }));
    expect(build(SPECS.services, serviceInputs)).toStrictEqual(buildServiceList(serviceInputs, now));
    expect(build(SPECS.service, serviceInputs)).toStrictEqual(buildServiceDetail(serviceInputs, now, { namespace: NS, name: 'web' }));
    expect(build(SPECS.nodes, nodeInputs)).toStrictEqual(buildNodeList(nodeInputs, now));
    expect(build(SPECS.node, nodeInputs)).toStrictEqual(buildNodeDetail(nodeInputs, now, { name: 'sandbox-worker' }));
  });

  it('builds the cluster view with its polled probes, and with none before the first poll answers', () => {
    const inputs = { nodes: sandboxCapture.nodes(), pods: sandboxCapture.pods(), leases: [] };
    const def = modelDef(resolveSubscription(SPECS.cluster));
    const probes = { version: VERSION_1_33, readyz: READYZ_OK };
    expect(def.build(inputs, now, probes)).toStrictEqual(buildClusterOverview(inputs, probes, now));
    expect(def.build(inputs, now, undefined)).toStrictEqual(buildClusterOverview(inputs, { version: null, readyz: null }, now));
  });
});

describe('buildModel', () => {
  const now = new Date('2026-11-26T02:12:00Z');
  const inputs = { nodes: sandboxCapture.nodes(), pods: sandboxCapture.pods(), leases: sandboxCapture.leases() } as unknown as Record<string, KubeObject[]>;

  it("returns the view's own model built from its inputs", () => {
    const def = modelDef(resolveSubscription({ view: 'nodes', context: 'kube-explain-sandbox' }));
    expect(buildModel(def, inputs, now, undefined)).toStrictEqual({ ok: true, model: buildNodeList({ nodes: sandboxCapture.nodes(), pods: sandboxCapture.pods(), leases: sandboxCapture.leases() }, now) });
  });

  it('turns a builder that throws into the build error state the error panel shows, not an exception', () => {
    const def = { ...modelDef(resolveSubscription({ view: 'cluster' })), build: () => JSON.parse('{') as unknown };
    let message = '';
    try {
      JSON.parse('{');
    } catch (err) {
      message = (err as Error).message;
    }
    expect(buildModel(def, inputs, now, undefined)).toStrictEqual({ ok: false, error: { phase: 'error', kind: 'build', message, fix: { id: 'fix.build', params: {} }, lastEventAt: null } });
  });
});

describe('podRowOf', () => {
  const t0 = new Date('2026-11-26T02:12:00Z');
  const later = new Date('2026-11-26T02:20:00Z');

  it('projects a pod once: the same row object at any later time for a pod that never restarted', () => {
    const pod = byName(sandboxCapture.pods(), 'web-569b4d9d45-7bj98') as KubeObject;
    const first = podRowOf(pod, t0);
    expect([podRowOf(pod, later) === first, first]).toStrictEqual([true, toPodRow(pod as V1Pod, t0)]);
  });

  it('re-ages the RESTARTS text of a pod that has restarted, keeping the row object while the text stays the same (here: asked again at the same time)', () => {
    const pod = byName(sandboxCapture.pods(), 'crash-loop') as KubeObject;
    const first = podRowOf(pod, t0);
    const sameMinute = podRowOf(pod, t0);
    const aged = podRowOf(pod, later);
    expect([first.restartCount > 0 && first.lastRestartAt !== null, sameMinute === first, aged, podRowOf(pod, later) === aged]).toStrictEqual([true, true, toPodRow(pod as V1Pod, later), true]);
  });

  it('projects a replaced cache object (a new resourceVersion) afresh', () => {
    const [before, after] = [byName(sandboxCapture.pods(), 'crash-loop'), byName(sandboxCapture.podsRecaptured(), 'crash-loop')] as KubeObject[];
    podRowOf(before!, t0);
    expect(podRowOf(after!, t0)).toStrictEqual(toPodRow(after as V1Pod, t0));
  });

  it('is the projection of the pods list view', () => {
    const def = resolveSubscription({ view: 'pods' });
    expect(def.kind === 'list' && def.project).toBe(podRowOf);
  });
});
