import type { CoreV1Event, EventsV1Event } from '@kubernetes/client-node';
import { toTimestampMs } from './human-duration';
import { msToIso } from './timestamps';

/** An event as either API serves it: core/v1 Event or events.k8s.io/v1 Event. */
export type AnyEvent = CoreV1Event | EventsV1Event;

/**
 * One event, flattened to the fields lib/explain reads. Times are ISO
 * strings; `count` is at least 1.
 */
export interface PodEvent {
  reason: string;
  message: string;
  type: string;
  /** Who reported it: source.component, else reportingComponent / reportingController. */
  component: string | null;
  firstAt: string | null;
  lastAt: string | null;
  count: number;
  /** involvedObject.fieldPath, e.g. 'spec.containers{main}'. */
  fieldPath: string | null;
  /** The container the event is about, parsed from fieldPath. */
  container: string | null;
  involvedKind: string | null;
  involvedName: string | null;
  involvedUid: string | null;
}

const CONTAINER_FIELD_PATH = /^spec\.(?:containers|initContainers|ephemeralContainers)\{(.+)\}$/;

/**
 * Flattens events of both API versions and sorts them by last occurrence
 * (oldest first). core/v1 events written by old-style recorders carry
 * firstTimestamp/lastTimestamp/count; events written through events.k8s.io
 * carry eventTime and series, and read back through core/v1 with count 0 and
 * empty timestamps, so every source is consulted.
 * @example normalizeEvents([{ reason: 'Pulled', source: { component: 'kubelet' }, count: 1, ... }])[0].component // 'kubelet'
 */
export function normalizeEvents(events: readonly AnyEvent[] | undefined): PodEvent[] {
  const flat = (events ?? []).map(normalizeEvent);
  return flat
    .map((event, index) => ({ event, index, at: toTimestampMs(event.lastAt) ?? Number.NEGATIVE_INFINITY }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((x) => x.event);
}

function normalizeEvent(raw: AnyEvent): PodEvent {
  // Read both shapes through one loose view; every field is optional in practice.
  const e = raw as Partial<CoreV1Event> & Partial<EventsV1Event>;
  const involved = e.involvedObject ?? e.regarding;
  const fieldPath = involved?.fieldPath || null;
  // creationTimestamp (second precision) is only a last resort for when the event itself carries no time.
  const first =
    earliest([e.firstTimestamp, e.deprecatedFirstTimestamp, e.eventTime]) ?? earliest([e.metadata?.creationTimestamp]);
  const last = latest([e.lastTimestamp, e.deprecatedLastTimestamp, e.series?.lastObservedTime, e.eventTime]) ?? first;
  return {
    reason: e.reason ?? '',
    message: e.message ?? e.note ?? '',
    type: e.type ?? 'Normal',
    component:
      e.source?.component || e.reportingComponent || e.reportingController || e.deprecatedSource?.component || null,
    firstAt: first === undefined ? null : msToIso(first),
    lastAt: last === undefined ? null : msToIso(last),
    count: Math.max(1, e.count ?? 0, e.deprecatedCount ?? 0, e.series?.count ?? 0),
    fieldPath,
    container: fieldPath ? (CONTAINER_FIELD_PATH.exec(fieldPath)?.[1] ?? null) : null,
    involvedKind: involved?.kind ?? null,
    involvedName: involved?.name ?? null,
    involvedUid: involved?.uid ?? null,
  };
}

function earliest(values: readonly (Date | string | null | undefined)[]): number | undefined {
  const ms = values.map(toTimestampMs).filter((v): v is number => v !== undefined);
  return ms.length ? Math.min(...ms) : undefined;
}

function latest(values: readonly (Date | string | null | undefined)[]): number | undefined {
  const ms = values.map(toTimestampMs).filter((v): v is number => v !== undefined);
  return ms.length ? Math.max(...ms) : undefined;
}

/**
 * Events with one reason, optionally only those about one container.
 * @example withReason(events, 'Unhealthy', 'main')
 */
export function withReason(events: readonly PodEvent[], reason: string, container?: string): PodEvent[] {
  return events.filter((e) => e.reason === reason && (container === undefined || e.container === container));
}

/**
 * The most recent of some events (they are sorted oldest first), or null.
 * @example lastOf(withReason(events, 'Scheduled'))?.lastAt
 */
export function lastOf(events: readonly PodEvent[]): PodEvent | null {
  return events.length ? (events[events.length - 1] ?? null) : null;
}

/**
 * Sum of occurrence counts.
 * @example totalCount([{ count: 3 }, { count: 2 }] as PodEvent[]) // 5
 */
export function totalCount(events: readonly PodEvent[]): number {
  return events.reduce((sum, e) => sum + e.count, 0);
}

/**
 * Keeps the events about one pod: those whose involved object is this Pod
 * (same uid when both are known, so a StatefulSet pod's predecessor with the
 * same name is left out), plus its controller's "Created pod: <name>" event,
 * which is about the owner.
 * @example eventsForPod(allNamespaceEvents, 'nginx-7fb78fb6d8-2w75j', '91bb1cf2-…')
 */
export function eventsForPod(events: readonly PodEvent[], name: string, uid: string | undefined): PodEvent[] {
  return events.filter((e) => {
    if (e.involvedKind === null && e.involvedName === null) return true;
    if (e.involvedKind === 'Pod' || e.involvedKind === null) {
      if (e.involvedName !== name) return false;
      return !(uid && e.involvedUid && e.involvedUid !== uid);
    }
    return (e.reason === 'SuccessfulCreate' || e.reason === 'FailedCreate') && e.message.includes(name);
  });
}

/**
 * The raw events that eventsForPod could keep for a pod named `name`, in
 * their order, read without normalizing: events about no object, events
 * about this pod name (whatever their uid: eventsForPod still checks it),
 * and controllers' SuccessfulCreate/FailedCreate events that name it. A
 * builder drops the namespace's other events with this one cheap pass before
 * normalizing and sorting, which costs the same whatever else the namespace
 * holds; eventsForPod(normalizeEvents(candidates), …) equals
 * eventsForPod(normalizeEvents(events), …).
 * @example podEventCandidates(namespaceEvents, 'crash-loop').length // 11 of the namespace's 58
 */
export function podEventCandidates<E extends AnyEvent>(events: readonly E[], name: string): E[] {
  return events.filter((raw) => {
    const e = raw as Partial<CoreV1Event> & Partial<EventsV1Event>;
    const involved = e.involvedObject ?? e.regarding;
    const kind = involved?.kind ?? null;
    const involvedName = involved?.name ?? null;
    if (kind === null && involvedName === null) return true;
    if (kind === 'Pod' || kind === null) return involvedName === name;
    return (e.reason === 'SuccessfulCreate' || e.reason === 'FailedCreate') && (e.message ?? e.note ?? '').includes(name);
  });
}
