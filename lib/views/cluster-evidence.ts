import type { V1Lease, V1Node, V1Pod } from '@kubernetes/client-node';
import type { ClusterComponent, ClusterExplanation } from '../explain/cluster';
import type { ReadyzCheck } from '../explain/cluster-readyz';
import { toIso } from '../explain/timestamps';
import { formatEvidence, readPath } from './evidence';
import { groupBy } from './indexes';

/** One observation a component's health rests on: where it was read and what it says. */
export interface EvidenceLine {
  path: string;
  value: string;
}

/**
 * A readyz check as the apiserver printed it.
 * @example readyzLine({ name: 'etcd', ok: true, excluded: false, failure: null }) → '[+]etcd ok'
 */
export function readyzLine(c: ReadyzCheck): string {
  if (c.ok) return `[+]${c.name} ${c.excluded ? 'excluded: ok' : 'ok'}`;
  return `[-]${c.name} failed: ${c.failure ?? 'reason withheld'}`;
}

type Named = { metadata?: { name?: string; namespace?: string } };

/** The overview's nodes, pods and leases grouped by name, so each evidence path is a lookup, not a scan of every pod. */
export interface ClusterEvidenceIndex {
  node: Map<string | undefined, Named[]>;
  pod: Map<string | undefined, Named[]>;
  lease: Map<string | undefined, Named[]>;
}

/**
 * Groups the overview's inputs by name once per build for resolveClusterEvidence.
 * @example clusterEvidenceIndex({ nodes, pods, leases }).pod.get('etcd-kind-control-plane')?.length → 1
 */
export function clusterEvidenceIndex(inputs: { nodes: V1Node[]; pods: V1Pod[]; leases: V1Lease[] }): ClusterEvidenceIndex {
  const byName = (list: Named[]) => groupBy(list, (o) => o.metadata?.name);
  return { node: byName(inputs.nodes), pod: byName(inputs.pods), lease: byName(inputs.leases) };
}

const REF = /^(node|pod|lease)\[([^\]]+)\]\.?(.*)$/;
const READYZ = /^readyz(?:\[([^\]]+)\])?$/;

/**
 * Resolves one of explainCluster's evidence paths to the value it points at:
 * `readyz[etcd]` → '[+]etcd ok', `node[n].status.conditions[0].status` → 'True',
 * `lease[kube-system/kube-scheduler].spec.renewTime` → the ISO renew time.
 * @example resolveClusterEvidence('version.gitVersion', ctx) → 'v1.36.3'
 */
export function resolveClusterEvidence(path: string, ctx: { cluster: ClusterExplanation; inputs: { nodes: V1Node[]; pods: V1Pod[]; leases: V1Lease[] }; index?: ClusterEvidenceIndex }): string {
  const rz = READYZ.exec(path);
  if (rz) {
    const report = ctx.cluster.readyz;
    if (!report) return '';
    if (!rz[1]) return report.verbose ? `readyz check ${report.status}` : 'ok';
    const check = report.checks.find((c) => c.name === rz[1]);
    return check ? readyzLine(check) : '';
  }
  if (path.startsWith('version.')) return formatEvidence(readPath(ctx.cluster.version, path.slice('version.'.length))) ?? '';
  const ref = REF.exec(path);
  if (!ref) return '';
  const [, kind, key = '', rest = ''] = ref;
  const [nsOrName = '', maybeName] = key.split('/');
  const ns = maybeName === undefined ? undefined : nsOrName;
  const name = maybeName ?? nsOrName;
  const match = (o: Named) => o.metadata?.name === name && (ns === undefined || (o.metadata?.namespace ?? '') === ns);
  const list: readonly Named[] = ctx.index
    ? (ctx.index[kind as keyof ClusterEvidenceIndex].get(name) ?? [])
    : kind === 'node' ? ctx.inputs.nodes : kind === 'pod' ? ctx.inputs.pods : ctx.inputs.leases;
  const obj = list.find(match);
  if (!obj) return '';
  const v = rest ? readPath(obj, rest) : obj;
  return formatEvidence(v instanceof Date ? toIso(v) : v) ?? '';
}

/**
 * A component's evidence paths with their live values, in explainCluster's order.
 * @example componentEvidence(etcd, ctx) → [{ path: 'readyz[etcd]', value: '[+]etcd ok' }, { path: 'readyz[etcd-readiness]', value: '[+]etcd-readiness ok' }]
 */
export function componentEvidence(c: ClusterComponent, ctx: Parameters<typeof resolveClusterEvidence>[1]): EvidenceLine[] {
  return c.evidence.map((path) => ({ path, value: resolveClusterEvidence(path, ctx) }));
}
