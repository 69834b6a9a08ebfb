/**
 * The kubectl oracle for podColumns: upstream printers_test.go cases (TestPrintPod,
 * TestPrintPodWithRestartableInitContainer and the other printPod tests), branches
 * derived from printPod, and public captured pods. `want` is the whole result:
 * kubectl's READY, STATUS and RESTARTS text plus the RESTARTS values (count and
 * the last counted termination) that the Pods view re-ages. Used only by *.test.ts
 * files (pod-columns.test.ts and lib/views/pod-row.test.ts).
 */
import type {
  V1Container,
  V1ContainerState,
  V1ContainerStateTerminated,
  V1ContainerStatus,
  V1ObjectMeta,
  V1Pod,
  V1PodCondition,
  V1PodStatus,
} from '@kubernetes/client-node';
import type { PodColumns } from './pod-columns';

export interface PodColumnsCase {
  name: string;
  pod: V1Pod;
  want: PodColumns;
}

export const NOW = new Date('2025-06-01T12:00:00Z');
const SECOND = 1000;
const DAY = 24 * 60 * 60 * SECOND;

function ago(ms: number): Date {
  return new Date(NOW.getTime() - ms);
}

/** Upstream tests use unnamed containers (`make([]api.Container, n)`). */
function unnamed(count: number): V1Container[] {
  return Array.from({ length: count }, () => ({ name: '' }));
}

function sidecar(name: string): V1Container {
  return { name, restartPolicy: 'Always' };
}

/** A container status with the client type's required fields defaulted like Go zero values. */
function cs(fields: Partial<V1ContainerStatus>): V1ContainerStatus {
  return { name: '', image: '', imageID: '', ready: false, restartCount: 0, ...fields };
}

const running: V1ContainerState = { running: {} };

function waiting(reason?: string): V1ContainerState {
  return { waiting: reason === undefined ? {} : { reason } };
}

function terminated(fields: Partial<V1ContainerStateTerminated> = {}): V1ContainerState {
  return { terminated: { exitCode: 0, ...fields } };
}

/** lastState of a container that last terminated at `finishedAt`. */
function lastTerminated(finishedAt: Date | string): V1ContainerState {
  return terminated({ finishedAt: finishedAt as Date });
}

function condition(type: string, status: string, reason?: string): V1PodCondition {
  return reason === undefined ? { type, status } : { type, status, reason };
}

function pod(
  containers: V1Container[],
  status: V1PodStatus,
  extra: { initContainers?: V1Container[]; metadata?: V1ObjectMeta } = {},
): V1Pod {
  return {
    metadata: { name: 'test', ...extra.metadata },
    spec: { containers, ...(extra.initContainers ? { initContainers: extra.initContainers } : {}) },
    status,
  };
}

const deleting: V1ObjectMeta = { deletionTimestamp: ago(10 * SECOND) };

// kubernetes pkg/printers/internalversion/printers_test.go, TestPrintPod (test1–test24).
export const testPrintPod: PodColumnsCase[] = [
  {
    name: 'shows the phase and counts only running ready containers in READY (test1)',
    pod: pod(unnamed(2), {
      phase: 'podPhase',
      containerStatuses: [cs({ ready: true, restartCount: 3, state: running }), cs({ restartCount: 3 })],
    }),
    want: { ready: '1/2', status: 'podPhase', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: "shows a waiting container's reason instead of the phase (test2)",
    pod: pod(unnamed(2), {
      phase: 'podPhase',
      containerStatuses: [
        cs({ ready: true, restartCount: 3, state: running }),
        cs({ restartCount: 3, state: waiting('ContainerWaitingReason') }),
      ],
    }),
    want: { ready: '1/2', status: 'ContainerWaitingReason', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: "lets the first container's reason win over a later terminated one (test3)",
    pod: pod(unnamed(2), {
      phase: 'podPhase',
      containerStatuses: [
        cs({ restartCount: 3, state: waiting('ContainerWaitingReason') }),
        cs({ restartCount: 3, state: terminated({ reason: 'ContainerTerminatedReason' }) }),
      ],
    }),
    want: { ready: '0/2', status: 'ContainerWaitingReason', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'does not count a ready container that is not running (test4)',
    pod: pod(unnamed(2), {
      phase: 'podPhase',
      containerStatuses: [cs({ ready: true, restartCount: 3, state: running }), cs({ ready: true, restartCount: 3 })],
    }),
    want: { ready: '1/2', status: 'podPhase', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'shows status.reason instead of the phase (test5)',
    pod: pod(unnamed(2), {
      reason: 'podReason',
      phase: 'podPhase',
      containerStatuses: [cs({ ready: true, restartCount: 3, state: running }), cs({ ready: true, restartCount: 3 })],
    }),
    want: { ready: '1/2', status: 'podReason', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'shows NotReady when one container completed and another still runs without the Ready condition (test6)',
    pod: pod(unnamed(2), {
      phase: 'Running',
      reason: '',
      containerStatuses: [
        cs({ ready: true, restartCount: 3, state: terminated({ reason: 'Completed' }) }),
        cs({ ready: true, restartCount: 3, state: running }),
      ],
    }),
    want: { ready: '1/2', status: 'NotReady', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'shows Running when one container completed and another still runs with the Ready condition (test6 bis)',
    pod: pod(unnamed(2), {
      phase: 'Running',
      reason: '',
      containerStatuses: [
        cs({ ready: true, restartCount: 3, state: terminated({ reason: 'Completed' }) }),
        cs({ ready: true, restartCount: 3, state: running }),
      ],
      conditions: [condition('Ready', 'True')],
    }),
    want: { ready: '1/2', status: 'Running', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'shows Init:0/1 while the only init container runs, with its restarts and their age (test7)',
    pod: pod(
      unnamed(1),
      {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ restartCount: 3, state: running, lastState: lastTerminated(ago(10 * SECOND)) }),
        ],
        containerStatuses: [cs({ state: waiting() })],
      },
      { initContainers: unnamed(1) },
    ),
    want: { ready: '0/1', status: 'Init:0/1', restarts: '3 (10s ago)', restartCount: 3, lastRestartAt: '2025-06-01T11:59:50Z' },
  },
  {
    name: 'shows Init:0/2 when the first of two init containers is still running (test8)',
    pod: pod(
      unnamed(1),
      {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ restartCount: 3, state: running, lastState: lastTerminated(ago(10 * SECOND)) }),
          cs({ state: waiting() }),
        ],
        containerStatuses: [cs({ state: waiting() })],
      },
      { initContainers: unnamed(2) },
    ),
    want: { ready: '0/1', status: 'Init:0/2', restarts: '3 (10s ago)', restartCount: 3, lastRestartAt: '2025-06-01T11:59:50Z' },
  },
  {
    name: 'skips an init container that exited 0 and shows Init:1/2 for the next one (test9)',
    pod: pod(
      unnamed(1),
      {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ state: terminated() }),
          cs({ restartCount: 3, state: running, lastState: lastTerminated(ago(10 * SECOND)) }),
        ],
        containerStatuses: [cs({ state: waiting() })],
      },
      { initContainers: unnamed(2) },
    ),
    want: { ready: '0/1', status: 'Init:1/2', restarts: '3 (10s ago)', restartCount: 3, lastRestartAt: '2025-06-01T11:59:50Z' },
  },
  {
    name: 'sums init container restarts and ages them from the newest termination while initializing (test10)',
    pod: pod(
      unnamed(1),
      {
        phase: 'podPhase',
        initContainerStatuses: [
          cs({ restartCount: 2, state: terminated(), lastState: lastTerminated(ago(120 * SECOND)) }),
          cs({ restartCount: 3, state: running, lastState: lastTerminated(ago(10 * SECOND)) }),
        ],
        containerStatuses: [cs({ state: waiting() })],
      },
      { initContainers: unnamed(2) },
    ),
    want: { ready: '0/1', status: 'Init:1/2', restarts: '5 (10s ago)', restartCount: 5, lastRestartAt: '2025-06-01T11:59:50Z' },
  },
  {
    name: 'drops ordinary init container restarts from RESTARTS once initialization is done (test11)',
    pod: pod(
      unnamed(1),
      {
        phase: 'Running',
        initContainerStatuses: [
          cs({ restartCount: 2, state: terminated(), lastState: lastTerminated(ago(120 * SECOND)) }),
        ],
        containerStatuses: [
          cs({ restartCount: 4, state: running, lastState: lastTerminated(ago(20 * SECOND)) }),
        ],
      },
      { initContainers: unnamed(1) },
    ),
    want: { ready: '0/1', status: 'Running', restarts: '4 (20s ago)', restartCount: 4, lastRestartAt: '2025-06-01T11:59:40Z' },
  },
  {
    name: 'shows the restart age in days (test12)',
    pod: pod(unnamed(1), {
      phase: 'Running',
      containerStatuses: [
        cs({ ready: true, restartCount: 3, state: running, lastState: lastTerminated(ago(5 * DAY)) }),
      ],
    }),
    want: { ready: '1/1', status: 'Running', restarts: '3 (5d ago)', restartCount: 3, lastRestartAt: '2025-05-27T12:00:00Z' },
  },
  {
    name: 'ages restarts from the only container that has a last termination (test13)',
    pod: pod(unnamed(2), {
      phase: 'Running',
      containerStatuses: [
        cs({ ready: true, state: running }),
        cs({ ready: true, restartCount: 3, state: running, lastState: lastTerminated(ago(10 * DAY)) }),
      ],
    }),
    want: { ready: '2/2', status: 'Running', restarts: '3 (10d ago)', restartCount: 3, lastRestartAt: '2025-05-22T12:00:00Z' },
  },
  {
    name: 'ages restarts from the most recent termination across containers (test14)',
    pod: pod(unnamed(2), {
      phase: 'Running',
      containerStatuses: [
        cs({ ready: true, restartCount: 6, state: running, lastState: lastTerminated(ago(5 * DAY)) }),
        cs({ ready: true, restartCount: 3, state: running, lastState: lastTerminated(ago(20 * DAY)) }),
      ],
    }),
    want: { ready: '2/2', status: 'Running', restarts: '9 (5d ago)', restartCount: 9, lastRestartAt: '2025-05-27T12:00:00Z' },
  },
  {
    name: 'shows SchedulingGated when PodScheduled carries that reason (test15)',
    pod: pod(unnamed(2), {
      phase: 'podPhase',
      conditions: [condition('PodScheduled', 'False', 'SchedulingGated')],
    }),
    want: { ready: '0/2', status: 'SchedulingGated', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Completed for a succeeded pod (test16)',
    pod: pod(unnamed(1), {
      phase: 'Succeeded',
      containerStatuses: [cs({ state: terminated({ reason: 'Completed' }) })],
    }),
    want: { ready: '0/1', status: 'Completed', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Error for a failed pod whose container exited with reason Error (test17)',
    pod: pod(unnamed(1), {
      phase: 'Failed',
      containerStatuses: [cs({ state: terminated({ reason: 'Error', exitCode: 1 }) })],
    }),
    want: { ready: '0/1', status: 'Error', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'keeps Completed for a succeeded pod that is being deleted (test18)',
    pod: pod(
      unnamed(1),
      { phase: 'Succeeded', containerStatuses: [cs({ state: terminated({ reason: 'Completed' }) })] },
      { metadata: deleting },
    ),
    want: { ready: '0/1', status: 'Completed', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Terminating for a running pod that is being deleted (test19)',
    pod: pod(unnamed(1), { phase: 'Running', containerStatuses: [cs({ state: running })] }, { metadata: deleting }),
    want: { ready: '0/1', status: 'Terminating', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Terminating for a pending pod that is being deleted (test20)',
    pod: pod(unnamed(1), { phase: 'Pending' }, { metadata: deleting }),
    want: { ready: '0/1', status: 'Terminating', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: "shows the first container's crash reason when it crashed and the second runs (test21)",
    pod: pod(unnamed(2), {
      phase: 'Failed',
      containerStatuses: [
        cs({ state: terminated({ finishedAt: NOW, exitCode: 1, reason: 'podCrash' }) }),
        cs({ ready: true, state: { running: { startedAt: NOW } } }),
      ],
    }),
    want: { ready: '1/2', status: 'podCrash', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: "shows the second container's crash reason when the first runs (test22)",
    pod: pod(unnamed(2), {
      phase: 'Failed',
      containerStatuses: [
        cs({ ready: true, state: { running: { startedAt: NOW } } }),
        cs({ state: terminated({ finishedAt: NOW, exitCode: 1, reason: 'podCrash' }) }),
      ],
    }),
    want: { ready: '1/2', status: 'podCrash', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows the crash reason over a later ExitCode:0 and does not count ready terminated containers (test23)',
    pod: pod(unnamed(3), {
      phase: 'Failed',
      containerStatuses: [
        cs({ ready: true, state: { running: { startedAt: NOW } } }),
        cs({ ready: true, state: terminated({ finishedAt: NOW, exitCode: 1, reason: 'podCrash' }) }),
        cs({ ready: true, state: terminated({ finishedAt: NOW }) }),
      ],
    }),
    want: { ready: '1/3', status: 'podCrash', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows the crash reason with no container ready (test24)',
    pod: pod(unnamed(3), {
      phase: 'Failed',
      containerStatuses: [
        cs({ state: { running: { startedAt: NOW } } }),
        cs({ state: terminated({ finishedAt: NOW, exitCode: 1, reason: 'podCrash' }) }),
        cs({ state: terminated({ finishedAt: NOW }) }),
      ],
    }),
    want: { ready: '0/3', status: 'podCrash', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
];

const sidecars = [sidecar('restartable-init-1'), sidecar('restartable-init-2')];

// printers_test.go, TestPrintPodWithRestartableInitContainer (test1–test4).
export const testPrintPodWithRestartableInitContainer: PodColumnsCase[] = [
  {
    name: 'counts sidecars in READY and shows Init:0/2 while the first sidecar has not started (test1)',
    pod: pod(
      unnamed(1),
      {
        phase: 'Pending',
        initContainerStatuses: [
          cs({
            name: 'restartable-init-1',
            restartCount: 3,
            state: running,
            started: false,
            lastState: lastTerminated(ago(10 * SECOND)),
          }),
          cs({ name: 'restartable-init-2', state: waiting(), started: false }),
        ],
        containerStatuses: [cs({ state: waiting() })],
        conditions: [condition('Initialized', 'False')],
      },
      { initContainers: sidecars },
    ),
    want: { ready: '0/3', status: 'Init:0/2', restarts: '3 (10s ago)', restartCount: 3, lastRestartAt: '2025-06-01T11:59:50Z' },
  },
  {
    name: 'skips a started sidecar and shows Init:1/2 for the next one that has not started (test1 bis)',
    pod: pod(
      unnamed(1),
      {
        phase: 'Pending',
        initContainerStatuses: [
          cs({
            name: 'restartable-init-1',
            restartCount: 3,
            state: running,
            started: true,
            lastState: lastTerminated(ago(10 * SECOND)),
          }),
          cs({ name: 'restartable-init-2', state: running, started: false }),
        ],
        containerStatuses: [cs({ state: waiting() })],
        conditions: [condition('Initialized', 'False')],
      },
      { initContainers: sidecars },
    ),
    want: { ready: '0/3', status: 'Init:1/2', restarts: '3 (10s ago)', restartCount: 3, lastRestartAt: '2025-06-01T11:59:50Z' },
  },
  {
    name: 'adds sidecar restarts to app container restarts once both sidecars started (test2)',
    pod: pod(
      unnamed(1),
      {
        phase: 'Running',
        initContainerStatuses: [
          cs({
            name: 'restartable-init-1',
            restartCount: 3,
            state: running,
            started: true,
            lastState: lastTerminated(ago(10 * SECOND)),
          }),
          cs({ name: 'restartable-init-2', state: running, started: true }),
        ],
        containerStatuses: [
          cs({ ready: true, restartCount: 4, state: running, lastState: lastTerminated(ago(20 * SECOND)) }),
        ],
        conditions: [condition('Initialized', 'True')],
      },
      { initContainers: sidecars },
    ),
    want: { ready: '1/3', status: 'Running', restarts: '7 (10s ago)', restartCount: 7, lastRestartAt: '2025-06-01T11:59:50Z' },
  },
  {
    name: 'lets the app containers decide once the pod is Initialized even if a sidecar exited with an error (test3)',
    pod: pod(
      unnamed(1),
      {
        phase: 'Succeeded',
        initContainerStatuses: [
          cs({
            name: 'restartable-init-1',
            restartCount: 3,
            state: terminated({ reason: 'Error', exitCode: 137 }),
            started: false,
            lastState: lastTerminated(ago(10 * SECOND)),
          }),
          cs({
            name: 'restartable-init-2',
            state: terminated({ reason: 'Error', exitCode: 137 }),
            started: false,
          }),
        ],
        containerStatuses: [
          cs({
            restartCount: 4,
            state: terminated({ reason: 'Completed' }),
            lastState: lastTerminated(ago(20 * SECOND)),
          }),
        ],
        conditions: [condition('Initialized', 'True')],
      },
      { initContainers: sidecars },
    ),
    want: { ready: '0/3', status: 'Completed', restarts: '7 (10s ago)', restartCount: 7, lastRestartAt: '2025-06-01T11:59:50Z' },
  },
  {
    name: 'shows Init:0/N when statuses name containers that are not in the spec (test4)',
    pod: pod(
      [{ name: 'container1' }],
      {
        phase: 'Running',
        initContainerStatuses: [cs({ name: 'initinvalid' }), cs({ name: 'init1' }), cs({ name: 'sidecar1' })],
        containerStatuses: [cs({ name: 'containerinvalid' }), cs({ name: 'container1' })],
      },
      { initContainers: [{ name: 'init1' }, sidecar('sidecar1')] },
    ),
    want: { ready: '0/2', status: 'Init:0/2', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
];

const twoContainersOneRunning = (phase: string): V1PodStatus => ({
  phase,
  containerStatuses: [cs({ ready: true, restartCount: 3, state: running }), cs({ restartCount: 3 })],
});

// printers_test.go, TestPrintPodwide (the three non-wide columns only),
// TestPrintPodConditions, TestPrintPodList and TestPrintNonTerminatedPod.
export const otherUpstreamCases: PodColumnsCase[] = [
  {
    name: 'ignores readiness gates when counting READY (TestPrintPodwide test1)',
    pod: {
      ...pod(unnamed(2), {
        ...twoContainersOneRunning('podPhase'),
        conditions: [condition('condition1', 'False'), condition('condition2', 'True')],
        podIPs: [{ ip: '1.1.1.1' }],
        nominatedNodeName: 'node1',
      }),
      spec: {
        containers: unnamed(2),
        nodeName: 'test1',
        readinessGates: ['condition1', 'condition2', 'condition3'].map((conditionType) => ({ conditionType })),
      },
    },
    want: { ready: '1/2', status: 'podPhase', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'shows the Running phase when no container has a reason (TestPrintPodConditions running)',
    pod: pod(unnamed(2), twoContainersOneRunning('Running')),
    want: { ready: '1/2', status: 'Running', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'shows the Succeeded phase when no container has a reason (TestPrintPodConditions succeeded)',
    pod: pod(unnamed(2), twoContainersOneRunning('Succeeded')),
    want: { ready: '1/2', status: 'Succeeded', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'shows the Failed phase when no container has a reason (TestPrintPodConditions failed)',
    pod: pod(unnamed(2), twoContainersOneRunning('Failed')),
    want: { ready: '1/2', status: 'Failed', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'counts every running ready container in READY (TestPrintPodList item 1)',
    pod: pod(unnamed(2), {
      phase: 'podPhase',
      containerStatuses: [
        cs({ ready: true, restartCount: 3, state: running }),
        cs({ ready: true, restartCount: 3, state: running }),
      ],
    }),
    want: { ready: '2/2', status: 'podPhase', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'prints restarts without an age when no last termination is known (TestPrintPodList item 2)',
    pod: pod(unnamed(1), {
      phase: 'podPhase',
      containerStatuses: [cs({ ready: true, restartCount: 1, state: running })],
    }),
    want: { ready: '1/1', status: 'podPhase', restarts: '1', restartCount: 1, lastRestartAt: null },
  },
  {
    name: 'shows the Pending phase (TestPrintNonTerminatedPod test2)',
    pod: pod(unnamed(2), twoContainersOneRunning('Pending')),
    want: { ready: '1/2', status: 'Pending', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
  {
    name: 'shows the Unknown phase (TestPrintNonTerminatedPod test3)',
    pod: pod(unnamed(2), twoContainersOneRunning('Unknown')),
    want: { ready: '1/2', status: 'Unknown', restarts: '6', restartCount: 6, lastRestartAt: null },
  },
];

// Branches of printPod that upstream tests do not exercise, derived from the code.
export const derivedCases: PodColumnsCase[] = [
  {
    name: 'shows Init:<reason> when an init container terminated non-zero with a reason',
    pod: pod(
      unnamed(1),
      { phase: 'Pending', initContainerStatuses: [cs({ state: terminated({ reason: 'Error', exitCode: 1 }) })] },
      { initContainers: unnamed(1) },
    ),
    want: { ready: '0/1', status: 'Init:Error', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Init:Signal:N when an init container is killed by a signal without a reason',
    pod: pod(
      unnamed(1),
      { phase: 'Pending', initContainerStatuses: [cs({ state: terminated({ signal: 9, exitCode: 137 }) })] },
      { initContainers: unnamed(1) },
    ),
    want: { ready: '0/1', status: 'Init:Signal:9', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Init:ExitCode:N when an init container exits non-zero without a reason',
    pod: pod(
      unnamed(1),
      { phase: 'Pending', initContainerStatuses: [cs({ state: terminated({ exitCode: 2 }) })] },
      { initContainers: unnamed(1) },
    ),
    want: { ready: '0/1', status: 'Init:ExitCode:2', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Init:<waiting reason> when an init container waits with a reason',
    pod: pod(
      unnamed(1),
      {
        phase: 'Pending',
        initContainerStatuses: [
          cs({ restartCount: 2, state: waiting('CrashLoopBackOff'), lastState: lastTerminated(ago(75 * SECOND)) }),
        ],
      },
      { initContainers: unnamed(2) },
    ),
    want: { ready: '0/1', status: 'Init:CrashLoopBackOff', restarts: '2 (75s ago)', restartCount: 2, lastRestartAt: '2025-06-01T11:58:45Z' },
  },
  {
    name: 'shows Init:i/N rather than PodInitializing for an init container waiting on PodInitializing',
    pod: pod(
      unnamed(1),
      {
        phase: 'Pending',
        initContainerStatuses: [cs({ state: terminated() }), cs({ state: waiting('PodInitializing') })],
      },
      { initContainers: unnamed(3) },
    ),
    want: { ready: '0/1', status: 'Init:1/3', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'ignores restarts of init containers after the one that blocks initialization',
    pod: pod(
      unnamed(1),
      {
        phase: 'Pending',
        initContainerStatuses: [
          cs({ restartCount: 1, state: waiting('CrashLoopBackOff'), lastState: lastTerminated(ago(30 * SECOND)) }),
          cs({ restartCount: 5, state: waiting(), lastState: lastTerminated(ago(5 * SECOND)) }),
        ],
      },
      { initContainers: unnamed(2) },
    ),
    want: { ready: '0/1', status: 'Init:CrashLoopBackOff', restarts: '1 (30s ago)', restartCount: 1, lastRestartAt: '2025-06-01T11:59:30Z' },
  },
  {
    name: 'does not count a started sidecar in READY until it is ready',
    pod: pod(
      unnamed(1),
      {
        phase: 'Running',
        initContainerStatuses: [cs({ name: 'proxy', started: true, state: running })],
        containerStatuses: [cs({ ready: true, state: running })],
        conditions: [condition('Initialized', 'True'), condition('Ready', 'False')],
      },
      { initContainers: [sidecar('proxy')] },
    ),
    want: { ready: '1/2', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Signal:N when an app container is killed by a signal without a reason',
    pod: pod(unnamed(1), { phase: 'Running', containerStatuses: [cs({ state: terminated({ signal: 15 }) })] }),
    want: { ready: '0/1', status: 'Signal:15', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows ExitCode:N when an app container exits without a reason or signal',
    pod: pod(unnamed(1), { phase: 'Running', containerStatuses: [cs({ state: terminated({ exitCode: 3 }) })] }),
    want: { ready: '0/1', status: 'ExitCode:3', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows a later container failure instead of Completed from the first container (kubernetes#121563)',
    pod: pod(unnamed(2), {
      phase: 'Failed',
      containerStatuses: [
        cs({ state: terminated({ reason: 'Completed' }) }),
        cs({ state: terminated({ reason: 'Error', exitCode: 1 }) }),
      ],
    }),
    want: { ready: '0/2', status: 'Error', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'prefers a failure over NotReady when Completed hides both a failed and a running container',
    pod: pod(unnamed(3), {
      phase: 'Running',
      containerStatuses: [
        cs({ state: terminated({ reason: 'Completed' }) }),
        cs({ state: terminated({ reason: 'OOMKilled', exitCode: 137 }) }),
        cs({ ready: true, state: running }),
      ],
    }),
    want: { ready: '1/3', status: 'OOMKilled', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'prefers Running over a failure when Completed hides a running container and the pod is Ready',
    pod: pod(unnamed(3), {
      phase: 'Running',
      containerStatuses: [
        cs({ state: terminated({ reason: 'Completed' }) }),
        cs({ state: terminated({ reason: 'Error', exitCode: 1 }) }),
        cs({ ready: true, state: running }),
      ],
      conditions: [condition('Ready', 'True')],
    }),
    want: { ready: '1/3', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Unknown for a pod being deleted from a lost node',
    pod: pod(
      unnamed(1),
      { phase: 'Running', reason: 'NodeLost', containerStatuses: [cs({ ready: true, state: running })] },
      { metadata: deleting },
    ),
    want: { ready: '1/1', status: 'Unknown', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows NodeLost for a pod on a lost node that is not being deleted',
    pod: pod(unnamed(1), { phase: 'Running', reason: 'NodeLost', containerStatuses: [cs({ state: running })] }),
    want: { ready: '0/1', status: 'NodeLost', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'keeps the failure reason for a failed pod that is being deleted',
    pod: pod(
      unnamed(1),
      { phase: 'Failed', containerStatuses: [cs({ state: terminated({ reason: 'Error', exitCode: 1 }) })] },
      { metadata: deleting },
    ),
    want: { ready: '0/1', status: 'Error', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'reads ISO string timestamps the way it reads Date objects',
    pod: pod(
      unnamed(1),
      {
        phase: 'Running',
        containerStatuses: [
          cs({ ready: true, restartCount: 2, state: running, lastState: lastTerminated('2025-06-01T11:56:50Z') }),
        ],
      },
      { metadata: { deletionTimestamp: '2025-06-01T12:00:30Z' as unknown as Date } },
    ),
    want: { ready: '1/1', status: 'Terminating', restarts: '2 (3m10s ago)', restartCount: 2, lastRestartAt: '2025-06-01T11:56:50Z' },
  },
  {
    name: "treats Go's zero time as no last termination, so restarts get no age",
    pod: pod(unnamed(1), {
      phase: 'Running',
      containerStatuses: [
        cs({ ready: true, restartCount: 1, state: running, lastState: lastTerminated('0001-01-01T00:00:00Z') }),
      ],
    }),
    want: { ready: '1/1', status: 'Running', restarts: '1', restartCount: 1, lastRestartAt: null },
  },
  {
    name: 'prints an empty status, 0/0 and 0 for a pod with no spec or status',
    pod: {},
    want: { ready: '0/0', status: '', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: "forgets an init container's earlier failure once the pod is initialized: RESTARTS reads 0 with no last restart",
    pod: pod(
      unnamed(1),
      {
        phase: 'Running',
        initContainerStatuses: [
          cs({ restartCount: 1, state: terminated({ reason: 'Completed' }), lastState: lastTerminated(ago(5 * 60 * SECOND)) }),
        ],
        containerStatuses: [cs({ ready: true, state: running })],
        conditions: [condition('Initialized', 'True'), condition('Ready', 'True')],
      },
      { initContainers: unnamed(1) },
    ),
    want: { ready: '1/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'keeps the last termination of a counted container that never restarted, but prints 0 without an age',
    pod: pod(unnamed(1), {
      phase: 'Running',
      containerStatuses: [cs({ ready: true, state: running, lastState: lastTerminated(ago(90 * SECOND)) })],
    }),
    want: { ready: '1/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: '2025-06-01T11:58:30Z' },
  },
];

export interface PodColumnsFixtureCase {
  name: string;
  file: string;
  /** Chosen a little after the capture so RESTARTS ages read naturally. */
  now: string;
  want: PodColumns;
}

// STATUS and READY agree with lib/testing/captured/INDEX.md. INDEX
// lists RESTARTS as a bare count; upstream appends "(<age> ago)" whenever a
// lastState.terminated.finishedAt is known, so those expectations carry an age.
export const capturedPodCases: PodColumnsFixtureCase[] = [
  {
    name: 'shows ImagePullBackOff for a pending pod that cannot pull its image',
    file: 'docker-desktop-imagepullbackoff.json',
    now: '2019-04-04T16:10:00Z',
    want: { ready: '0/1', status: 'ImagePullBackOff', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Running 1/1 for a ready Deployment pod on GKE',
    file: 'gke-running-ready-deployment-pod.json',
    now: '2020-01-01T00:00:00Z',
    want: { ready: '1/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'counts a ready native sidecar in READY (2/2) after a completed init container',
    file: 'kind-native-sidecar-init-completed-running.json',
    now: '2024-08-24T02:00:00Z',
    want: { ready: '2/2', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows CrashLoopBackOff with restarts aged from the last Error exit',
    file: 'minikube-crashloopbackoff-lastState-error.json',
    now: '2018-12-02T09:21:05Z',
    want: { ready: '0/1', status: 'CrashLoopBackOff', restarts: '3 (40s ago)', restartCount: 3, lastRestartAt: '2018-12-02T09:20:25Z' },
  },
  {
    name: 'shows CrashLoopBackOff under restartPolicy OnFailure, ages under 2m in seconds',
    file: 'minikube-crashloopbackoff-restartonfailure.json',
    now: '2018-12-02T09:50:14Z',
    want: { ready: '0/1', status: 'CrashLoopBackOff', restarts: '4 (80s ago)', restartCount: 4, lastRestartAt: '2018-12-02T09:48:54Z' },
  },
  {
    name: 'shows Error for a failed pod whose only container exited 1',
    file: 'minikube-failed-restartnever.json',
    now: '2018-12-02T09:20:00Z',
    want: { ready: '0/1', status: 'Error', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Running once the init container completed',
    file: 'minikube-init-container-completed-running.json',
    now: '2020-01-18T07:00:00Z',
    want: { ready: '1/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows PodInitializing when the app container waits with that reason and there are no init containers',
    file: 'minikube-pending-podinitializing.json',
    now: '2018-12-02T10:17:00Z',
    want: { ready: '0/1', status: 'PodInitializing', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Terminating for a pending pod with a deletionTimestamp',
    file: 'minikube-pending-with-deletiontimestamp-EDITED.json',
    now: '2018-12-03T10:16:30Z',
    want: { ready: '0/1', status: 'Terminating', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Running 0/1 when the readiness probe never passes',
    file: 'minikube-running-not-ready-readiness-tcp-failing.json',
    now: '2018-12-02T10:35:00Z',
    want: { ready: '0/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Running 1/1 for a bare nginx pod',
    file: 'minikube-running-ready-nginx.json',
    now: '2019-08-09T06:00:00Z',
    want: { ready: '1/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Running 1/1 under restartPolicy Always',
    file: 'minikube-running-ready-restartalways.json',
    now: '2018-12-02T09:30:00Z',
    want: { ready: '1/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Running 1/1 under restartPolicy Never',
    file: 'minikube-running-ready-restartnever.json',
    now: '2018-12-02T09:30:00Z',
    want: { ready: '1/1', status: 'Running', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
  {
    name: 'shows Error for a running pod caught between restarts',
    file: 'minikube-running-terminated-error-restartalways.json',
    now: '2018-12-02T09:22:51Z',
    want: { ready: '0/1', status: 'Error', restarts: '2 (3m10s ago)', restartCount: 2, lastRestartAt: '2018-12-02T09:19:41Z' },
  },
  {
    name: 'shows Completed for a succeeded pod',
    file: 'minikube-succeeded-completed.json',
    now: '2018-12-02T09:30:00Z',
    want: { ready: '0/1', status: 'Completed', restarts: '0', restartCount: 0, lastRestartAt: null },
  },
];

