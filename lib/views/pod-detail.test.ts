import { describe, expect, it } from 'vitest';
import { buildPodDetail, EVENT_MESSAGE_MAX, type PodDetail, type PodDetailInputs } from './pod-detail';
import * as d from './pod-detail.testdata';

const inputs: PodDetailInputs = {
  pods: [...d.demoPods, d.terminatingPod],
  events: [...d.demoEvents, ...d.terminatingEvents],
  nodes: d.demoNodes,
  services: d.demoServices,
  endpointslices: d.demoSlices,
};
const now = new Date('2026-11-26T02:12:00Z');

function detail(name: string, namespace = 'explain-demo'): PodDetail {
  const m = buildPodDetail(inputs, now, { namespace, name });
  if (!m.found) throw new Error(`${name} not found`);
  return m;
}

describe('buildPodDetail', () => {
  it('reports a pod that is gone as not found', () => {
    expect(buildPodDetail(inputs, now, { namespace: 'explain-demo', name: 'deleted' })).toStrictEqual({ found: false, namespace: 'explain-demo', name: 'deleted' });
  });

  it('diagnoses crash-loop with the live evidence values beside their paths', () => {
    const m = detail('crash-loop');
    expect(m.explanation.diagnoses.map((x) => [x.id, x.params.lastExitCode])).toStrictEqual([['crash-loop-backoff', 1]]);
    expect(m.evidence).toStrictEqual({
      'status.containerStatuses[0].state.waiting.reason': 'CrashLoopBackOff',
      'status.containerStatuses[0].lastState.terminated.exitCode': '1',
      'status.containerStatuses[0].lastState.terminated.reason': 'Error',
      'events[reason=BackOff].message': 'Back-off restarting failed container',
    });
    expect(m.node).toStrictEqual({ name: 'sandbox-worker2', runtime: 'containerd://2.1.4', simulated: true });
    expect(m.yaml).not.toContain('managedFields');
  });

  it("counts readiness-fail's Unhealthy events for its readiness probe, though KWOK recorded them without a container", () => {
    const m = detail('readiness-fail');
    expect(m.attributedEvents).toBe(6);
    expect(m.explanation.containers[0]?.probes[2]?.evidence).toStrictEqual({
      flag: false,
      failures: 86,
      lastFailureMessage: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
      lastFailureAt: '2026-11-26T02:08:15Z',
      restartsCaused: 0,
      paths: ['spec.containers[0].readinessProbe', 'status.containerStatuses[0].ready', 'events[reason=Unhealthy].message'],
    });
    expect(m.services.map((s) => [s.name, s.endpoint?.ready])).toStrictEqual([['readiness-demo', false]]);
  });

  it('decodes why unschedulable cannot be placed, and lists its events newest first', () => {
    const m = detail('unschedulable');
    expect(m.scheduling?.reasons.map((r) => [r.count, r.text])).toStrictEqual([
      [1, 'node(s) had untolerated taint(s)'],
      [2, 'Insufficient cpu'],
    ]);
    expect(m.events.map((e) => [e.reason, e.role, e.count, e.lastAt])).toStrictEqual([
      ['FailedScheduling', 'kube-scheduler', 2, '2026-11-26T02:08:12.963Z'],
      ['FailedScheduling', 'kube-scheduler', 2, '2026-11-26T02:01:17.015Z'],
      ['FailedScheduling', 'kube-scheduler', 1, '2026-11-26T01:59:20.199Z'],
    ]);
    expect(m.node).toBeNull();
  });

  it("cuts an event message over 4096 characters and counts the rest (core/v1 stores a 1 MiB one)", () => {
    const huge = '<script>x</script>' + 'm'.repeat(1024 * 1024);
    const events = inputs.events.map((e) => (e.involvedObject?.name === 'unschedulable' ? { ...e, message: huge } : e));
    const m = buildPodDetail({ ...inputs, events }, now, { namespace: 'explain-demo', name: 'unschedulable' });
    if (!m.found) throw new Error('unschedulable not found');
    expect(m.events.map((e) => [e.message.length, e.messageOmitted, e.message.slice(0, 18)])).toStrictEqual(
      Array.from({ length: 3 }, () => [EVENT_MESSAGE_MAX, huge.length - EVENT_MESSAGE_MAX, '<script>x</script>']),
    );
  });

  it('gives a Deployment pod its owner chain and its Service endpoint', () => {
    const m = detail('web-569b4d9d45-7bj98');
    expect(m.owners.map((o) => `${o.kind}/${o.name} (${o.basis})`)).toStrictEqual(['Deployment/web (event)', 'ReplicaSet/web-569b4d9d45 (owner-reference)']);
    expect(m.services).toStrictEqual([
      {
        name: 'web',
        expected: { name: 'web', listed: true, ready: true, serving: true, terminating: false, publishNotReadyAddresses: false },
        endpoint: { slice: 'web-pgjgp', ready: true, serving: true, terminating: false },
      },
    ]);
    expect(m.explanation.diagnoses).toStrictEqual([]);
  });

  it('carries the deletion deadline of a terminating pod, and puts it at Terminating', () => {
    const m = detail('slow', 'e2e-pod-capture');
    expect([m.explanation.deletionFlow?.deadline, m.explanation.deletionFlow?.gracePeriodSeconds, m.diagram.outcomes.find((o) => o.here)?.id]).toStrictEqual([
      '2026-11-26T02:12:03Z',
      20,
      'Terminating',
    ]);
    expect(m.explanation.lifecycle.columns.status).toBe('Terminating');
  });

  it("gives each pod the same model when its namespace also holds thousands of other pods' events", () => {
    // Every captured pod event again about 500 other pods (their own names and uids), and about namesakes from before (other uids).
    const noise = Array.from({ length: 500 }, (_, i) =>
      inputs.events.filter((e) => e.involvedObject.kind === 'Pod').map((e) => ({ ...e, metadata: { ...e.metadata, name: `${e.metadata.name}-${i}` }, involvedObject: { ...e.involvedObject, name: `${e.involvedObject.name}-x${i}`, uid: `other-${i}` } })),
    ).flat();
    const namesakes = inputs.events.map((e) => ({ ...e, involvedObject: { ...e.involvedObject, uid: 'a-deleted-namesake' } }));
    const crowded = { ...inputs, events: [...noise.slice(0, 9000), ...inputs.events, ...namesakes, ...noise.slice(9000)] };
    const withNamesakes = { ...inputs, events: [...inputs.events, ...namesakes] };
    for (const p of inputs.pods) {
      const id = { namespace: p.metadata?.namespace ?? '', name: p.metadata?.name ?? '' };
      expect(buildPodDetail(crowded, now, id)).toStrictEqual(buildPodDetail(withNamesakes, now, id));
    }
    expect(detail('crash-loop').events.length).toBeGreaterThan(0);
  });
});
