import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { explainPod } from '../explain/pod';
import { attributeContainerEvents } from '../explain/pod-event-attribution';
import { probeVerdict } from './pod-probe-view';
import { demoEvents, demoPods } from './pod-detail.testdata';

const now = new Date('2026-11-26T02:12:00Z');
const verdicts = (name: string) => {
  const pod = demoPods.find((p) => p.metadata?.name === name) as V1Pod;
  const { events } = attributeContainerEvents(pod, demoEvents);
  return explainPod(pod, { now, events }).containers.flatMap((c) => c.probes.map((p) => `${c.name}/${p.kind}:${probeVerdict(p, c)}`));
};

describe('probeVerdict', () => {
  it('calls the readiness probe of readiness-fail failing, with its Unhealthy events as evidence', () => {
    expect(verdicts('readiness-fail')).toStrictEqual(['app/startup:none', 'app/liveness:none', 'app/readiness:failing']);
  });

  it('calls a probe of a container that is not running idle', () => {
    const container = explainPod(demoPods.find((p) => p.metadata?.name === 'crash-loop') as V1Pod, { now }).containers[0];
    const readiness = { ...container!.probes[2]!, configured: true };
    expect(probeVerdict(readiness, container!)).toBe('idle');
  });

  it('holds liveness while a startup probe has not passed, and fails liveness only for the running instance', () => {
    const pod = demoPods.find((p) => p.metadata?.name === 'readiness-fail') as V1Pod;
    const c = explainPod(pod, { now }).containers[0]!;
    const liveness = { ...c.probes[1]!, configured: true, gatedByStartup: true };
    expect(probeVerdict(liveness, { ...c, started: false })).toBe('gated');
    const old = { ...liveness, gatedByStartup: false, evidence: { ...liveness.evidence, failures: 3, lastFailureAt: '2026-11-26T01:00:00Z' } };
    expect(probeVerdict(old, c)).toBe('passing');
    expect(probeVerdict({ ...old, evidence: { ...old.evidence, lastFailureAt: '2026-11-26T02:11:00Z' } }, c)).toBe('failing');
  });
});
