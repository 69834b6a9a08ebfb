import { CONCEPT_GROUPS as GROUPS, type ConceptGroupId, type ConceptId } from '../concepts/ids';

export type { ConceptGroupId };

/**
 * The catalogue's sections as a learner meets them: containers first, then
 * the objects, who runs them, how a Pod lives, and the tools. The lists live
 * in lib/concepts/ids.ts, the one place concept ids are written; every concept
 * is in exactly one group (concept-groups.test.ts proves it).
 */
export const CONCEPT_GROUPS: readonly { id: ConceptGroupId; concepts: readonly ConceptId[] }[] = GROUPS;

const GROUP_OF = new Map<ConceptId, ConceptGroupId>(CONCEPT_GROUPS.flatMap((g) => g.concepts.map((c) => [c, g.id] as const)));

/**
 * The section a concept is listed under.
 * @example conceptGroup('liveness-probe') → 'probes'
 */
export function conceptGroup(id: ConceptId): ConceptGroupId {
  return GROUP_OF.get(id) ?? 'objects';
}
