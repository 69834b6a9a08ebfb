import { describe, expect, it } from 'vitest';
import { normalizeEvents } from '../explain/pod-events';
import { eventSourceRole, flowActor } from './pod-event-source';
import { demoEvents } from './pod-detail.testdata';

describe('eventSourceRole', () => {
  it('names the reporters of the sandbox events, with KWOK as the simulated kubelet', () => {
    const roles = [...new Set(normalizeEvents(demoEvents).map((e) => `${e.component} → ${eventSourceRole(e.component)}`))].sort();
    expect(roles).toStrictEqual([
      'default-scheduler → kube-scheduler',
      'deployment-controller → kube-controller-manager',
      'job-controller → kube-controller-manager',
      'kwok_controller → kubelet-kwok',
      'replicaset-controller → kube-controller-manager',
    ]);
  });

  it('keeps a real kubelet and unknown reporters apart', () => {
    expect([eventSourceRole('kubelet'), eventSourceRole('cert-manager'), eventSourceRole(null)]).toStrictEqual(['kubelet', 'other', 'other']);
  });
});

describe('flowActor', () => {
  it('calls a node-side step simulated when its events came from KWOK', () => {
    expect(flowActor('kubelet', ['kwok_controller'], false)).toBe('kubelet-kwok');
    expect(flowActor('container-runtime', ['kwok_controller'], false)).toBe('container-runtime-kwok');
  });

  it('falls back to the node when a step has no events, and never relabels control-plane steps', () => {
    expect(flowActor('kubelet', [], true)).toBe('kubelet-kwok');
    expect(flowActor('kubelet', ['kubelet'], true)).toBe('kubelet');
    expect(flowActor('kube-scheduler', ['default-scheduler'], true)).toBe('kube-scheduler');
  });
});
