/**
 * Microbenchmark of the model-view builders at cluster scale, with no
 * cluster: the sandbox's captured objects (lib/testing/captured/sandbox) are
 * cloned into 30,000 pods over 300 namespaces and 1,000 nodes (unique names
 * and uids), 30,000 events about those pods and their owners, 900 Services
 * with their EndpointSlices, one ReplicaSet per namespace and a Lease per
 * node, then each builder the stream hub re-runs (every 150 ms while its
 * inputs change, per open tab) is timed on them:
 *
 *   npx tsx --conditions=react-server bench/builders.ts [--label latest] [--pods 30000]
 *   git archive <commit> lib tsconfig.json | tar -x -C /tmp/base && ln -s "$PWD/node_modules" /tmp/base/
 *   npx tsx --conditions=react-server bench/builders.ts --base /tmp/base
 *
 * The figures (median and p90 of several runs, in ms) go to
 * bench/results/builders.json under the label (default 'latest'), next to
 * the other labels already there. With `--base`, the builders of that other
 * checkout are timed too, taking turns with this one's on the same inputs,
 * and the two are written as 'before' and 'after': on a shared machine only
 * interleaved figures compare. It is a benchmark, not a test: nothing here
 * asserts a time.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { CoreV1Event, V1EndpointSlice, V1Lease, V1Node, V1Pod, V1ReplicaSet, V1Service } from '@kubernetes/client-node';
import { loadFixture } from '../lib/testing/fixtures';
import type { V1DaemonSet } from '@kubernetes/client-node';
import type * as PodDetail from '../lib/views/pod-detail';
import type * as NodeViews from '../lib/views/node-views';
import type * as ClusterOverview from '../lib/views/cluster-overview';
import type * as ServiceViews from '../lib/views/service-views';
import type * as OwnedPods from '../lib/views/owned-pods';
import type * as RelationsView from '../lib/views/relations-view';
import type * as DaemonSetDetail from '../lib/views/workloads/daemonset-detail';

/** The builders timed, from one checkout's lib/views. */
type Builders = typeof PodDetail & typeof NodeViews & typeof ClusterOverview & typeof ServiceViews & typeof OwnedPods & typeof RelationsView & typeof DaemonSetDetail;

/** Loads the builders from the checkout at `root` (this one, or `--base` for the code before a change). */
async function loadBuilders(root: string): Promise<Builders> {
  const from = (file: string) => import(path.join(root, 'lib', 'views', file));
  const modules = await Promise.all(['pod-detail.ts', 'node-views.ts', 'cluster-overview.ts', 'service-views.ts', 'owned-pods.ts', 'relations-view.ts', 'workloads/daemonset-detail.ts'].map(from));
  return Object.assign({}, ...modules) as Builders;
}

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? (process.argv[i + 1] as string) : fallback;
};
const LABEL = arg('label', 'latest');
/** Another checkout (e.g. a `git worktree` or `git archive` of the commit before a change): timed interleaved with this one, as 'before'. */
const BASE = arg('base', '');
const PODS = Number(arg('pods', '30000'));

const NAMESPACES = 300;
const NODES = 1000;
const NOW = new Date('2026-12-03T12:00:00Z');

const clone = <T>(o: T): T => structuredClone(o);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const nsName = (i: number) => `bench-${pad(i, 3)}`;
const nodeName = (i: number) => `bench-node-${pad(i, 4)}`;
const rsUid = (ns: string) => `bench-rs-${ns}`;

export interface World {
  pods: V1Pod[];
  events: CoreV1Event[];
  nodes: V1Node[];
  leases: V1Lease[];
  services: V1Service[];
  endpointslices: V1EndpointSlice[];
  replicasets: V1ReplicaSet[];
}

/** Clones the captured sandbox objects to the bench's scale (`pods` pods, as many events). */
export function makeWorld(size = PODS): World {
  const EVENTS = size;
  const podTemplates = loadFixture<V1Pod[]>('sandbox/pods.json');
  const eventTemplates = loadFixture<CoreV1Event[]>('sandbox/events.json');
  const nodeTemplates = loadFixture<V1Node[]>('sandbox/nodes.json');
  const leaseTemplate = loadFixture<V1Lease[]>('sandbox/leases.json')[0] as V1Lease;
  const serviceTemplates = loadFixture<V1Service[]>('sandbox/services.json');
  const sliceTemplates = loadFixture<V1EndpointSlice[]>('sandbox/endpointslices.json');
  const rsTemplate = (loadFixture<{ replicaSets: V1ReplicaSet[] }>('workloads/explain-demo-workloads.json').replicaSets.find((r) => r.metadata?.name === 'web-569b4d9d45')) as V1ReplicaSet;

  const nodes: V1Node[] = [];
  const leases: V1Lease[] = [];
  for (let i = 0; i < NODES; i++) {
    const n = clone(nodeTemplates[i % nodeTemplates.length] as V1Node);
    n.metadata = { ...n.metadata, name: nodeName(i), uid: `bench-node-uid-${i}`, labels: { ...n.metadata?.labels, 'kubernetes.io/hostname': nodeName(i) } };
    nodes.push(n);
    const l = clone(leaseTemplate);
    l.metadata = { ...l.metadata, name: nodeName(i), namespace: 'kube-node-lease', uid: `bench-lease-uid-${i}` };
    l.spec = { ...l.spec, holderIdentity: nodeName(i) };
    leases.push(l);
  }

  // Pod k: template k % 12, namespace k % 300, node k % 1000 (unbound templates stay unbound).
  const pods: V1Pod[] = [];
  for (let k = 0; k < size; k++) {
    const t = podTemplates[k % podTemplates.length] as V1Pod;
    const p = clone(t);
    const ns = nsName(k % NAMESPACES);
    p.metadata = {
      ...p.metadata,
      name: `${t.metadata?.name}-${k}`,
      namespace: ns,
      uid: `bench-pod-${k}`,
      ownerReferences: p.metadata?.ownerReferences?.map((r) => (r.kind === 'ReplicaSet' ? { ...r, uid: rsUid(ns) } : { ...r, uid: `${r.uid}-${ns}` })),
    };
    if (p.spec?.nodeName) p.spec.nodeName = nodeName(k % NODES);
    pods.push(p);
  }

  // Each pod (in order) gets its template's captured events, retargeted, until there are EVENTS of them.
  const templateEvents = new Map<string, CoreV1Event[]>();
  for (const e of eventTemplates) {
    const owner = e.involvedObject.kind === 'Pod' ? e.involvedObject.name : null;
    if (!owner) continue;
    templateEvents.set(owner, [...(templateEvents.get(owner) ?? []), e]);
  }
  const ownerEvents = eventTemplates.filter((e) => e.involvedObject.kind !== 'Pod');
  const events: CoreV1Event[] = [];
  let serial = 0;
  const push = (e: CoreV1Event) => {
    e.metadata = { ...e.metadata, name: `bench-event-${serial}`, uid: `bench-event-uid-${serial}`, namespace: e.involvedObject.namespace };
    serial++;
    events.push(e);
  };
  // The owners' events (ReplicaSet SuccessfulCreate, Deployment ScalingReplicaSet, Job …) once per namespace.
  for (let i = 0; i < NAMESPACES; i++) {
    for (const t of ownerEvents) {
      const e = clone(t);
      e.involvedObject = { ...e.involvedObject, namespace: nsName(i), uid: e.involvedObject.kind === 'ReplicaSet' ? rsUid(nsName(i)) : `${e.involvedObject.uid}-${nsName(i)}` };
      push(e);
    }
  }
  for (let k = 0; events.length < EVENTS; k = (k + 1) % size) {
    const p = pods[k] as V1Pod;
    const template = (podTemplates[k % podTemplates.length] as V1Pod).metadata?.name ?? '';
    for (const t of templateEvents.get(template) ?? []) {
      if (events.length >= EVENTS) break;
      const e = clone(t);
      e.involvedObject = { ...e.involvedObject, name: p.metadata?.name, namespace: p.metadata?.namespace, uid: p.metadata?.uid };
      push(e);
    }
  }

  const podsOfNs = new Map<string, V1Pod[]>();
  for (const p of pods) podsOfNs.set(p.metadata?.namespace ?? '', [...(podsOfNs.get(p.metadata?.namespace ?? '') ?? []), p]);
  const services: V1Service[] = [];
  const endpointslices: V1EndpointSlice[] = [];
  const replicasets: V1ReplicaSet[] = [];
  for (let i = 0; i < NAMESPACES; i++) {
    const ns = nsName(i);
    for (const t of serviceTemplates) {
      const s = clone(t);
      s.metadata = { ...s.metadata, namespace: ns, uid: `${t.metadata?.uid}-${ns}` };
      services.push(s);
    }
    for (const t of sliceTemplates) {
      const s = clone(t);
      s.metadata = { ...s.metadata, namespace: ns, uid: `${t.metadata?.uid}-${ns}` };
      // The slice lists the namespace's clones of the pods its template listed.
      const templates = new Set((t.endpoints ?? []).map((e) => e.targetRef?.name));
      const members = (podsOfNs.get(ns) ?? []).filter((p) => [...templates].some((n) => n && p.metadata?.name?.startsWith(`${n}-`) && /^\d+$/.test(p.metadata.name.slice(n.length + 1))));
      const base = (t.endpoints ?? [])[0];
      s.endpoints = base
        ? members.map((p, j) => ({ ...clone(base), addresses: [`10.${i % 250}.${Math.floor(j / 250)}.${j % 250}`], nodeName: p.spec?.nodeName, targetRef: { kind: 'Pod', name: p.metadata?.name, namespace: ns, uid: p.metadata?.uid } }))
        : s.endpoints;
      endpointslices.push(s);
    }
    const rs = clone(rsTemplate);
    rs.metadata = { ...rs.metadata, namespace: ns, uid: rsUid(ns) };
    replicasets.push(rs);
  }
  return { pods, events, nodes, leases, services, endpointslices, replicasets };
}

interface Figure {
  medianMs: number;
  p90Ms: number;
  runs: number;
  /** What the builder was given. */
  inputs: Record<string, number>;
}

/**
 * Runs each variant of one case a few times after a warm-up, taking turns
 * (so a busy machine slows every variant alike); stops once `budgetMs` is
 * spent, with at least 3 runs of each.
 */
function time(fns: (() => unknown)[], budgetMs = 10_000, maxRuns = 15): Omit<Figure, 'inputs'>[] {
  for (const fn of fns) fn();
  const samples: number[][] = fns.map(() => []);
  const started = performance.now();
  while ((samples[0]?.length ?? 0) < maxRuns && ((samples[0]?.length ?? 0) < 3 || performance.now() - started < budgetMs)) {
    fns.forEach((fn, i) => {
      const t0 = performance.now();
      fn();
      samples[i]?.push(performance.now() - t0);
    });
  }
  const round = (n: number) => Math.round(n * 100) / 100;
  return samples.map((list) => {
    list.sort((a, b) => a - b);
    const at = (q: number) => list[Math.min(list.length - 1, Math.floor(q * list.length))] ?? 0;
    return { medianMs: round(at(0.5)), p90Ms: round(at(0.9)), runs: list.length };
  });
}

async function main(): Promise<void> {
  const variants: [string, Builders][] = [
    ...(BASE ? ([['before', await loadBuilders(path.resolve(BASE))]] as [string, Builders][]) : []),
    [BASE ? 'after' : LABEL, await loadBuilders(path.resolve(__dirname, '..'))],
  ];
  const t0 = performance.now();
  const w = makeWorld();
  console.log(`world: ${w.pods.length} pods, ${w.events.length} events, ${w.nodes.length} nodes, ${w.services.length} services, ${w.endpointslices.length} slices (${Math.round(performance.now() - t0)} ms)`);

  const ns = nsName(1);
  const inNs = <T extends { metadata?: { namespace?: string } }>(list: T[]) => list.filter((o) => o.metadata?.namespace === ns);
  // Pod 1 is the crash-loop pod's first clone, in namespace 1, with its 11 captured events.
  const target = w.pods[1] as V1Pod;
  const id = { namespace: ns, name: target.metadata?.name ?? '' };
  const nsInputs = { pods: inNs(w.pods), events: inNs(w.events), nodes: w.nodes, services: inNs(w.services), endpointslices: inNs(w.endpointslices), replicasets: inNs(w.replicasets), jobs: [] };
  // The same pod when every pod and event is in its namespace: what a one-namespace cluster hands the builder.
  const wideInputs = { pods: w.pods, events: w.events, nodes: w.nodes, services: w.services, endpointslices: w.endpointslices, replicasets: w.replicasets, jobs: [] };
  const cluster = { nodes: w.nodes, pods: w.pods, leases: w.leases };
  const node = nodeName(1);
  const probes = { version: { gitVersion: 'v1.36.3' }, readyz: null };

  // A DaemonSet (the captured 'logs', which tolerates the control-plane taint) with one pod on each of the 1,000 nodes.
  const dsCapture = loadFixture<{ daemonSets: V1DaemonSet[]; pods: V1Pod[] }>('workloads/ds-steady.json');
  const daemonSet = { ...(dsCapture.daemonSets.find((d) => d.metadata?.name === 'logs') as V1DaemonSet), metadata: { ...dsCapture.daemonSets.find((d) => d.metadata?.name === 'logs')?.metadata, namespace: ns } };
  const dsPodTemplate = dsCapture.pods.find((p) => p.metadata?.name?.startsWith('logs-')) as V1Pod;
  const dsPods = w.nodes.map((n, i) => {
    const p = clone(dsPodTemplate);
    p.metadata = { ...p.metadata, name: `logs-${i}`, namespace: ns, uid: `bench-ds-pod-${i}` };
    p.spec = { ...(p.spec as NonNullable<V1Pod['spec']>), nodeName: n.metadata?.name };
    return p;
  });
  const dsInputs = { daemonsets: [daemonSet], pods: [...inNs(w.pods), ...dsPods], nodes: w.nodes };
  // What the relations view reads for each centre (lib/k8s/subscriptions-relations): a Node, every pod and node; a Pod, its namespace.
  const relNode = { pods: w.pods, nodes: w.nodes };
  const relPod = { pods: nsInputs.pods, services: nsInputs.services, endpointslices: nsInputs.endpointslices, nodes: w.nodes, replicasets: nsInputs.replicasets, events: nsInputs.events };

  const count = (o: Record<string, unknown[]>) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v.length]));
  const cases: [string, Record<string, unknown[]>, (b: Builders) => unknown][] = [
    ['buildPodDetail (namespace inputs)', nsInputs, (b) => b.buildPodDetail(nsInputs, NOW, id)],
    ['buildPodDetail (every pod and event in its namespace)', wideInputs, (b) => b.buildPodDetail(wideInputs, NOW, id)],
    ['buildNodeList', cluster, (b) => b.buildNodeList(cluster, NOW)],
    ['buildNodeDetail', cluster, (b) => b.buildNodeDetail(cluster, NOW, { name: node })],
    ['buildClusterOverview', cluster, (b) => b.buildClusterOverview(cluster, probes, NOW)],
    ['buildServiceList (one namespace)', { services: inNs(w.services), endpointslices: inNs(w.endpointslices), pods: inNs(w.pods) }, (b) => b.buildServiceList({ services: inNs(w.services), endpointslices: inNs(w.endpointslices), pods: inNs(w.pods) }, NOW)],
    ['buildServiceList (all namespaces)', { services: w.services, endpointslices: w.endpointslices, pods: w.pods }, (b) => b.buildServiceList(w, NOW)],
    ['buildServiceDetail (web, every pod in its namespace)', { services: w.services, endpointslices: w.endpointslices, pods: w.pods }, (b) => b.buildServiceDetail({ services: w.services, endpointslices: w.endpointslices, pods: w.pods.map((p) => p) }, NOW, { namespace: ns, name: 'web' })],
    ['buildDaemonSetDetail (a pod on each of 1,000 nodes)', dsInputs, (b) => b.buildDaemonSetDetail(dsInputs, NOW, { namespace: ns, name: 'logs' })],
    ['buildRelationsView (Node centre, all pods)', relNode, (b) => b.buildRelationsView(relNode, NOW, { kind: 'Node', namespace: null, name: node })],
    ['buildRelationsView (Pod centre, namespace inputs)', relPod, (b) => b.buildRelationsView(relPod, NOW, { kind: 'Pod', namespace: ns, name: id.name })],
    ['buildOwnedPods (Deployment/web, all namespaces)', { pods: w.pods, replicasets: w.replicasets }, (b) => b.buildOwnedPods({ pods: w.pods, replicasets: w.replicasets }, NOW, { kind: 'Deployment', name: 'web' })],
  ];

  const figures: Record<string, Record<string, Figure>> = Object.fromEntries(variants.map(([label]) => [label, {}]));
  for (const [name, inputs, fn] of cases) {
    const timed = time(variants.map(([, b]) => () => fn(b)));
    const line = variants.map(([label], i) => {
      const f = { ...(timed[i] as Omit<Figure, 'inputs'>), inputs: count(inputs) };
      (figures[label] as Record<string, Figure>)[name] = f;
      return `${label} ${String(f.medianMs).padStart(9)} ms (p90 ${f.p90Ms}, ${f.runs} runs)`;
    });
    console.log(`${name.padEnd(56)} ${line.join('   ')}`);
  }

  const out = path.resolve(__dirname, 'results', 'builders.json');
  mkdirSync(path.dirname(out), { recursive: true });
  const previous = existsSync(out) ? (JSON.parse(readFileSync(out, 'utf8')) as Record<string, unknown>) : {};
  const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', node: process.version, loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100) };
  const scale = { pods: w.pods.length, namespaces: NAMESPACES, nodes: w.nodes.length, events: w.events.length, services: w.services.length, endpointslices: w.endpointslices.length };
  const at = new Date().toISOString();
  const result = { ...previous };
  for (const [label] of variants) result[label] = { at, interleaved: variants.length > 1, machine, scale, figures: figures[label] };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)} [${variants.map(([label]) => label).join(', ')}]`);
}

// Run only when executed, so the world can be imported by a comparison script.
if (process.argv[1] && path.resolve(process.argv[1]) === __filename) void main();
