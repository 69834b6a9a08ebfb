import type { CoreV1Event, V1EndpointSlice, V1Lease, V1Namespace, V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import { loadFixture } from './fixtures';

/**
 * Typed access to the real objects captured from the sandbox cluster, kept as
 * JSON under lib/testing/captured/sandbox/ (its README.md says when and how
 * each file was captured). Each call reads the file again, so every caller
 * gets its own copy. Used only by *.test.ts files and their *.testdata.ts.
 */
export const sandboxCapture = {
  /** explain-demo's pods at 02:10:09Z, then e2e-pod-capture/slow 3 s after its delete request. */
  pods: () => loadFixture<V1Pod[]>('sandbox/pods.json'),
  /** crash-loop (managedFields kept), readiness-fail and slow-delete (deleting) again at ~02:11:17Z. */
  podsRecaptured: () => loadFixture<V1Pod[]>('sandbox/pods-recaptured.json'),
  /** e2e-pod-capture/init-steps at Init:0/2, Init:1/2 and Running. */
  podsInitSteps: () => loadFixture<V1Pod[]>('sandbox/pods-init-steps.json'),
  /** Events of explain-demo, then of e2e-pod-capture's init-steps and slow pods. */
  events: () => loadFixture<CoreV1Event[]>('sandbox/events.json'),
  /** The three KWOK nodes at 02:10:09Z. */
  nodes: () => loadFixture<V1Node[]>('sandbox/nodes.json'),
  /** The same nodes at ~02:11:17Z (later heartbeats). */
  nodesRecaptured: () => loadFixture<V1Node[]>('sandbox/nodes-recaptured.json'),
  /** explain-demo's Services, last-applied annotation removed and no annotations left. */
  services: () => loadFixture<V1Service[]>('sandbox/services.json'),
  /** The same Services with the emptied `annotations: {}` kept. */
  servicesRecaptured: () => loadFixture<V1Service[]>('sandbox/services-recaptured.json'),
  endpointSlices: () => loadFixture<V1EndpointSlice[]>('sandbox/endpointslices.json'),
  /** The nodes' kube-node-lease Leases at 02:10:09Z. */
  leases: () => loadFixture<V1Lease[]>('sandbox/leases.json'),
  /** The Namespaces default, explain-demo and kube-system (a later sandbox run, 2026-12-03). */
  namespaces: () => loadFixture<V1Namespace[]>('sandbox/namespaces.json'),
};

/** The object of `list` named `name`; throws rather than hand a test undefined. */
export function byName<T extends { metadata?: { name?: string } }>(list: readonly T[], name: string): T {
  const found = list.find((o) => o.metadata?.name === name);
  if (!found) throw new Error(`no captured object named ${name}`);
  return found;
}
