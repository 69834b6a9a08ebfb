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
import { FOUNDATION_IDS } from '../ids';
import { dockerConcepts } from './foundations/docker';
import { objectConcepts } from './foundations/objects';
import { architectureConcepts } from './foundations/architecture';
import { serviceConcepts } from './foundations/services';
import { storageConcepts } from './foundations/storage';

/** The ids this file owns, written once in ../ids.ts. */
export { FOUNDATION_IDS };

export type FoundationId = (typeof FOUNDATION_IDS)[number];

export const foundationConcepts: Record<FoundationId, ConceptEntry> = {
  ...dockerConcepts,
  ...objectConcepts,
  ...architectureConcepts,
  ...serviceConcepts,
  ...storageConcepts,
};
