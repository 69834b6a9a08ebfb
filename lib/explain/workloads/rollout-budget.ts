/**
 * How many pods a Deployment rollout may add and take away, worked out in
 * numbers from spec.strategy and spec.replicas the way the Deployment
 * controller does: kubernetes pkg/controller/deployment/util/deployment_util.go
 * ResolveFenceposts, MaxSurge and MaxUnavailable, with
 * k8s.io/apimachinery pkg/util/intstr GetScaledValueFromIntOrPercent.
 * Returns numbers and the rule used at each step; the words come from the catalogue.
 */
import type { V1Deployment } from '@kubernetes/client-node';

/** The API default for both fields (api/apps/v1 RollingUpdateDeployment). */
export const DEFAULT_FENCEPOST = '25%';

export interface Fencepost {
  field: 'maxSurge' | 'maxUnavailable';
  /** As written in the spec, e.g. '25%' or 1; the API default '25%' when the field is unset. */
  source: string | number;
  /** The field was unset, so the API default applied. */
  defaulted: boolean;
  /** 'invalid' for strings that are not percentages (validation rejects them; the controller then uses 0). */
  kind: 'percent' | 'absolute' | 'invalid';
  percent: number | null;
  /** percent × replicas ÷ 100 before rounding, or the absolute value. */
  exact: number;
  /** Percentages: maxSurge rounds up, maxUnavailable rounds down. null for absolute values. */
  rounding: 'up' | 'down' | null;
  /** After rounding, before the adjustments below. */
  resolved: number;
  /** What the controller uses. */
  value: number;
  /** Where it is written, for evidence. */
  path: string;
}

export interface RollingUpdateBudget {
  strategy: 'RollingUpdate';
  replicas: number;
  maxSurge: Fencepost;
  maxUnavailable: Fencepost;
  /** Both resolved to 0 after rounding, so maxUnavailable became 1 ("surge might not work due to quota"). */
  bothZeroBumped: boolean;
  /** maxUnavailable was larger than replicas and is capped at replicas (MaxUnavailable). */
  cappedAtReplicas: boolean;
  /** replicas + maxSurge: the most pods, old and new together, the controller scales to. */
  maxPods: number;
  /** replicas − maxUnavailable: the fewest available pods it keeps while rolling. */
  minAvailable: number;
  /** The Available condition is True when availableReplicas ≥ this (the same replicas − maxUnavailable). */
  availableThreshold: number;
}

export interface RecreateBudget {
  strategy: 'Recreate';
  replicas: number;
  /** Old pods are all gone before new ones are created, so never more than replicas exist. */
  maxPods: number;
  /** Every old pod is stopped first: the app is down between the two. */
  minAvailable: 0;
  /** MaxUnavailable is 0 for Recreate, so the Available condition wants every replica available. */
  availableThreshold: number;
}

export type RolloutBudget = RollingUpdateBudget | RecreateBudget;

const FIELD_PATH = 'spec.strategy.rollingUpdate';

type IntOrString = string | number;

/** intstr.GetScaledValueFromIntOrPercent: a number as is, "N%" of total rounded as asked, anything else an error. */
function scaledValue(value: IntOrString, total: number, roundUp: boolean): { percent: number | null; exact: number; resolved: number } | null {
  if (typeof value === 'number') return { percent: null, exact: value, resolved: value };
  const match = /^([-+]?\d+)%$/.exec(value);
  if (!match) return null;
  const percent = Number.parseInt(match[1]!, 10);
  const exact = (percent * total) / 100;
  return { percent, exact, resolved: roundUp ? Math.ceil(exact) : Math.floor(exact) };
}

/**
 * ResolveFenceposts, case for case: an unset value counts as 0 here (the API
 * defaults both to 25% before the controller sees them), maxSurge rounds up,
 * maxUnavailable rounds down, both 0 makes maxUnavailable 1, and a value that
 * is neither a number nor a percentage is an error with both 0.
 * @example resolveFenceposts('25%', '25%', 3) // { surge: 1, unavailable: 0, error: null }
 */
export function resolveFenceposts(
  maxSurge: IntOrString | undefined,
  maxUnavailable: IntOrString | undefined,
  desired: number,
): { surge: number; unavailable: number; error: string | null } {
  const surge = scaledValue(maxSurge ?? 0, desired, true);
  if (!surge) return { surge: 0, unavailable: 0, error: `invalid value for IntOrString: ${JSON.stringify(maxSurge)}` };
  const unavailable = scaledValue(maxUnavailable ?? 0, desired, false);
  if (!unavailable) return { surge: 0, unavailable: 0, error: `invalid value for IntOrString: ${JSON.stringify(maxUnavailable)}` };
  const bothZero = surge.resolved === 0 && unavailable.resolved === 0;
  return { surge: surge.resolved, unavailable: bothZero ? 1 : unavailable.resolved, error: null };
}

/** One field as written (or defaulted), with its rounding worked out. */
function fencepost(field: Fencepost['field'], raw: IntOrString | undefined, replicas: number, roundUp: boolean): Fencepost {
  const defaulted = raw === undefined || raw === null;
  const source = defaulted ? DEFAULT_FENCEPOST : raw;
  const base = { field, source, defaulted, path: `${FIELD_PATH}.${field}` };
  const scaled = scaledValue(source, replicas, roundUp);
  if (!scaled) return { ...base, kind: 'invalid', percent: null, exact: 0, rounding: null, resolved: 0, value: 0 };
  const rounding = scaled.percent === null ? null : roundUp ? 'up' : 'down';
  const kind = scaled.percent === null ? 'absolute' : 'percent';
  return { ...base, kind, percent: scaled.percent, exact: scaled.exact, rounding, resolved: scaled.resolved, value: scaled.resolved };
}

/**
 * The rollout budget of a Deployment. RollingUpdate: maxSurge rounds up,
 * maxUnavailable rounds down; if both come to 0, maxUnavailable becomes 1;
 * maxUnavailable is capped at replicas and is 0 with 0 replicas. Recreate:
 * no surge, everything old goes first.
 * @example rolloutBudget(deploymentWith4Replicas)
 *   // { strategy: 'RollingUpdate', replicas: 4, maxSurge: { source: '25%', exact: 1, rounding: 'up', value: 1, … },
 *   //   maxUnavailable: { source: '25%', exact: 1, rounding: 'down', value: 1, … }, maxPods: 5, minAvailable: 3, … }
 */
export function rolloutBudget(deployment: V1Deployment): RolloutBudget {
  const replicas = deployment.spec?.replicas ?? 1;
  const strategy = deployment.spec?.strategy;
  if (strategy?.type === 'Recreate') {
    return { strategy: 'Recreate', replicas, maxPods: replicas, minAvailable: 0, availableThreshold: replicas };
  }
  const rollingUpdate = strategy?.rollingUpdate;
  const maxSurge = fencepost('maxSurge', rollingUpdate?.maxSurge, replicas, true);
  const maxUnavailable = fencepost('maxUnavailable', rollingUpdate?.maxUnavailable, replicas, false);
  const resolved = resolveFenceposts(maxSurge.source, maxUnavailable.source, replicas);
  const bothZeroBumped = resolved.error === null && maxSurge.resolved === 0 && maxUnavailable.resolved === 0;
  let unavailable = resolved.unavailable;
  const cappedAtReplicas = replicas > 0 && unavailable > replicas;
  if (replicas === 0) unavailable = 0;
  else if (cappedAtReplicas) unavailable = replicas;
  const minAvailable = replicas - unavailable;
  return {
    strategy: 'RollingUpdate',
    replicas,
    maxSurge: { ...maxSurge, value: resolved.surge },
    maxUnavailable: { ...maxUnavailable, value: unavailable },
    bothZeroBumped,
    cappedAtReplicas,
    maxPods: replicas + resolved.surge,
    minAvailable,
    availableThreshold: minAvailable,
  };
}
