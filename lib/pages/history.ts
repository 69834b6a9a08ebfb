import 'server-only';
import type {
  FeedQuery,
  HistoryKind,
  HistoryResponse,
  NamespaceFeed,
  ObjectTimeline,
  RecorderState,
  ReplacedObjects,
  ReplacedQuery,
  TimelineQuery,
} from '@/lib/contract/history';
import { HISTORY_KINDS } from '@/lib/contract/history';
import type { Severity } from '@/lib/explain/types';
import { explainPod } from '@/lib/explain/pod';
import { podAt } from '@/lib/explain/history/reconstruct';
import { sinceWhen } from '@/lib/explain/history/since';
import { historyRecorder, historyState } from '@/lib/history/runtime';
import { startBackgroundRecording } from '@/lib/history/background';
import type { HistoryStore } from '@/lib/history/store';

async function withStore<T>(context: string | null, run: (store: HistoryStore) => T | null, notFound: string): Promise<HistoryResponse<T>> {
  // The first history request starts recording the current context if nothing did yet.
  startBackgroundRecording();
  if (context) startBackgroundRecording(context);
  const recorder = await historyRecorder();
  const store = recorder?.currentStore() ?? null;
  const state = await historyState();
  if (!recorder || !store) return { ok: false, reason: 'off', message: state.status === 'off' ? state.message : state.status === 'paused' ? state.message : 'history is not recording', recorder: state };
  try {
    // Show what was just observed: write the queue first.
    recorder.flush();
    const data = run(store);
    if (data === null) return { ok: false, reason: 'not-found', message: notFound, recorder: recorder.state() };
    return { ok: true, data, recorder: recorder.state() };
  } catch (err) {
    return { ok: false, reason: 'error', message: err instanceof Error ? err.message : String(err), recorder: recorder.state() };
  }
}

/**
 * One object's timeline from history (deleted ones included), with "since
 * when" for the diagnoses its last recorded state has (pods).
 * @example await getObjectTimeline({ context: 'kube-explain-sandbox', kind: 'Pod', namespace: 'explain-demo', name: 'crash-loop' })
 */
export async function getObjectTimeline(q: TimelineQuery, now = new Date()): Promise<HistoryResponse<ObjectTimeline>> {
  return withStore(
    q.context,
    (store) => {
      const t = store.timeline(q);
      if (!t) return null;
      const since = [];
      if (t.ref.kind === 'Pod') {
        const at = t.deletedAt ?? now.toISOString();
        const replay = podAt(t, at);
        if (replay) {
          const diagnoses = explainPod(replay.pod, { now: new Date(at), events: replay.events }).diagnoses;
          for (const d of diagnoses) {
            const s = sinceWhen(t, d, new Date(at));
            if (s) since.push(s);
          }
        }
      }
      return { ...t, since, historyStart: store.historyStart() };
    },
    `no history for ${q.kind} ${q.namespace ? `${q.namespace}/` : ''}${q.name}`,
  );
}

/**
 * "What happened in <namespace>": transitions and events in [from, to]
 * (default: the last hour), filtered and grouped per object.
 * @example await getNamespaceFeed({ context: 'kube-explain-sandbox', namespace: 'explain-demo', severities: ['critical'] })
 */
export async function getNamespaceFeed(q: FeedQuery, now = new Date()): Promise<HistoryResponse<NamespaceFeed>> {
  const to = q.to ?? now.toISOString();
  const from = q.from ?? new Date(Date.parse(to) - 3_600_000).toISOString();
  return withStore(q.context, (store) => store.feed({ ...q, from, to }), '');
}

/**
 * The deleted pods a workload replaced.
 * @example await getReplacedObjects({ context: 'kube-explain-sandbox', namespace: 'explain-demo', ownerKind: 'Deployment', ownerName: 'web' })
 */
export async function getReplacedObjects(q: ReplacedQuery): Promise<HistoryResponse<ReplacedObjects>> {
  return withStore(q.context, (store) => store.replaced(q), '');
}

/** The recorder's state. @example (await getRecorderState()).status // 'recording' */
export async function getRecorderState(): Promise<RecorderState> {
  startBackgroundRecording();
  return historyState();
}

const SEVERITIES: readonly Severity[] = ['critical', 'warning', 'info'];
const OWNER_KINDS: readonly ReplacedQuery['ownerKind'][] = ['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob'];
const list = (v: string | null) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : []);
const isoParam = (v: string | null): string | undefined | false => {
  if (!v) return undefined;
  const t = Date.parse(v);
  return Number.isNaN(t) ? false : new Date(t).toISOString();
};

/**
 * Parses the timeline/export query (`context&kind&namespace&name[&uid]`).
 * @example parseTimelineQuery(new URLSearchParams('context=c&kind=Pod&namespace=d&name=p')) // { context: 'c', kind: 'Pod', namespace: 'd', name: 'p' }
 */
export function parseTimelineQuery(p: URLSearchParams): TimelineQuery | null {
  const context = p.get('context');
  const kind = p.get('kind') as HistoryKind | null;
  const name = p.get('name');
  if (!context || !kind || !name || !HISTORY_KINDS.includes(kind)) return null;
  const namespace = kind === 'Node' ? null : p.get('namespace');
  if (kind !== 'Node' && !namespace) return null;
  const uid = p.get('uid');
  return { context, kind, namespace, name, ...(uid ? { uid } : {}) };
}

/**
 * Parses the feed query; null when a parameter is invalid.
 * @example parseFeedQuery(new URLSearchParams('context=c&namespace=d&severity=critical,warning'))?.severities // ['critical', 'warning']
 */
export function parseFeedQuery(p: URLSearchParams): FeedQuery | null {
  const context = p.get('context');
  const namespace = p.get('namespace');
  const from = isoParam(p.get('from'));
  const to = isoParam(p.get('to'));
  if (!context || !namespace || from === false || to === false) return null;
  const kinds = list(p.get('kind'));
  const severities = list(p.get('severity'));
  if (kinds.some((k) => k !== 'Event' && !HISTORY_KINDS.includes(k as HistoryKind))) return null;
  if (severities.some((s) => !SEVERITIES.includes(s as Severity))) return null;
  const limit = p.get('limit');
  return {
    context,
    namespace,
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(kinds.length ? { kinds: kinds as FeedQuery['kinds'] } : {}),
    ...(list(p.get('reason')).length ? { reasons: list(p.get('reason')) } : {}),
    ...(severities.length ? { severities: severities as Severity[] } : {}),
    ...(limit && /^\d+$/.test(limit) ? { limit: Number(limit) } : {}),
  };
}

/**
 * Parses the replaced-pods query.
 * @example parseReplacedQuery(new URLSearchParams('context=c&namespace=d&ownerKind=Deployment&ownerName=web'))?.ownerKind // 'Deployment'
 */
export function parseReplacedQuery(p: URLSearchParams): ReplacedQuery | null {
  const context = p.get('context');
  const namespace = p.get('namespace');
  const ownerKind = p.get('ownerKind') as ReplacedQuery['ownerKind'] | null;
  const ownerName = p.get('ownerName');
  if (!context || !namespace || !ownerKind || !ownerName || !OWNER_KINDS.includes(ownerKind)) return null;
  return { context, namespace, ownerKind, ownerName };
}
