import { describe, expect, it } from 'vitest';
import type { V1PersistentVolumeClaim } from '@kubernetes/client-node';
import { eventsForPod, normalizeEvents } from '../../explain/pod-events';
import { explainConfigMap, explainSecret } from '../../explain/storage/config-objects';
import { diagnosePodStorage } from '../../explain/storage/pod-storage';
import { explainPersistentVolume } from '../../explain/storage/pv';
import { explainPersistentVolumeClaim } from '../../explain/storage/pvc';
import type { Diagnosis } from '../../explain/types';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { diagnoses, diagnosisText } from '..';
import { LOCALES, STORAGE_DIAGNOSIS_IDS } from '../ids';
import { STORAGE_DIAGNOSIS_PARAMS } from './storage-diagnoses';

/** Every storage diagnosis the engine emits on the sandbox captures, with the identity the UI would merge in. */
function emitted(): { identity: Record<string, string>; diagnosis: Diagnosis }[] {
  const out: { identity: Record<string, string>; diagnosis: Diagnosis }[] = [];
  for (const name of ['claims-created', 'final'] as const) {
    const s = loadStorageSnapshot(name);
    const now = new Date(s.capturedAt);
    const events = normalizeEvents(s.events);
    const objects = { configMaps: s.configMaps, secrets: s.secrets };
    const claims: V1PersistentVolumeClaim[] = [...s.persistentVolumeClaims];
    // Causes no capture holds: a provisioner's own failure, and a claim naming its volume.
    const failing = structuredClone(s.persistentVolumeClaims.find((c) => c.metadata?.name === 'provisioner-claim')!);
    failing.metadata = { ...failing.metadata, name: 'failing-claim', uid: 'edited' };
    const named = structuredClone(s.persistentVolumeClaims.find((c) => c.metadata?.name === 'nomatch-claim')!);
    named.metadata = { ...named.metadata, name: 'named-claim', uid: 'edited' };
    named.spec = { ...named.spec, volumeName: 'hi-pv-small' };
    claims.push(failing, named);
    const failingEvents = [
      ...events,
      { ...events[0]!, reason: 'ProvisioningFailed', message: 'rpc error: quota exceeded', involvedKind: 'PersistentVolumeClaim', involvedName: 'failing-claim', involvedUid: null, lastAt: s.capturedAt },
    ];
    for (const claim of claims) {
      for (const diagnosis of explainPersistentVolumeClaim({ claim, volumes: s.persistentVolumes, classes: s.storageClasses, pods: s.pods, events: failingEvents, now }).diagnoses) {
        out.push({ identity: {}, diagnosis });
      }
    }
    for (const volume of s.persistentVolumes) {
      for (const diagnosis of explainPersistentVolume({ volume, claims, classes: s.storageClasses, nodes: s.nodes, events }).diagnoses) out.push({ identity: {}, diagnosis });
    }
    for (const pod of s.pods) {
      const identity = { pod: pod.metadata?.name ?? '', namespace: pod.metadata?.namespace ?? '' };
      const podEvents = eventsForPod(events, identity.pod, pod.metadata?.uid);
      for (const diagnosis of diagnosePodStorage({ pod, claims, volumes: s.persistentVolumes, nodes: s.nodes, objects, events: podEvents })) out.push({ identity, diagnosis });
    }
    const holders = { pods: s.pods, deployments: s.deployments, replicaSets: s.replicaSets, cronJobs: s.cronJobs };
    for (const cm of s.configMaps) for (const diagnosis of explainConfigMap(cm, { holders, objects }).diagnoses) out.push({ identity: {}, diagnosis });
    for (const secret of s.secrets) for (const diagnosis of explainSecret(secret, { holders, objects }).diagnoses) out.push({ identity: {}, diagnosis });
  }
  return out;
}

describe('storage diagnoses against the explain engine', () => {
  const all = emitted();

  it('emits every storage diagnosis id from real captures (two causes from edited copies)', () => {
    expect([...new Set(all.map((e) => e.diagnosis.id))].sort()).toStrictEqual([...STORAGE_DIAGNOSIS_IDS].sort());
  });

  it('always fills every param its text uses', () => {
    for (const { identity, diagnosis } of all) {
      const allowed = STORAGE_DIAGNOSIS_PARAMS[diagnosis.id as keyof typeof STORAGE_DIAGNOSIS_PARAMS];
      for (const p of allowed) expect(Object.keys({ ...diagnosis.params, ...identity }), `${diagnosis.id}: ${p}`).toContain(p);
    }
  });

  it('points each emitted diagnosis only at concepts its catalogue entry names, so the chips and the concept links agree', () => {
    for (const { diagnosis } of all) {
      expect(diagnosis.conceptIds.length, diagnosis.id).toBeGreaterThan(0);
      expect(diagnoses[diagnosis.id].conceptIds, diagnosis.id).toEqual(expect.arrayContaining(diagnosis.conceptIds));
    }
  });

  it('renders engine output without a raw placeholder in either language', () => {
    for (const { identity, diagnosis } of all) {
      for (const locale of LOCALES) {
        const text = diagnosisText(diagnosis.id, locale, { ...diagnosis.params, ...identity });
        for (const field of ['title', 'summary', 'nextStep'] as const) expect(text[field], `${diagnosis.id}.${locale}.${field}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
