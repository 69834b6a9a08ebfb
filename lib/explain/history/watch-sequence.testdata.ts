import type { HistoryTransition, ObjectTimeline } from '@/lib/contract/history';
import { loadFixture } from '@/lib/testing/fixtures';
import { deriveDeletion, deriveTransitions, type Observation } from './derive';
import { snapshotOf, type AnyObject } from './snapshot';

/** One watch event as captured (lib/testing/captured/history/README.md): when it arrived, its type and the object. */
export interface CapturedWatchEvent {
  receivedAt: string;
  type: 'ADDED' | 'MODIFIED' | 'DELETED';
  object: AnyObject & { metadata: { name: string; namespace: string; uid: string } };
}

/** The captured watch of a fresh crash-loop and init-demo pod (and their events) from creation to deletion. */
export function watchCapture(): { pods: CapturedWatchEvent[]; events: CapturedWatchEvent[] } {
  return loadFixture('history/watch-crash-loop-init-demo.json');
}

/**
 * Folds one pod's captured watch events through the deriver the way the
 * recorder does (observation time = arrival time; seq = order), giving the
 * timeline's transitions.
 */
export function replayWatch(name: string): HistoryTransition[] {
  const out: HistoryTransition[] = [];
  let prev: Observation | null = null;
  for (const e of watchCapture().pods.filter((p) => p.object.metadata.name === name)) {
    const next = { at: e.receivedAt, state: snapshotOf('Pod', e.object) };
    const derived = e.type === 'DELETED' ? deriveDeletion(prev ?? next, next) : deriveTransitions(prev, next);
    for (const t of derived) out.push({ seq: out.length + 1, ...t });
    prev = next;
  }
  return out;
}

/** A timeline of one captured pod (events left out). */
export function capturedTimeline(name: string): Pick<ObjectTimeline, 'ref' | 'transitions' | 'events'> {
  const first = watchCapture().pods.find((p) => p.object.metadata.name === name)!.object.metadata;
  return { ref: { context: 'sandbox', kind: 'Pod', namespace: first.namespace, name, uid: first.uid }, transitions: replayWatch(name), events: [] };
}
