import { describe, expect, it } from 'vitest';
import { CONCEPT_IDS } from '../concepts/ids';
import { CONCEPT_GROUPS, conceptGroup } from './concept-groups';

describe('concept groups', () => {
  it('lists every catalogue concept in exactly one group', () => {
    const listed = CONCEPT_GROUPS.flatMap((g) => g.concepts);
    expect([...listed].sort()).toStrictEqual([...CONCEPT_IDS].sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('files the three probes under probes and the control plane under architecture', () => {
    expect(['liveness-probe', 'readiness-probe', 'startup-probe', 'control-plane'].map((id) => conceptGroup(id as never))).toStrictEqual(['probes', 'probes', 'probes', 'architecture']);
  });
});
