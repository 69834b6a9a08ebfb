/**
 * The columns of `kubectl get nodes [-o wide]`, ported from kubernetes
 * pkg/printers/internalversion/printers.go (printNode, findNodeRoles,
 * getNodeInternalIP, getNodeExternalIP; unchanged from v1.30 to v1.36).
 */
import type { V1Node } from '@kubernetes/client-node';
import { translateTimestampSince } from './human-duration';

export interface NodeColumns {
  status: string;
  roles: string;
  age: string;
  version: string;
  internalIP: string;
  externalIP: string;
  osImage: string;
  kernelVersion: string;
  containerRuntime: string;
}

const ROLE_PREFIX = 'node-role.kubernetes.io/';
const LEGACY_ROLE_LABEL = 'kubernetes.io/role';

/**
 * kubectl's node STATUS: "Ready" when the Ready condition is True, "NotReady"
 * when it is False or Unknown, "Unknown" when there is none; then
 * ",SchedulingDisabled" when spec.unschedulable (cordoned). Only the last
 * Ready condition counts, as printNode keeps the last one it sees.
 * @example nodeStatus(cordonedReadyNode) // 'Ready,SchedulingDisabled'
 */
export function nodeStatus(node: V1Node): string {
  const ready = (node.status?.conditions ?? []).filter((c) => c.type === 'Ready').at(-1);
  const parts = [ready === undefined ? 'Unknown' : ready.status === 'True' ? 'Ready' : 'NotReady'];
  if (node.spec?.unschedulable) parts.push('SchedulingDisabled');
  return parts.join(',');
}

/**
 * The ROLES column's roles: the suffix of every node-role.kubernetes.io/<role>
 * label plus the value of a legacy kubernetes.io/role label, sorted and de-duplicated.
 * @example nodeRoles({ metadata: { labels: { 'node-role.kubernetes.io/control-plane': '' } } }) // ['control-plane']
 */
export function nodeRoles(node: V1Node): string[] {
  const roles = new Set<string>();
  for (const [key, value] of Object.entries(node.metadata?.labels ?? {})) {
    if (key.startsWith(ROLE_PREFIX)) {
      const role = key.slice(ROLE_PREFIX.length);
      if (role.length > 0) roles.add(role);
    } else if (key === LEGACY_ROLE_LABEL && value !== '') {
      roles.add(value);
    }
  }
  return [...roles].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Every column of `kubectl get nodes -o wide` as kubectl prints it.
 * @example nodeColumns(minikube, now)
 *   // { status: 'Ready', roles: 'master', age: '25h', version: 'v1.17.0', internalIP: '192.168.64.6', externalIP: '<none>', ... }
 */
export function nodeColumns(node: V1Node, now: Date): NodeColumns {
  const info = node.status?.nodeInfo;
  const roles = nodeRoles(node).join(',');
  return {
    status: nodeStatus(node),
    roles: roles || '<none>',
    age: translateTimestampSince(node.metadata?.creationTimestamp, now),
    version: info?.kubeletVersion ?? '',
    internalIP: firstAddress(node, 'InternalIP'),
    externalIP: firstAddress(node, 'ExternalIP'),
    osImage: info?.osImage || '<unknown>',
    kernelVersion: info?.kernelVersion || '<unknown>',
    containerRuntime: info?.containerRuntimeVersion || '<unknown>',
  };
}

function firstAddress(node: V1Node, type: string): string {
  return node.status?.addresses?.find((a) => a.type === type)?.address ?? '<none>';
}
