import { LIFECYCLE_IDS } from '../ids';
import type { ConceptEntry } from '../types';
import { containerConcepts } from './lifecycle/containers';
import { flowConcepts } from './lifecycle/flows';
import { nodeConcepts } from './lifecycle/nodes';
import { phaseConcepts } from './lifecycle/phases';
import { probeConcepts } from './lifecycle/probes';

/**
 * The concepts of a Pod's and a Node's life: probes, image pulls, phases,
 * conditions, container states and reasons, restarts, resources, the create
 * and delete flows, node conditions and taints. foundations.ts holds the rest.
 * The ids this file owns are written once, in ../ids.ts.
 */
export { LIFECYCLE_IDS };

export type LifecycleId = (typeof LIFECYCLE_IDS)[number];

export const lifecycleConcepts: Record<LifecycleId, ConceptEntry> = {
  ...probeConcepts,
  ...phaseConcepts,
  ...containerConcepts,
  ...flowConcepts,
  ...nodeConcepts,
};
