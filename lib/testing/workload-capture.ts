import type {
  CoreV1Event,
  V1ControllerRevision,
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1Job,
  V1Node,
  V1PersistentVolumeClaim,
  V1Pod,
  V1ReplicaSet,
  V1Service,
  V1StatefulSet,
  V2HorizontalPodAutoscaler,
} from '@kubernetes/client-node';
import { loadFixture } from './fixtures';

/**
 * One capture of the sandbox's hf-capture namespace (see
 * lib/testing/captured/workloads/README.md): every object of the listed kinds,
 * fetched one kind after another with `kubectl get -o json` starting at
 * `capturedAt`, managedFields and last-applied annotations dropped.
 */
export interface WorkloadSnapshot {
  capturedAt: string;
  namespace: string;
  deployments: V1Deployment[];
  replicaSets: V1ReplicaSet[];
  pods: V1Pod[];
  events: CoreV1Event[];
  hpas: V2HorizontalPodAutoscaler[];
  statefulSets: V1StatefulSet[];
  daemonSets: V1DaemonSet[];
  jobs: V1Job[];
  cronJobs: V1CronJob[];
  nodes: V1Node[];
  pvcs: V1PersistentVolumeClaim[];
  controllerRevisions: V1ControllerRevision[];
  services: V1Service[];
}

const KINDS = [
  'deployments',
  'replicaSets',
  'pods',
  'events',
  'hpas',
  'statefulSets',
  'daemonSets',
  'jobs',
  'cronJobs',
  'nodes',
  'pvcs',
  'controllerRevisions',
  'services',
] as const;

/**
 * Loads a workload snapshot; kinds the capture did not include are empty lists.
 * Each call reads the file again, so every caller gets its own copy.
 * @example workloadSnapshot('web-rev2-rolling-1').deployments[0].metadata.name // 'web'
 */
export function workloadSnapshot(name: string): WorkloadSnapshot {
  const raw = loadFixture<Partial<WorkloadSnapshot> & { capturedAt: string; namespace: string }>(`workloads/${name}.json`);
  const snapshot = { ...raw } as WorkloadSnapshot;
  for (const kind of KINDS) (snapshot as unknown as Record<string, unknown[]>)[kind] = raw[kind] ?? [];
  return snapshot;
}

/** The object of `list` named `name`; throws rather than hand a test undefined. */
export function named<T extends { metadata?: { name?: string } }>(list: readonly T[], name: string): T {
  const found = list.find((o) => o.metadata?.name === name);
  if (!found) throw new Error(`no captured object named ${name}`);
  return found;
}
