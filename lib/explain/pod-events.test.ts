import { describe, it, expect } from 'vitest';
import type { CoreV1Event, EventsV1Event, V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { eventsForPod, lastOf, normalizeEvents, podEventCandidates, totalCount, withReason } from './pod-events';
import { podEvent, schedulerEvent } from './pod-events.testkit';

describe('normalizeEvents', () => {
  it('flattens a captured pre-1.19 core/v1 kubelet event', () => {
    expect(normalizeEvents([loadFixture<CoreV1Event>('events/gke-pulled-core-v1-event.json')])).toStrictEqual([
      {
        reason: 'Pulled',
        message: 'Successfully pulled image "blang/busybox-bash"',
        type: 'Normal',
        component: 'kubelet',
        firstAt: '2019-08-30T20:43:05Z',
        lastAt: '2019-08-30T20:43:05Z',
        count: 1,
        fieldPath: 'spec.containers{c1}',
        container: 'c1',
        involvedKind: 'Pod',
        involvedName: 'hello-1567197780-mn4mv',
        involvedUid: 'c31fdeb8-cb66-11e9-990f-42010a800218',
      },
    ]);
  });

  it('reads a scheduler event written through events.k8s.io (no source, eventTime and series instead)', () => {
    const pod = loadFixture<V1Pod>('pods/kind-native-sidecar-init-completed-running.json');
    const [event] = normalizeEvents([
      schedulerEvent(pod, 'FailedScheduling', '0/1 nodes are available: 1 Insufficient cpu.', '2024-08-24T01:54:32.318204Z', {
        count: 4,
        lastObservedTime: '2024-08-24T01:58:02.100000Z',
      }),
    ]);
    expect(event).toMatchObject({
      component: 'default-scheduler',
      firstAt: '2024-08-24T01:54:32.318Z',
      lastAt: '2024-08-24T01:58:02.100Z',
      count: 4,
      container: null,
    });
  });

  it('reads the events.k8s.io/v1 shape itself (note, regarding, reportingController, deprecated fields)', () => {
    const raw = {
      apiVersion: 'events.k8s.io/v1',
      kind: 'Event',
      metadata: { name: 'web.1', namespace: 'default' },
      eventTime: '2024-05-01T10:00:00.000001Z',
      reason: 'Unhealthy',
      note: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
      regarding: { kind: 'Pod', name: 'web', namespace: 'default', fieldPath: 'spec.containers{web}' },
      reportingController: 'kubelet',
      reportingInstance: 'node-1',
      deprecatedCount: 7,
      deprecatedFirstTimestamp: '2024-05-01T10:00:00Z',
      deprecatedLastTimestamp: '2024-05-01T10:01:00Z',
      type: 'Warning',
    } as unknown as EventsV1Event;
    expect(normalizeEvents([raw])[0]).toMatchObject({
      reason: 'Unhealthy',
      message: 'Readiness probe failed: HTTP probe failed with statuscode: 503',
      component: 'kubelet',
      firstAt: '2024-05-01T10:00:00Z',
      lastAt: '2024-05-01T10:01:00Z',
      count: 7,
      container: 'web',
    });
  });

  it('sorts by last occurrence and filters by reason and container', () => {
    const pod = loadFixture<V1Pod>('pods/minikube-running-ready-nginx.json');
    const events = normalizeEvents([
      podEvent(pod, { reason: 'Started', message: 'Started container nginx', component: 'kubelet', first: '2019-08-09T05:12:20Z', container: 'nginx' }),
      podEvent(pod, { reason: 'Created', message: 'Created container nginx', component: 'kubelet', first: '2019-08-09T05:12:20Z', container: 'nginx' }),
      podEvent(pod, { reason: 'Pulled', message: 'Container image "nginx:alpine" already present on machine', component: 'kubelet', first: '2019-08-09T05:12:19Z', container: 'nginx', count: 2, last: '2019-08-09T05:12:19Z' }),
    ]);
    expect(events.map((e) => e.reason)).toStrictEqual(['Pulled', 'Started', 'Created']);
    expect(withReason(events, 'Pulled', 'nginx')).toHaveLength(1);
    expect(withReason(events, 'Pulled', 'other')).toHaveLength(0);
    expect(lastOf(events)?.reason).toBe('Created');
    expect(totalCount(events)).toBe(4);
  });
});

describe('eventsForPod', () => {
  it('keeps this pod\'s events and its controller\'s "Created pod" event, and drops a same-named predecessor', () => {
    const pod = loadFixture<V1Pod>('pods/gke-running-ready-deployment-pod.json');
    const predecessor: V1Pod = { ...pod, metadata: { ...pod.metadata, uid: 'older-pod-uid' } };
    const other: V1Pod = { ...pod, metadata: { ...pod.metadata, name: 'nginx-7fb78fb6d8-zzzzz', uid: 'x' } };
    const mine = podEvent(pod, { reason: 'Started', message: 'Started container nginx', component: 'kubelet', first: '2019-12-31T19:27:24Z', container: 'nginx' });
    const old = podEvent(predecessor, { reason: 'Killing', message: 'Stopping container nginx', component: 'kubelet', first: '2019-12-31T19:20:00Z', container: 'nginx' });
    const theirs = podEvent(other, { reason: 'Started', message: 'Started container nginx', component: 'kubelet', first: '2019-12-31T19:27:24Z', container: 'nginx' });
    const rsEvent = {
      ...mine,
      involvedObject: { kind: 'ReplicaSet', name: 'nginx-7fb78fb6d8', namespace: 'default' },
      reason: 'SuccessfulCreate',
      message: 'Created pod: nginx-7fb78fb6d8-2w75j',
      source: { component: 'replicaset-controller' },
    } as CoreV1Event;
    const kept = eventsForPod(normalizeEvents([mine, old, theirs, rsEvent]), 'nginx-7fb78fb6d8-2w75j', pod.metadata?.uid);
    expect(kept.map((e) => `${e.reason}/${e.component}`)).toStrictEqual(['Started/kubelet', 'SuccessfulCreate/replicaset-controller']);
  });
});

describe('podEventCandidates', () => {
  const events = loadFixture<CoreV1Event[]>('sandbox/events.json');
  const pods = loadFixture<V1Pod[]>('sandbox/pods.json');

  it('keeps every event eventsForPod keeps, for each sandbox pod, in the same order', () => {
    for (const p of pods) {
      const name = p.metadata?.name ?? '';
      const candidates = podEventCandidates(events, name);
      expect(eventsForPod(normalizeEvents(candidates), name, p.metadata?.uid)).toStrictEqual(eventsForPod(normalizeEvents(events), name, p.metadata?.uid));
    }
  });

  it("drops the other pods' events, but keeps the owner's SuccessfulCreate that names the pod", () => {
    const kept = podEventCandidates(events, 'web-569b4d9d45-7bj98');
    expect(kept.map((e) => `${e.involvedObject.kind}/${e.reason}`)).toContain('ReplicaSet/SuccessfulCreate');
    expect(kept.every((e) => e.involvedObject.name === 'web-569b4d9d45-7bj98' || e.message?.includes('web-569b4d9d45-7bj98'))).toBe(true);
    expect(podEventCandidates(events, 'crash-loop')).toHaveLength(11);
  });

  it('reads events.k8s.io events by their regarding object', () => {
    const e = { regarding: { kind: 'Pod', name: 'web' }, reason: 'Started', note: 'x' } as EventsV1Event;
    expect(podEventCandidates([e], 'web')).toStrictEqual([e]);
    expect(podEventCandidates([e], 'db')).toStrictEqual([]);
  });
});
