import { describe, expect, it } from 'vitest';
import { normalizeEvents } from '../explain/pod-events';
import { decodeScheduling } from './pod-scheduling';
import { demoEvents } from './pod-detail.testdata';

const message = normalizeEvents(demoEvents).filter((e) => e.reason === 'FailedScheduling').at(-1)?.message ?? '';

describe('decodeScheduling', () => {
  it("decodes the sandbox's unschedulable pod: 1 node tainted, 2 without enough cpu, preemption no help", () => {
    expect(decodeScheduling(message)).toStrictEqual({
      message,
      availableNodes: 0,
      totalNodes: 3,
      reasons: [
        { count: 1, text: 'node(s) had untolerated taint(s)', category: 'untolerated-taint', resource: null, taint: null },
        { count: 2, text: 'Insufficient cpu', category: 'insufficient-resource', resource: 'cpu', taint: null },
      ],
      preemption: {
        text: '0/3 nodes are available: 3 Preemption is not helpful for scheduling',
        availableNodes: 0,
        totalNodes: 3,
        reasons: [{ count: 3, text: 'Preemption is not helpful for scheduling', category: 'preemption-not-helpful', resource: null, taint: null }],
      },
    });
  });

  it('returns null for no message or one that is not a scheduling failure', () => {
    expect(decodeScheduling(null)).toBeNull();
    expect(decodeScheduling('binding rejected: pods "x" is forbidden')).toBeNull();
  });
});
