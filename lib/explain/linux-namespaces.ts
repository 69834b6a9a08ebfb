import type { V1Pod } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';

/**
 * Which Linux namespaces the containers of a pod share (docs:
 * concepts/workloads/pods; tasks/configure-pod-container/share-process-namespace):
 * network, IPC and UTS are shared by all containers of the pod; PID only with
 * spec.shareProcessNamespace: true; the mount namespace is never shared
 * (containers share files through volumes). hostNetwork / hostPID / hostIPC
 * put the pod in the node's namespace instead; with hostNetwork the UTS
 * namespace (hostname) is the node's too.
 */

/** Linux namespaces a pod can share or take from the host. */
export type NamespaceKind = 'network' | 'ipc' | 'uts' | 'pid' | 'mount' | 'user';

/** Whether the containers of the pod share one namespace kind, or use the node's. */
export interface NamespaceExplanation {
  kind: NamespaceKind;
  /** Shared by the containers of this pod. */
  sharedInPod: boolean;
  /** The node's own namespace is used (hostNetwork, hostIPC, hostPID; hostUsers for user). */
  host: boolean;
  /** The field that decides it, null when nothing in the spec can change it. */
  field: string | null;
  /** The closest `docker run` flag for this pod's setting, e.g. '--network host'. */
  dockerEquivalent: string | null;
  conceptIds: ConceptId[];
}

/**
 * The namespace table for a pod.
 * @example explainNamespaces(pod).find((n) => n.kind === 'pid') // { sharedInPod: false, host: false, field: 'spec.shareProcessNamespace', dockerEquivalent: null, … }
 */
export function explainNamespaces(pod: V1Pod): NamespaceExplanation[] {
  const spec = pod.spec;
  const hostNetwork = spec?.hostNetwork === true;
  const hostIPC = spec?.hostIPC === true;
  const hostPID = spec?.hostPID === true;
  const sharePid = spec?.shareProcessNamespace === true;
  // hostUsers defaults to true: without user namespaces, container root is node root.
  const hostUsers = spec?.hostUsers !== false;
  const ns: ConceptId[] = ['linux-namespaces'];
  return [
    {
      kind: 'network',
      sharedInPod: true,
      host: hostNetwork,
      field: 'spec.hostNetwork',
      // One IP per pod is what Docker's bridge mode gives one container; other containers join it.
      dockerEquivalent: hostNetwork ? '--network host' : '--network container:<first>',
      conceptIds: hostNetwork ? [...ns, 'host-network', 'docker-network-host'] : [...ns, 'docker-network-bridge'],
    },
    {
      kind: 'ipc',
      sharedInPod: true,
      host: hostIPC,
      field: 'spec.hostIPC',
      dockerEquivalent: hostIPC ? '--ipc host' : '--ipc container:<first>',
      conceptIds: ns,
    },
    {
      kind: 'uts',
      sharedInPod: true,
      host: hostNetwork,
      field: 'spec.hostNetwork',
      dockerEquivalent: hostNetwork ? '--uts host' : null,
      conceptIds: ns,
    },
    {
      kind: 'pid',
      sharedInPod: sharePid || hostPID,
      host: hostPID,
      field: hostPID ? 'spec.hostPID' : 'spec.shareProcessNamespace',
      dockerEquivalent: hostPID ? '--pid host' : sharePid ? '--pid container:<first>' : null,
      conceptIds: ns,
    },
    { kind: 'mount', sharedInPod: false, host: false, field: null, dockerEquivalent: null, conceptIds: [...ns, 'docker-volume'] },
    {
      kind: 'user',
      sharedInPod: true,
      host: hostUsers,
      field: 'spec.hostUsers',
      // Docker remaps users daemon-wide (userns-remap), not per container.
      dockerEquivalent: null,
      conceptIds: ns,
    },
  ];
}
