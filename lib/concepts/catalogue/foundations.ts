/**
 * The foundation half of the concept catalogue: Docker and container basics,
 * the core Kubernetes objects, the architecture, Services, storage and kubectl
 * (sections 1-8 and 14-17 of concepts-source.md). Pod lifecycle, probes,
 * conditions, reasons and node health live in lifecycle.ts.
 *
 * Texts are written from the official docs for Kubernetes 1.30+ and corrected
 * against /work/shared/reference/k8s-facts.md; each entry's `docs` links are
 * its sources.
 */
import type { ConceptEntry } from '../types';
import type { ConceptId } from '../ids';
import { dockerConcepts } from './foundations/docker';
import { objectConcepts } from './foundations/objects';
import { architectureConcepts } from './foundations/architecture';
import { serviceConcepts } from './foundations/services';
import { storageConcepts } from './foundations/storage';

/** The ids this file owns, in catalogue order. `satisfies` rejects a misspelt id. */
export const FOUNDATION_IDS = [
  'docker',
  'container-runtime',
  'image',
  'container',
  'docker-volume',
  'bind-mount',
  'tmpfs',
  'docker-network-bridge',
  'docker-network-host',
  'docker-network-none',
  'linux-namespaces',
  'cgroups',
  'union-fs',
  'container-vs-vm',
  'docker-commands',
  'kubernetes',
  'pod',
  'node',
  'namespace',
  'service',
  'label',
  'label-selector',
  'deployment',
  'replicaset',
  'job',
  'owner-references',
  'finalizers',
  'events',
  'control-plane',
  'kube-apiserver',
  'etcd',
  'kube-scheduler',
  'kube-controller-manager',
  'kubelet',
  'kube-proxy',
  'coredns',
  'lease',
  'endpointslice',
  'cluster-ip',
  'service-types',
  'service-type-cluster-ip',
  'service-type-node-port',
  'service-type-load-balancer',
  'service-type-external-name',
  'service-headless',
  'service-discovery',
  'target-port',
  'emptydir',
  'hostpath',
  'persistent-volume',
  'pvc',
  'storage-class',
  'configmap-secret-volumes',
  'host-network',
  'kubectl',
] as const satisfies readonly ConceptId[];

export type FoundationId = (typeof FOUNDATION_IDS)[number];

export const foundationConcepts: Record<FoundationId, ConceptEntry> = {
  ...dockerConcepts,
  ...objectConcepts,
  ...architectureConcepts,
  ...serviceConcepts,
  ...storageConcepts,
};
