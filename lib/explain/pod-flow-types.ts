import type { ConceptId } from '../concepts/ids';
import { eventPath } from './paths';
import type { PodEvent } from './pod-events';
import { secondsBetween } from './timestamps';

/**
 * done / failed / current (the step the pod is at now) / not-reached (after
 * the current or failed step) / skipped (does not apply to this pod, e.g. no
 * preStop hook).
 */
export type StepState = 'done' | 'current' | 'failed' | 'not-reached' | 'skipped';

/** Who performs a step. */
export type FlowComponent =
  | 'client'
  | 'kube-apiserver'
  | 'kube-controller-manager'
  | 'custom-controller'
  | 'kube-scheduler'
  | 'kubelet'
  | 'container-runtime';

/** Why we believe a step happened: an event, a condition, or a field of the pod. */
export type FlowEvidence =
  | {
      kind: 'event';
      reason: string;
      component: string | null;
      firstAt: string | null;
      lastAt: string | null;
      count: number;
      message: string;
      path: string;
    }
  | { kind: 'condition'; type: string; status: string; reason: string | null; at: string | null; path: string }
  | { kind: 'field'; path: string; value: string | number | boolean | null };

/** One step of a flow, e.g. { id: "scheduled", state: "done", component: "kube-scheduler", at: "…", secondsSincePrevious: 0 }. */
export interface FlowStep<Id extends string> {
  id: Id;
  state: StepState;
  component: FlowComponent;
  conceptIds: ConceptId[];
  /** When it happened (ISO), when known. */
  at: string | null;
  /** Seconds since the nearest earlier step with a known time. */
  secondsSincePrevious: number | null;
  evidence: FlowEvidence[];
  params: Record<string, string | number>;
}

/** A step under construction: 'pending' is resolved to current / not-reached by finishSteps. */
export type DraftStep<Id extends string> = Omit<FlowStep<Id>, 'state' | 'secondsSincePrevious'> & {
  state: StepState | 'pending';
};

/**
 * Resolves pending steps (the first one after only done/skipped steps is
 * current, the others not-reached; only one step is ever current) and fills
 * in time deltas.
 * @example finishSteps([{ id: 'a', state: 'done', at: '…:00Z', … }, { id: 'b', state: 'pending', … }]).map((s) => s.state) // ['done', 'current']
 */
export function finishSteps<Id extends string>(drafts: readonly DraftStep<Id>[]): FlowStep<Id>[] {
  let blocked = false;
  let previousAt: string | null = null;
  return drafts.map((draft) => {
    let state: StepState;
    if (draft.state === 'pending') {
      state = blocked ? 'not-reached' : 'current';
      blocked = true;
    } else {
      // Only one step can be "you are here"; a later explicit current is not reached yet.
      state = draft.state === 'current' && blocked ? 'not-reached' : draft.state;
      if (state === 'failed' || state === 'current') blocked = true;
    }
    const secondsSincePrevious = draft.at && previousAt ? secondsBetween(previousAt, draft.at) : null;
    if (draft.at) previousAt = draft.at;
    return { ...draft, state, secondsSincePrevious };
  });
}

/**
 * Evidence from an event, addressed as events[reason=X].message.
 * @example eventEvidence(scheduledEvent) // { kind: 'event', reason: 'Scheduled', component: 'default-scheduler', … }
 */
export function eventEvidence(event: PodEvent): FlowEvidence {
  return {
    kind: 'event',
    reason: event.reason,
    component: event.component,
    firstAt: event.firstAt,
    lastAt: event.lastAt,
    count: event.count,
    message: event.message,
    path: eventPath(event.reason, 'message'),
  };
}
