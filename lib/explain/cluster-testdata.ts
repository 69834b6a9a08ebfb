/**
 * Test data for the cluster explainer: API answers shaped exactly like a
 * kind / kubeadm 1.3x control plane returns them, and kube-system pods derived
 * from a real kind capture. Used only by *.test.ts files.
 */
import type { V1Lease, V1Pod, VersionInfo } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';

/**
 * `kubectl get --raw='/readyz?verbose'` from a healthy 1.3x apiserver, assembled line by line
 * from published outputs of kind 1.29 and kubeadm 1.31+ apiservers.
 */
export const READYZ_OK = `[+]ping ok
[+]log ok
[+]etcd ok
[+]etcd-readiness ok
[+]informer-sync ok
[+]poststarthook/start-apiserver-admission-initializer ok
[+]poststarthook/generic-apiserver-start-informers ok
[+]poststarthook/priority-and-fairness-config-consumer ok
[+]poststarthook/priority-and-fairness-filter ok
[+]poststarthook/storage-object-count-tracker-hook ok
[+]poststarthook/start-apiextensions-informers ok
[+]poststarthook/start-apiextensions-controllers ok
[+]poststarthook/crd-informer-synced ok
[+]poststarthook/start-system-namespaces-controller ok
[+]poststarthook/start-cluster-authentication-info-controller ok
[+]poststarthook/start-kube-apiserver-identity-lease-controller ok
[+]poststarthook/start-kube-apiserver-identity-lease-garbage-collector ok
[+]poststarthook/storage-readiness ok
[+]poststarthook/start-legacy-token-tracking-controller ok
[+]poststarthook/start-service-ip-repair-controllers ok
[+]poststarthook/rbac/bootstrap-roles ok
[+]poststarthook/scheduling/bootstrap-system-priority-classes ok
[+]poststarthook/priority-and-fairness-config-producer ok
[+]poststarthook/bootstrap-controller ok
[+]poststarthook/start-kubernetes-service-cidr-controller ok
[+]poststarthook/aggregator-reload-proxy-client-cert ok
[+]poststarthook/start-kube-aggregator-informers ok
[+]poststarthook/apiservice-status-local-available-controller ok
[+]poststarthook/apiservice-status-remote-available-controller ok
[+]poststarthook/apiservice-registration-controller ok
[+]poststarthook/apiservice-discovery-controller ok
[+]poststarthook/kube-apiserver-autoregistration ok
[+]autoregister-completion ok
[+]poststarthook/apiservice-openapi-controller ok
[+]poststarthook/apiservice-openapiv3-controller ok
[+]shutdown ok
readyz check passed
`;

/** The same apiserver with etcd unreachable: both etcd checks fail and the answer (HTTP 500) ends "check failed". */
export const READYZ_ETCD_DOWN = READYZ_OK.replace('[+]etcd ok', '[-]etcd failed: reason withheld')
  .replace('[+]etcd-readiness ok', '[-]etcd-readiness failed: reason withheld')
  .replace('readyz check passed', 'readyz check failed');

/** GET /version of a kind v1.33 apiserver (commit and build date illustrative). */
export const VERSION_1_33: VersionInfo = {
  major: '1',
  minor: '33',
  emulationMajor: '1',
  emulationMinor: '33',
  minCompatibilityMajor: '1',
  minCompatibilityMinor: '32',
  gitVersion: 'v1.33.1',
  gitCommit: '8adc0f041b8e7ad1d30e29cc59c6ae7a15e19828',
  gitTreeState: 'clean',
  buildDate: '2025-05-15T08:19:08Z',
  goVersion: 'go1.24.2',
  compiler: 'gc',
  platform: 'linux/amd64',
};

/** A leader-election Lease in kube-system as client-go writes it (MicroTime with microseconds). */
export function leaderLeaseObject(name: string, renewTime: string, holder = 'kind-control-plane'): V1Lease {
  return {
    apiVersion: 'coordination.k8s.io/v1',
    kind: 'Lease',
    metadata: {
      name,
      namespace: 'kube-system',
      uid: name === 'kube-scheduler' ? 'c3b1f2de-8f1e-4f0c-a0f4-1f0b7d3c9e21' : '9d2e6a41-3c77-4b5e-8e0a-6f4b2c1d7a90',
      resourceVersion: '41873',
      creationTimestamp: '2025-05-20T09:14:31Z',
    },
    spec: {
      acquireTime: '2025-05-20T09:14:31.562173Z',
      holderIdentity: `${holder}_7c1f0a1e-5b52-4a57-9d07-2f3f0f0e8d11`,
      leaseDurationSeconds: 15,
      leaseTransitions: 0,
      renewTime,
    },
  } as unknown as V1Lease;
}

/** The apiserver's identity Lease, which also lives in kube-system and must not be mistaken for a leader lease. */
export const APISERVER_IDENTITY_LEASE = {
  apiVersion: 'coordination.k8s.io/v1',
  kind: 'Lease',
  metadata: {
    name: 'apiserver-xhxcfn7gx4uvuwj4x5ygy5ixbi',
    namespace: 'kube-system',
    labels: { 'apiserver.kubernetes.io/identity': 'kube-apiserver', 'kubernetes.io/hostname': 'kind-control-plane' },
  },
  spec: {
    holderIdentity: 'apiserver-xhxcfn7gx4uvuwj4x5ygy5ixbi_0b6cde1e-3f7a-4d8d-a3c4-2c4c0bf1b7f2',
    leaseDurationSeconds: 3600,
    renewTime: '2025-05-20T10:02:05.000000Z',
  },
} as unknown as V1Lease;

/** The real kind capture (node kind-control-plane, Ready condition at index 2) the system pods are derived from. */
const KIND_POD = loadFixture<V1Pod>('pods/kind-native-sidecar-init-completed-running.json');

/**
 * A kube-system pod derived from the real kind capture: renamed, relabelled,
 * optionally a static (mirror) pod, not ready, or restarted.
 */
export function kindSystemPod(
  name: string,
  labels: Record<string, string>,
  options: { mirror?: boolean; ready?: boolean; restarts?: number; phase?: string } = {},
): V1Pod {
  const pod = structuredClone(KIND_POD);
  pod.metadata = {
    ...pod.metadata,
    name,
    namespace: 'kube-system',
    labels,
    annotations: options.mirror
      ? {
          'kubernetes.io/config.hash': '2f7c1d0a6e3b4c5d8e9f0a1b2c3d4e5f',
          'kubernetes.io/config.mirror': '2f7c1d0a6e3b4c5d8e9f0a1b2c3d4e5f',
          'kubernetes.io/config.seen': '2025-05-20T09:14:20.481273052Z',
          'kubernetes.io/config.source': 'file',
        }
      : {},
  };
  if (options.ready === false) {
    for (const c of pod.status?.conditions ?? []) {
      if (c.type === 'Ready' || c.type === 'ContainersReady') Object.assign(c, { status: 'False', reason: 'ContainersNotReady' });
    }
  }
  const first = pod.status?.containerStatuses?.[0];
  if (first && options.restarts !== undefined) first.restartCount = options.restarts;
  if (options.phase && pod.status) pod.status.phase = options.phase;
  return pod;
}
