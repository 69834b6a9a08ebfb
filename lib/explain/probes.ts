import type { V1Container, V1ContainerStatus, V1Probe } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import { eventPath } from './paths';
import { lastOf, totalCount, withReason, type PodEvent } from './pod-events';

/**
 * Container probes (docs: concepts/workloads/pods/pod-lifecycle#container-probes;
 * kubelet pkg/kubelet/prober). startupProbe gates the other two; a failed
 * liveness or startup probe kills the container (then restartPolicy applies);
 * a failed readiness probe never restarts anything: the container is marked
 * not ready and its pod leaves the Service's ready endpoints.
 */

/** The three probe kinds; startup runs first and gates the other two. */
export type ProbeKind = 'startup' | 'liveness' | 'readiness';

/** How the kubelet checks: run a command, GET a URL, open a TCP port, or call gRPC health. */
export type ProbeHandler =
  | { type: 'exec'; command: string[] }
  | { type: 'httpGet'; scheme: string; host: string | null; port: string | number; path: string }
  | { type: 'tcpSocket'; host: string | null; port: string | number }
  | { type: 'grpc'; port: number; service: string | null }
  | { type: 'unknown' };

/** Probe timing in seconds (and thresholds in attempts), defaults filled in. */
export interface ProbeTiming {
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  successThreshold: number;
  failureThreshold: number;
}

/** What a failure leads to. */
export type ProbeFailureAction = 'kill-and-restart' | 'kill' | 'mark-not-ready';

/** One probe of one container, e.g. readiness via tcpSocket 8080, acts after 40 s, never restarts. */
export interface ProbeExplanation {
  kind: ProbeKind;
  conceptId: ConceptId;
  /** False when the container has no probe of this kind: it then counts as passing. */
  configured: boolean;
  handler: ProbeHandler | null;
  /** Success condition of the handler: exit 0, HTTP 200–399, TCP connect, gRPC SERVING. */
  successCriterion: 'exit-0' | 'http-200-399' | 'tcp-connect' | 'grpc-serving' | null;
  timing: ProbeTiming | null;
  /** Timing fields that were absent and took their defaults. */
  defaulted: (keyof ProbeTiming)[];
  /** ≈ initialDelaySeconds + failureThreshold × periodSeconds: how long a probe failing from the start takes to act. */
  secondsUntilAction: number | null;
  /** Liveness and readiness wait for a configured startup probe to succeed first. */
  gatedByStartup: boolean;
  onFailure: ProbeFailureAction;
  restartsContainer: boolean;
  evidence: ProbeEvidence;
}

/** What the status and events show about a probe. */
export interface ProbeEvidence {
  /** readiness: the container's ready flag; startup: its started flag; liveness: null. */
  flag: boolean | null;
  /** Sum of counts of Unhealthy events whose message starts "<Kind> probe failed/errored". */
  failures: number;
  lastFailureMessage: string | null;
  lastFailureAt: string | null;
  /** liveness/startup: Killing events saying the container "failed <kind> probe, will be restarted". */
  restartsCaused: number;
  paths: string[];
}

/** Defaults applied by the apiserver (pkg/apis/core/v1/defaults.go, SetDefaults_Probe). */
export const PROBE_DEFAULTS: Readonly<ProbeTiming> = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
};

const PROBE_FIELD: Record<ProbeKind, 'startupProbe' | 'livenessProbe' | 'readinessProbe'> = {
  startup: 'startupProbe',
  liveness: 'livenessProbe',
  readiness: 'readinessProbe',
};

const CONCEPT: Record<ProbeKind, ConceptId> = {
  startup: 'startup-probe',
  liveness: 'liveness-probe',
  readiness: 'readiness-probe',
};

// The kubelet's event text: "%s probe failed: %s" / "%s probe errored: %s" with Liveness/Readiness/Startup.
const UNHEALTHY_PREFIX: Record<ProbeKind, RegExp> = {
  startup: /^Startup probe (failed|errored)/,
  liveness: /^Liveness probe (failed|errored)/,
  readiness: /^Readiness probe (failed|errored)/,
};

/**
 * Describes a probe handler.
 * @example probeHandler({ tcpSocket: { port: 8080 } }) // { type: 'tcpSocket', host: null, port: 8080 }
 */
export function probeHandler(probe: V1Probe): ProbeHandler {
  if (probe.exec) return { type: 'exec', command: probe.exec.command ?? [] };
  if (probe.httpGet) {
    return {
      type: 'httpGet',
      scheme: probe.httpGet.scheme ?? 'HTTP',
      host: probe.httpGet.host ?? null,
      port: probe.httpGet.port,
      path: probe.httpGet.path ?? '/',
    };
  }
  if (probe.tcpSocket) return { type: 'tcpSocket', host: probe.tcpSocket.host ?? null, port: probe.tcpSocket.port };
  if (probe.grpc) return { type: 'grpc', port: probe.grpc.port, service: probe.grpc.service ?? null };
  return { type: 'unknown' };
}

/**
 * Timing with the apiserver's defaults filled in, and which fields were defaulted.
 * @example probeTiming({ periodSeconds: 5 }) // { timing: { initialDelaySeconds: 0, periodSeconds: 5, timeoutSeconds: 1, successThreshold: 1, failureThreshold: 3 }, defaulted: ['initialDelaySeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold'] }
 */
export function probeTiming(probe: V1Probe): { timing: ProbeTiming; defaulted: (keyof ProbeTiming)[] } {
  const timing = { ...PROBE_DEFAULTS };
  const defaulted: (keyof ProbeTiming)[] = [];
  for (const key of Object.keys(PROBE_DEFAULTS) as (keyof ProbeTiming)[]) {
    const value = probe[key];
    // 0 means "unset" for all but initialDelaySeconds, as the defaulting code treats it.
    if (typeof value === 'number' && (value > 0 || (key === 'initialDelaySeconds' && value === 0))) timing[key] = value;
    else defaulted.push(key);
  }
  return { timing, defaulted };
}

/**
 * Explains one probe kind of one container, with evidence from its status and
 * from Unhealthy/Killing events about it. `restartPolicy` is the policy that
 * applies to this container ('Always' for sidecars).
 * @example explainProbe('readiness', container, status, events, 'Always', 'spec.containers[0]', 'status.containerStatuses[0]')
 */
export function explainProbe(
  kind: ProbeKind,
  container: V1Container,
  status: V1ContainerStatus | undefined,
  events: readonly PodEvent[],
  restartPolicy: string,
  specPath: string,
  statusPath: string | null,
): ProbeExplanation {
  const probe = container[PROBE_FIELD[kind]];
  const gatedByStartup = kind !== 'startup' && container.startupProbe !== undefined && container.startupProbe !== null;
  const onFailure: ProbeFailureAction =
    kind === 'readiness' ? 'mark-not-ready' : restartPolicy === 'Never' ? 'kill' : 'kill-and-restart';
  // Without a probe there is nothing to fail: the kind counts as passing, so no flag is blamed on it.
  const evidence = probeEvidence(kind, container.name, probe ? status : undefined, events, statusPath);
  if (!probe) {
    return {
      kind,
      conceptId: CONCEPT[kind],
      configured: false,
      handler: null,
      successCriterion: null,
      timing: null,
      defaulted: [],
      secondsUntilAction: null,
      gatedByStartup,
      onFailure,
      restartsContainer: onFailure === 'kill-and-restart',
      evidence,
    };
  }
  const handler = probeHandler(probe);
  const { timing, defaulted } = probeTiming(probe);
  evidence.paths.unshift(`${specPath}.${PROBE_FIELD[kind]}`);
  return {
    kind,
    conceptId: CONCEPT[kind],
    configured: true,
    handler,
    successCriterion: SUCCESS[handler.type],
    timing,
    defaulted,
    secondsUntilAction: timing.initialDelaySeconds + timing.failureThreshold * timing.periodSeconds,
    gatedByStartup,
    onFailure,
    restartsContainer: onFailure === 'kill-and-restart',
    evidence,
  };
}

const SUCCESS: Record<ProbeHandler['type'], ProbeExplanation['successCriterion']> = {
  exec: 'exit-0',
  httpGet: 'http-200-399',
  tcpSocket: 'tcp-connect',
  grpc: 'grpc-serving',
  unknown: null,
};

function probeEvidence(
  kind: ProbeKind,
  containerName: string,
  status: V1ContainerStatus | undefined,
  events: readonly PodEvent[],
  statusPath: string | null,
): ProbeEvidence {
  const failures = withReason(events, 'Unhealthy', containerName).filter((e) => UNHEALTHY_PREFIX[kind].test(e.message));
  const kills =
    kind === 'readiness'
      ? []
      : withReason(events, 'Killing', containerName).filter((e) => e.message.includes(`failed ${kind} probe`));
  const last = lastOf(failures);
  const paths: string[] = [];
  let flag: boolean | null = null;
  if (kind === 'readiness' && status) {
    flag = status.ready;
    if (statusPath) paths.push(`${statusPath}.ready`);
  } else if (kind === 'startup' && status && status.started !== undefined) {
    flag = status.started;
    if (statusPath) paths.push(`${statusPath}.started`);
  }
  if (failures.length) paths.push(eventPath('Unhealthy', 'message'));
  if (kills.length) paths.push(eventPath('Killing', 'message'));
  return {
    flag,
    failures: totalCount(failures),
    lastFailureMessage: last?.message ?? null,
    lastFailureAt: last?.lastAt ?? null,
    restartsCaused: totalCount(kills),
    paths,
  };
}

/**
 * All three probes of a container, startup first because it gates the others.
 * @example explainProbes(container, status, events, 'Always', 'spec.containers[0]', 'status.containerStatuses[0]').map((p) => p.kind) // ['startup', 'liveness', 'readiness']
 */
export function explainProbes(
  container: V1Container,
  status: V1ContainerStatus | undefined,
  events: readonly PodEvent[],
  restartPolicy: string,
  specPath: string,
  statusPath: string | null,
): ProbeExplanation[] {
  return (['startup', 'liveness', 'readiness'] as const).map((kind) =>
    explainProbe(kind, container, status, events, restartPolicy, specPath, statusPath),
  );
}
