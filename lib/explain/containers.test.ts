import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { containerRestartPolicy, describeState, explainContainers, reasonConcept, willRestart } from './containers';

const pod = (file: string) => loadFixture<V1Pod>(`pods/${file}`);
const noProbe = (kind: 'startup' | 'liveness' | 'readiness') => ({
  kind,
  conceptId: `${kind}-probe`,
  configured: false,
  handler: null,
  successCriterion: null,
  timing: null,
  defaulted: [],
  secondsUntilAction: null,
  gatedByStartup: false,
  onFailure: kind === 'readiness' ? 'mark-not-ready' : 'kill-and-restart',
  restartsContainer: kind !== 'readiness',
  evidence: { flag: null, failures: 0, lastFailureMessage: null, lastFailureAt: null, restartsCaused: 0, paths: [] },
});

describe('explainContainers', () => {
  it('explains a crash-looping container: waiting reason, last exit, restarts and the 40 s back-off in force', () => {
    const [main] = explainContainers(
      pod('minikube-crashloopbackoff-lastState-error.json'),
      [],
      new Date('2018-12-02T09:20:40Z'),
    );
    expect(main).toStrictEqual({
      name: 'main',
      kind: 'app',
      conceptIds: ['container'],
      specPath: 'spec.containers[0]',
      statusPath: 'status.containerStatuses[0]',
      image: 'alpine:latest',
      imageId: 'docker-pullable://alpine@sha256:621c2f39f8133acb8e64023a94dbdf0d5ca81896102b9e57c0dc184cadaf5528',
      containerId: 'docker://c3aa0064b95a26045999b99c268e715a1c64201e816f1279ac06638778547bb8',
      runtime: 'docker',
      imagePullPolicy: {
        image: 'alpine:latest',
        value: 'Always',
        stored: 'Always',
        defaultValue: 'Always',
        rule: 'tag-latest',
        matchesDefault: true,
        explicit: false,
        explicitSource: 'unknowable',
      },
      state: {
        kind: 'waiting',
        reason: 'CrashLoopBackOff',
        message: 'Back-off 40s restarting failed container=main pod=my-pod_argocd(63674389-f613-11e8-a057-fe5f49266390)',
        conceptId: 'reason-crash-loop-backoff',
        exitCode: null,
        signal: null,
        startedAt: null,
        finishedAt: null,
        containerId: null,
        path: 'status.containerStatuses[0].state.waiting',
      },
      lastState: {
        kind: 'terminated',
        reason: 'Error',
        message: null,
        conceptId: 'reason-error',
        exitCode: 1,
        signal: null,
        startedAt: '2018-12-02T09:20:25Z',
        finishedAt: '2018-12-02T09:20:25Z',
        containerId: 'docker://c3aa0064b95a26045999b99c268e715a1c64201e816f1279ac06638778547bb8',
        path: 'status.containerStatuses[0].lastState.terminated',
      },
      ready: false,
      started: null,
      restartCount: 3,
      restartPolicy: 'Always',
      restartPolicySource: 'pod',
      willRestart: true,
      backoff: {
        delaySeconds: 40,
        source: 'message',
        estimatedDelaySeconds: 40,
        capped: false,
        nextRestartAt: '2018-12-02T09:21:05Z',
        secondsUntilRestart: 25,
      },
      resources: {
        requests: {},
        limits: {},
        cpuRequestMillicores: null,
        cpuLimitMillicores: null,
        memoryRequestBytes: null,
        memoryLimitBytes: null,
        cgroup: { cpuWeight: 1, cpuMax: 'max 100000', memoryMax: 'max' },
        oomScoreAdj: 1000,
      },
      probes: [noProbe('startup'), noProbe('liveness'), noProbe('readiness')],
      ports: [],
      hooks: { postStart: null, preStop: null, stopSignal: null },
    });
  });

  it('tells init containers, sidecars (init with restartPolicy Always) and app containers apart', () => {
    const containers = explainContainers(pod('kind-native-sidecar-init-completed-running.json'), [], new Date('2024-08-24T02:00:00Z'));
    expect(
      containers.map((c) => ({
        name: c.name,
        kind: c.kind,
        conceptIds: c.conceptIds,
        state: c.state.kind,
        reason: c.state.reason,
        restartPolicy: c.restartPolicy,
        restartPolicySource: c.restartPolicySource,
        willRestart: c.willRestart,
        probes: c.probes.length,
        runtime: c.runtime,
      })),
    ).toStrictEqual([
      { name: 'init', kind: 'init', conceptIds: ['container', 'init-containers'], state: 'terminated', reason: 'Completed', restartPolicy: 'Never', restartPolicySource: 'init-container', willRestart: false, probes: 0, runtime: 'containerd' },
      { name: 'sidecar', kind: 'sidecar', conceptIds: ['container', 'sidecar-containers'], state: 'running', reason: null, restartPolicy: 'Always', restartPolicySource: 'sidecar', willRestart: null, probes: 3, runtime: 'containerd' },
      { name: 'sleep', kind: 'app', conceptIds: ['container'], state: 'running', reason: null, restartPolicy: 'Never', restartPolicySource: 'pod', willRestart: null, probes: 3, runtime: 'containerd' },
    ]);
  });

  it('estimates the back-off of a container caught between restarts from its latest exit', () => {
    const [main] = explainContainers(
      pod('minikube-running-terminated-error-restartalways.json'),
      [],
      new Date('2018-12-02T09:20:00Z'),
    );
    expect(main?.willRestart).toBe(true);
    // restartCount 2: the third exit waits 20 s, counted from state.terminated.finishedAt 09:19:56.
    expect(main?.backoff).toStrictEqual({
      delaySeconds: 20,
      source: 'restart-count',
      estimatedDelaySeconds: 20,
      capped: false,
      nextRestartAt: '2018-12-02T09:20:16Z',
      secondsUntilRestart: 16,
    });
  });

  it('knows a failed container of a restartPolicy Never pod stays dead', () => {
    const [main] = explainContainers(pod('minikube-failed-restartnever.json'), [], new Date('2018-12-02T09:30:00Z'));
    expect(main).toMatchObject({ restartPolicy: 'Never', willRestart: false, backoff: null });
    expect(main?.state).toMatchObject({ kind: 'terminated', reason: 'Error', exitCode: 1, conceptId: 'reason-error' });
  });

  it('knows a Succeeded pod\'s containers all exited 0 and will not restart (not "all running")', () => {
    const p = pod('minikube-succeeded-completed.json');
    expect(p.status?.phase).toBe('Succeeded');
    const containers = explainContainers(p, [], new Date('2018-12-02T09:20:00Z'));
    expect(containers.length).toBeGreaterThan(0);
    for (const c of containers) {
      expect(c.state).toMatchObject({ kind: 'terminated', exitCode: 0, reason: 'Completed', conceptId: 'reason-completed' });
      expect(c.willRestart).toBe(false);
    }
  });

  it('sees from last-applied-configuration that the author never set imagePullPolicy', () => {
    const [init, busy] = explainContainers(pod('minikube-init-container-completed-running.json'), [], new Date('2020-01-18T07:00:00Z'));
    expect(init?.imagePullPolicy).toMatchObject({ value: 'Always', rule: 'no-tag', explicit: false, explicitSource: 'last-applied-configuration' });
    expect(busy?.imagePullPolicy).toMatchObject({ value: 'Always', rule: 'no-tag', explicit: false, explicitSource: 'last-applied-configuration' });
  });

  it('reports a container the kubelet has not reported yet as not-reported', () => {
    const unscheduled: V1Pod = { metadata: { name: 'p' }, spec: { containers: [{ name: 'app', image: 'nginx:1.27' }] }, status: { phase: 'Pending' } };
    const [app] = explainContainers(unscheduled, [], new Date());
    expect(app?.state).toStrictEqual({
      kind: 'not-reported',
      reason: null,
      message: null,
      exitCode: null,
      signal: null,
      startedAt: null,
      finishedAt: null,
      containerId: null,
      conceptId: 'container-states',
      path: null,
    });
    expect(app?.statusPath).toBeNull();
  });
});

describe('container rules', () => {
  it.each([
    ['Always', 0, true],
    ['Always', 1, true],
    ['OnFailure', 0, false],
    ['OnFailure', 137, true],
    ['Never', 1, false],
  ] as const)('restartPolicy %s with exit code %s restarts: %s', (policy, exitCode, expected) => {
    expect(willRestart(policy, exitCode, false)).toBe(expected);
  });

  it('restarts nothing once the pod has finished', () => {
    expect(willRestart('Always', 1, true)).toBe(false);
  });

  it('re-runs a failed init container unless the pod policy is Never; sidecars always restart', () => {
    expect(containerRestartPolicy('init', 'Always', undefined)).toStrictEqual({ policy: 'OnFailure', source: 'init-container' });
    expect(containerRestartPolicy('init', 'Never', undefined)).toStrictEqual({ policy: 'Never', source: 'init-container' });
    expect(containerRestartPolicy('sidecar', 'Never', 'Always')).toStrictEqual({ policy: 'Always', source: 'sidecar' });
    expect(containerRestartPolicy('app', 'Always', 'Never')).toStrictEqual({ policy: 'Never', source: 'container' });
  });

  it('maps every waiting and terminated reason to its concept', () => {
    expect(reasonConcept('OOMKilled')).toBe('reason-oom-killed');
    expect(reasonConcept('ContainerStatusUnknown')).toBe('reason-container-status-unknown');
    expect(reasonConcept(undefined)).toBe('container-states');
    expect(describeState({ terminated: { exitCode: 137, reason: 'OOMKilled', signal: 9 } }, 's')).toMatchObject({
      kind: 'terminated',
      conceptId: 'reason-oom-killed',
      exitCode: 137,
      signal: 9,
      path: 's.terminated',
    });
  });
});
