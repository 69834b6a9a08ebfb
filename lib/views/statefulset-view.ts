/**
 * What the StatefulSet page shows (lib/explain/workloads/statefulset): one
 * row per ordinal with why it is where it is (OrderedReady: which ordinal it
 * waits for), and the sentences for pod management, the update strategy and
 * partition, the governing headless Service and the claim templates. Words are
 * message keys (lib/i18n/parts/workload-pages.ts).
 */
import { toTimestampMs } from '../explain/human-duration';
import { msToIso } from '../explain/timestamps';
import type { OrdinalState, StatefulSetExplanation, StatefulSetOrdinal } from '../explain/workloads/statefulset';
import { sentence, type Sentence } from './sentence';
import { parseTabParam } from './tabs';

export interface OrdinalRow {
  ordinal: number;
  podName: string;
  dnsName: string | null;
  /** The pod exists (it may be terminating). */
  exists: boolean;
  phase: string | null;
  nodeName: string | null;
  state: OrdinalState;
  /** Ready but minReadySeconds not yet served: when it counts as available. */
  availableAt: string | null;
  revision: string | null;
  updated: boolean | null;
  belowPartition: boolean;
  blocking: boolean;
  /** OrderedReady: the ordinal that holds this one back, null when nothing does. */
  waitsFor: { ordinal: number; podName: string } | null;
  /** Why the ordinal is where it is, in one sentence. */
  why: Sentence;
  claims: { template: string; name: string; phase: string | null }[];
}

export interface StatefulSetView {
  ordinals: OrdinalRow[];
  policy: Sentence[];
  update: Sentence[];
  /** The governing Service: headless, missing, not headless, or none named. */
  service: Sentence | null;
  storage: Sentence[];
  notes: Sentence[];
}

const BLOCKING_KEY: Record<Exclude<OrdinalState, 'available'>, Sentence['key']> = {
  missing: 'sts.why.blockingMissing',
  terminating: 'sts.why.blockingTerminating',
  finished: 'sts.why.blockingFinished',
  pending: 'sts.why.blockingPending',
  'not-ready': 'sts.why.blockingNotReady',
  'not-available': 'sts.why.blockingNotAvailable',
};

function availableAt(o: StatefulSetOrdinal, minReadySeconds: number): string | null {
  const since = toTimestampMs(o.pod?.readySince);
  return o.state === 'not-available' && since !== undefined ? msToIso(since + minReadySeconds * 1000) : null;
}

function why(o: StatefulSetOrdinal, x: StatefulSetExplanation, waitsFor: OrdinalRow['waitsFor']): Sentence {
  const seconds = { seconds: x.minReadySeconds };
  if (o.blocking && o.state !== 'available') return sentence(BLOCKING_KEY[o.state], { pod: o.podName, ...(o.state === 'not-available' ? seconds : {}) });
  if (waitsFor) return sentence(o.state === 'missing' ? 'sts.why.waitsMissing' : 'sts.why.waitsExisting', { pod: o.podName, blocker: waitsFor.podName });
  switch (o.state) {
    case 'available':
      if (x.updating && o.updated === false) {
        return o.belowPartition ? sentence('sts.why.belowPartition', { partition: x.updateStrategy.partition }) : sentence('sts.why.oldRevision');
      }
      return sentence('sts.why.available');
    case 'not-ready':
      return sentence('sts.why.notReady');
    case 'not-available':
      return sentence('sts.why.notAvailable', seconds);
    default:
      return sentence(`sts.why.${o.state}`);
  }
}

function ordinalRow(o: StatefulSetOrdinal, x: StatefulSetExplanation): OrdinalRow {
  const blocked = x.blockedAt;
  const waitsFor = blocked && o.ordinal > blocked.ordinal ? { ordinal: blocked.ordinal, podName: blocked.podName } : null;
  return {
    ordinal: o.ordinal,
    podName: o.podName,
    dnsName: o.dnsName,
    exists: o.pod !== null,
    phase: o.pod?.phase || null,
    nodeName: o.pod?.nodeName ?? null,
    state: o.state,
    availableAt: availableAt(o, x.minReadySeconds),
    revision: o.revision,
    updated: o.updated,
    belowPartition: o.belowPartition,
    blocking: o.blocking,
    waitsFor,
    why: why(o, x, waitsFor),
    claims: o.claims,
  };
}

function policy(x: StatefulSetExplanation): Sentence[] {
  if (x.podManagementPolicy === 'Parallel') return [sentence('sts.policy.parallel')];
  const out = [sentence('sts.policy.orderedReady')];
  if (x.blockedAt) out.push(sentence('sts.policy.blockedAt', { pod: x.blockedAt.podName, ordinal: x.blockedAt.ordinal }));
  else out.push(sentence('sts.policy.allAvailable', { replicas: x.replicas }));
  return out;
}

function update(x: StatefulSetExplanation): Sentence[] {
  const u = x.updateStrategy;
  const out: Sentence[] = [];
  if (u.type === 'OnDelete') out.push(sentence('sts.update.onDelete'));
  else {
    out.push(sentence('sts.update.rolling'));
    if (u.partition > 0) {
      const held = x.ordinals.filter((o) => o.belowPartition).map((o) => o.podName);
      out.push(sentence('sts.update.partition', { partition: u.partition, held: held.length ? held.join(', ') : '—' }));
    }
    if (u.maxUnavailable !== null) out.push(sentence('sts.update.maxUnavailable', { value: String(u.maxUnavailable) }));
  }
  const s = x.status;
  if (x.updating) {
    out.push(sentence('sts.update.revisions', { current: s.currentRevision ?? '—', update: s.updateRevision ?? '—', updated: s.updatedReplicas, replicas: x.replicas }));
  } else if (s.updateRevision) out.push(sentence('sts.update.upToDate', { revision: s.updateRevision }));
  return out;
}

function service(x: StatefulSetExplanation): Sentence | null {
  if (!x.serviceName) return sentence('sts.service.none');
  if (!x.service) return null;
  if (!x.service.exists) return sentence('sts.service.missing', { name: x.serviceName });
  if (!x.service.headless) return sentence('sts.service.notHeadless', { name: x.serviceName });
  return sentence('sts.service.headless', { name: x.serviceName, namespace: x.namespace });
}

function storage(x: StatefulSetExplanation): Sentence[] {
  if (x.volumeClaimTemplates.length === 0) return [sentence('sts.storage.none')];
  return [
    sentence('sts.storage.templates', { set: x.name }),
    sentence('sts.storage.retention', { whenDeleted: x.pvcRetention.whenDeleted, whenScaled: x.pvcRetention.whenScaled }),
  ];
}

/**
 * Projects a StatefulSet explanation to what its page shows.
 * @example statefulSetView(explainStatefulSet({ statefulSet: db, pods, now })).ordinals.map((o) => [o.podName, o.why.key])
 *   // [['db-0', 'sts.why.available'], ['db-1', 'sts.why.blockingPending'], ['db-2', 'sts.why.waitsMissing']]
 */
export function statefulSetView(x: StatefulSetExplanation): StatefulSetView {
  const notes: Sentence[] = [];
  if (!x.observed) notes.push(sentence('sts.note.notObserved'));
  if (x.condemned.length > 0) notes.push(sentence('sts.note.condemned', { pods: x.condemned.join(', ') }));
  return {
    ordinals: x.ordinals.map((o) => ordinalRow(o, x)),
    policy: policy(x),
    update: update(x),
    service: service(x),
    storage: storage(x),
    notes,
  };
}

/** The StatefulSet page's sections; the open one is `?tab=`. */
export const STATEFULSET_TABS = ['ordinals', 'network', 'updates', 'storage'] as const;
export type StatefulSetTab = (typeof STATEFULSET_TABS)[number];

/**
 * The tab a query value names, the ordinals when missing or unknown.
 * @example parseStatefulSetTab('storage') // 'storage'; parseStatefulSetTab('logs') // 'ordinals'
 */
export function parseStatefulSetTab(value: string | null | undefined): StatefulSetTab {
  return parseTabParam(value, STATEFULSET_TABS);
}
