import { describe, expect, it } from 'vitest';
import { conditionConcept, eventConcept, phaseConcept, stateConcept } from './history-concepts';

// Reasons and messages as the sandbox's explain-demo namespace reported them (kubelet and KWOK wording).
describe('eventConcept', () => {
  it('explains the events of a pod starting, crash-looping and failing its probes', () => {
    const seen: [string, string][] = [
      ['Scheduled', 'Successfully assigned explain-demo/crash-loop to sandbox-worker2'],
      ['Pulling', 'Pulling image'],
      ['Pulled', 'Successfully pulled image'],
      ['Created', 'Created container'],
      ['Started', 'Started container'],
      ['BackOff', 'Back-off restarting failed container'],
      ['Unhealthy', 'Readiness probe failed: HTTP probe failed with statuscode: 503'],
      ['Unhealthy', 'Liveness probe failed: Get "http://10.244.1.5:8080/healthz": dial tcp: connection refused'],
      ['Killing', 'Container app failed liveness probe, will be restarted'],
      ['Killing', 'Stopping container'],
      ['FailedScheduling', '0/3 nodes are available: 3 Insufficient cpu.'],
    ];
    expect(seen.map(([r, m]) => eventConcept(r, m))).toStrictEqual([
      'condition-pod-scheduled',
      'image-pull-policy',
      'image-pull-policy',
      'container-states',
      'container-states',
      'reason-crash-loop-backoff',
      'readiness-probe',
      'liveness-probe',
      'liveness-probe',
      'pod-deletion-flow',
      'kube-scheduler',
    ]);
  });

  it('tells an image pull back-off and pull failures from a crash loop', () => {
    expect([
      eventConcept('BackOff', 'Back-off pulling image "nginx:does-not-exist"'),
      eventConcept('Failed', 'Failed to pull image: rpc error: code = NotFound desc = failed to pull and unpack image: not found'),
      eventConcept('Failed', 'Error: ImagePullBackOff'),
      eventConcept('Failed', 'Error: configmap "missing" not found'),
    ]).toStrictEqual(['reason-image-pull-backoff', 'reason-err-image-pull', 'reason-image-pull-backoff', 'container-states']);
  });

  it('explains workload events and falls back to events in general for a reason it does not know', () => {
    expect([eventConcept('SuccessfulCreate', 'Created pod: complete-job-66t9g'), eventConcept('BackoffLimitExceeded', 'Job has reached the specified backoff limit'), eventConcept('Frobnicated', 'x')]).toStrictEqual([
      'self-healing',
      'job-failure-handling',
      'events',
    ]);
  });
});

describe('conditionConcept, phaseConcept, stateConcept', () => {
  it('name the concept of each condition type, phase and container reason', () => {
    expect([conditionConcept('PodScheduled'), conditionConcept('Ready'), conditionConcept('example.com/feature-gate')]).toStrictEqual(['condition-pod-scheduled', 'condition-ready', 'pod-conditions']);
    expect([phaseConcept('Succeeded'), phaseConcept(null)]).toStrictEqual(['phase-succeeded', 'pod-phase']);
    expect([stateConcept('waiting', 'CrashLoopBackOff'), stateConcept('terminated', 'Error'), stateConcept('running', null), stateConcept('waiting', 'Whatever')]).toStrictEqual([
      'reason-crash-loop-backoff',
      'reason-error',
      'container-states',
      'container-states',
    ]);
  });
});
