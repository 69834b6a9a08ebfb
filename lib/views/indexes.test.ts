import { describe, expect, it } from 'vitest';
import type { CoreV1Event, V1EndpointSlice, V1Pod, V1Service } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { slicesOfService } from '../explain/service-endpoints';
import { matchSelector } from '../explain/selector';
import { endpointSlicesByService, eventsByInvolvedObject, groupBy, indexBy, labelIndex, namespacedKey, podsByNode, podsByOwnerUid, sharesAnyLabel } from './indexes';

const pods = loadFixture<V1Pod[]>('sandbox/pods.json');
const events = loadFixture<CoreV1Event[]>('sandbox/events.json');
const services = loadFixture<V1Service[]>('sandbox/services.json');
const slices = loadFixture<V1EndpointSlice[]>('sandbox/endpointslices.json');
const names = (list: { metadata?: { name?: string } }[] | undefined) => (list ?? []).map((o) => o.metadata?.name);

/** The sandbox's pods again in a second namespace, with their own uids, so every lookup has a namesake to skip. */
const twins = pods.map((p) => ({ ...p, metadata: { ...p.metadata, namespace: 'other', uid: `${p.metadata?.uid}-other` } }));

describe('groupBy', () => {
  it('keeps each group in the input order', () => {
    expect(groupBy(['ab', 'b', 'ac'], (s) => s[0])).toStrictEqual(new Map([['a', ['ab', 'ac']], ['b', ['b']]]));
  });
});

describe('indexBy', () => {
  it('keeps the first item of each key, as find would, and leaves out undefined keys', () => {
    const index = indexBy([{ n: 'a', v: 1 }, { n: undefined, v: 2 }, { n: 'a', v: 3 }], (o) => o.n);
    expect([...index]).toStrictEqual([['a', { n: 'a', v: 1 }]]);
  });

  it('finds the same pod as a scan by namespace and name', () => {
    const all = [...pods, ...twins];
    const index = indexBy(all, namespacedKey);
    for (const p of all) expect(index.get(namespacedKey(p))).toBe(all.find((q) => q.metadata?.name === p.metadata?.name && q.metadata?.namespace === p.metadata?.namespace));
  });
});

describe('podsByNode', () => {
  it("gives each node the pods a filter on spec.nodeName would, and leaves the unscheduled pod out", () => {
    const all = [...pods, ...twins];
    const byNode = podsByNode(all);
    for (const node of ['sandbox-worker', 'sandbox-worker2', 'sandbox-control-plane']) {
      expect(byNode.get(node) ?? []).toStrictEqual(all.filter((p) => p.spec?.nodeName === node));
    }
    expect([...byNode.values()].flat()).not.toContainEqual(expect.objectContaining({ metadata: expect.objectContaining({ name: 'unschedulable' }) }));
  });
});

describe('podsByOwnerUid', () => {
  it("groups the web ReplicaSet's three pods under its uid, apart from the Job's pod", () => {
    const byOwner = podsByOwnerUid(pods);
    expect(names(byOwner.get('1ea6a7c6-3da3-49ea-8e6c-0441b36e7af4'))).toStrictEqual(['web-569b4d9d45-7bj98', 'web-569b4d9d45-n5j2w', 'web-569b4d9d45-n9xln']);
    expect(names(byOwner.get('8321e06e-b51e-4dbb-8236-6b58de7fe7cd'))).toStrictEqual(['complete-job-blpj8']);
    expect([...byOwner.values()].flat()).toHaveLength(4);
  });
});

describe('endpointSlicesByService', () => {
  it('gives each Service the slices slicesOfService finds, and none of a namesake in another namespace', () => {
    const otherSlices = slices.map((s) => ({ ...s, metadata: { ...s.metadata, namespace: 'other', name: `${s.metadata?.name}-other` } }));
    const otherServices = services.map((s) => ({ ...s, metadata: { ...s.metadata, namespace: 'other' } }));
    const all = [...slices, ...otherSlices];
    const slicesOf = endpointSlicesByService(all);
    for (const svc of [...services, ...otherServices]) expect(slicesOf(svc)).toStrictEqual(slicesOfService(svc, all));
    expect(names(slicesOf(services.find((s) => s.metadata?.name === 'web') as V1Service))).toStrictEqual(['web-pgjgp']);
  });

  it('counts a slice without a namespace for the Service of that name in any namespace, as slicesOfService does', () => {
    const loose = { ...slices[0], metadata: { ...slices[0]?.metadata, namespace: undefined } } as V1EndpointSlice;
    const svc = { metadata: { name: loose.metadata?.labels?.['kubernetes.io/service-name'], namespace: 'anywhere' } } as V1Service;
    expect(endpointSlicesByService([loose])(svc)).toStrictEqual(slicesOfService(svc, [loose]));
    expect(endpointSlicesByService([loose])(svc)).toHaveLength(1);
  });
});

describe('eventsByInvolvedObject', () => {
  const index = eventsByInvolvedObject(events, (e) => e.involvedObject);

  it("gives each pod the events a scan by kind, name and uid finds, in their order", () => {
    for (const p of pods) {
      const scan = events.filter((e) => e.involvedObject.kind === 'Pod' && e.involvedObject.name === p.metadata?.name && (!e.involvedObject.uid || e.involvedObject.uid === p.metadata?.uid));
      expect(index.about({ kind: 'Pod', name: p.metadata?.name, namespace: p.metadata?.namespace, uid: p.metadata?.uid })).toStrictEqual(scan);
    }
    expect(index.about({ kind: 'Pod', name: 'crash-loop' })).toHaveLength(11);
  });

  it("leaves out a deleted namesake's events by uid, and falls back to the name for events without one", () => {
    const crash = events.filter((e) => e.involvedObject.name === 'crash-loop');
    const old = crash.map((e) => ({ ...e, involvedObject: { ...e.involvedObject, uid: 'deleted-predecessor' } }));
    const anonymous = { ...crash[0], involvedObject: { ...crash[0]?.involvedObject, uid: undefined } } as CoreV1Event;
    const mixed = eventsByInvolvedObject([...old, ...crash, anonymous], (e) => e.involvedObject);
    expect(mixed.about({ kind: 'Pod', name: 'crash-loop', uid: crash[0]?.involvedObject.uid })).toStrictEqual([...crash, anonymous]);
    expect(mixed.named('Pod', 'crash-loop')).toHaveLength(23);
  });

  it('keeps events of another namespace apart when both sides name one', () => {
    const elsewhere = events.map((e) => ({ ...e, involvedObject: { ...e.involvedObject, namespace: 'other' } }));
    const both = eventsByInvolvedObject([...events, ...elsewhere], (e) => e.involvedObject);
    expect(both.about({ kind: 'Pod', name: 'crash-loop', namespace: 'other' })).toStrictEqual(elsewhere.filter((e) => e.involvedObject.name === 'crash-loop'));
  });
});

describe('labelIndex', () => {
  const all = [...pods, ...twins];
  const index = labelIndex(all);

  it("finds the pods a Service's selector matches, as matchSelector does over every pod", () => {
    for (const svc of services) {
      const selector = svc.spec?.selector;
      expect(index.matchingAll(selector)).toStrictEqual(all.filter((p) => matchSelector(selector, p.metadata?.labels).matchesAll));
      expect(index.sharingAny(selector)).toStrictEqual(all.filter((p) => matchSelector(selector, p.metadata?.labels).sharesAny));
    }
    expect(names(index.matchingAll({ app: 'web' }))).toHaveLength(6);
  });

  it('agrees with sharesAnyLabel, the one-object test, for each Service', () => {
    for (const svc of services) expect(index.sharingAny(svc.spec?.selector)).toStrictEqual(all.filter((p) => sharesAnyLabel(svc.spec?.selector, p.metadata?.labels)));
    expect(sharesAnyLabel({ app: 'web', tier: 'db' }, { app: 'web' })).toBe(true);
    expect(sharesAnyLabel({ app: 'web' }, { app: 'db' })).toBe(false);
    expect(sharesAnyLabel({ toString: 'x' }, {})).toBe(false);
  });

  it('matches nothing for an empty or absent selector, and needs every pair to match', () => {
    expect(index.matchingAll({})).toStrictEqual([]);
    expect(index.matchingAll(undefined)).toStrictEqual([]);
    expect(index.matchingAll({ app: 'web', 'pod-template-hash': 'nope' })).toStrictEqual([]);
    expect(index.sharingAny({ app: 'web', 'pod-template-hash': 'nope' })).toHaveLength(6);
  });
});
