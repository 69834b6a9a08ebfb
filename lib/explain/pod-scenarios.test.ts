import { describe, expect, it } from 'vitest';
import { byName, sandboxCapture } from '../testing/sandbox-capture';
import { explainPod } from './pod';
import { podColumns } from './pod-columns';

// One captured pod per sandbox scenario (explain-demo, 02:10:09Z), explained
// with the namespace's captured events, the pod's node and the Services, at
// a fixed moment 21 s after the capture. KWOK's events carry no fieldPath,
// so this also proves container events are attributed from the pod spec.
const pods = sandboxCapture.pods();
const events = sandboxCapture.events();
const nodes = sandboxCapture.nodes();
const services = sandboxCapture.services();
const now = new Date('2026-11-26T02:10:30Z');

function explain(name: string) {
  const pod = byName(pods, name);
  const node = nodes.find((n) => n.metadata?.name === pod.spec?.nodeName);
  return { pod, result: explainPod(pod, { now, events, node, services }) };
}

describe('explainPod on the sandbox scenarios', () => {
  it('diagnoses crash-loop as CrashLoopBackOff with the last exit code and the back-off the kubelet announced', () => {
    const { pod, result } = explain('crash-loop');
    expect(podColumns(pod, now)).toStrictEqual({ ready: '0/1', status: 'CrashLoopBackOff', restarts: '6 (5m43s ago)', restartCount: 6, lastRestartAt: '2026-11-26T02:04:47Z' });
    expect(result.diagnoses).toStrictEqual([
      {
        id: 'crash-loop-backoff',
        severity: 'critical',
        conceptIds: ['reason-crash-loop-backoff', 'restart-policy', 'reason-error'],
        params: { container: 'app', restartCount: 6, backoffSeconds: 300, lastExitCode: 1, lastReason: 'Error' },
        evidence: [
          'status.containerStatuses[0].state.waiting.reason',
          'status.containerStatuses[0].lastState.terminated.exitCode',
          'status.containerStatuses[0].lastState.terminated.reason',
          'events[reason=BackOff].message',
        ],
      },
    ]);
  });

  it('diagnoses oom-killed as both crash-looping and OOMKilled against its 64Mi limit', () => {
    expect(explain('oom-killed').result.diagnoses).toStrictEqual([
      {
        id: 'crash-loop-backoff',
        severity: 'critical',
        conceptIds: ['reason-crash-loop-backoff', 'restart-policy', 'reason-oom-killed'],
        params: { container: 'app', restartCount: 6, backoffSeconds: 300, lastExitCode: 137, lastReason: 'OOMKilled' },
        evidence: [
          'status.containerStatuses[0].state.waiting.reason',
          'status.containerStatuses[0].lastState.terminated.exitCode',
          'status.containerStatuses[0].lastState.terminated.reason',
        ],
      },
      {
        id: 'oom-killed',
        severity: 'critical',
        conceptIds: ['reason-oom-killed', 'resources', 'cgroups'],
        params: { container: 'app', memoryLimit: '64Mi', exitCode: 137, when: 'last' },
        evidence: ['status.containerStatuses[0].lastState.terminated.reason', 'spec.containers[0].resources.limits'],
      },
    ]);
  });

  it('diagnoses image-pull-backoff with the image and the pull policy that applied', () => {
    expect(explain('image-pull-backoff').result.diagnoses).toStrictEqual([
      {
        id: 'image-pull-failed',
        severity: 'critical',
        conceptIds: ['reason-image-pull-backoff', 'image', 'image-pull-policy'],
        params: {
          container: 'app',
          image: 'registry.example.invalid/team/does-not-exist:v9.9.9',
          reason: 'ImagePullBackOff',
          message: 'Back-off pulling image "registry.example.invalid/team/does-not-exist:v9.9.9"',
          pullPolicy: 'IfNotPresent',
        },
        evidence: ['status.containerStatuses[0].state.waiting.reason', 'status.containerStatuses[0].state.waiting.message'],
      },
    ]);
  });

  it('diagnoses readiness-fail from its Unhealthy events even though they name no container, and never as a restart', () => {
    const { pod, result } = explain('readiness-fail');
    expect(pod.status?.containerStatuses?.[0]?.restartCount).toBe(0);
    expect(result.diagnoses).toStrictEqual([
      {
        id: 'readiness-failing',
        severity: 'warning',
        conceptIds: ['readiness-probe', 'condition-ready', 'endpointslice'],
        params: { container: 'app', handler: 'httpGet', failures: 86, message: 'Readiness probe failed: HTTP probe failed with statuscode: 503' },
        evidence: ['spec.containers[0].readinessProbe', 'status.containerStatuses[0].ready', 'events[reason=Unhealthy].message'],
      },
    ]);
  });

  it('decodes the real scheduler’s message for unschedulable, ignoring the notes it appends', () => {
    expect(explain('unschedulable').result.diagnoses).toStrictEqual([
      {
        id: 'unschedulable',
        severity: 'critical',
        conceptIds: ['kube-scheduler', 'condition-pod-scheduled', 'taints-tolerations', 'node-allocatable'],
        params: {
          message:
            '0/3 nodes are available: 1 node(s) had untolerated taint(s), 2 Insufficient cpu. no new claims to deallocate, preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.',
          totalNodes: 3,
          availableNodes: 0,
          reasons: '1 node(s) had untolerated taint(s), 2 Insufficient cpu',
          topReason: 'insufficient-resource',
          topReasonCount: 2,
        },
        evidence: ['status.conditions[0].reason', 'status.conditions[0].message', 'events[reason=FailedScheduling].message'],
      },
    ]);
  });

  it.each(['web-569b4d9d45-7bj98', 'init-demo', 'slow-delete', 'complete-job-blpj8'])('finds nothing wrong with the healthy or finished pod %s', (name) => {
    expect(explain(name).result.diagnoses).toStrictEqual([]);
  });
});
