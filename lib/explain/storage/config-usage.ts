/**
 * Who uses a ConfigMap or Secret: every pod and every workload pod template
 * in its namespace whose spec references it, with the exact reference paths.
 */
import type {
  V1CronJob,
  V1DaemonSet,
  V1Deployment,
  V1Job,
  V1ObjectMeta,
  V1Pod,
  V1PodSpec,
  V1ReplicaSet,
  V1StatefulSet,
} from '@kubernetes/client-node';
import { controllerRef } from '../workloads/shared';
import { checkedReferences, type CheckedReference, type ConfigKind, type ConfigObjects } from './config-refs';

/** The kinds that carry a pod spec: a Pod itself or a workload's pod template. */
export type PodSpecHolderKind = 'Pod' | 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'ReplicaSet' | 'Job' | 'CronJob';

/** The objects of one namespace that may hold a pod spec; every list is optional. */
export interface PodSpecHolders {
  pods?: readonly V1Pod[];
  deployments?: readonly V1Deployment[];
  statefulSets?: readonly V1StatefulSet[];
  daemonSets?: readonly V1DaemonSet[];
  replicaSets?: readonly V1ReplicaSet[];
  jobs?: readonly V1Job[];
  cronJobs?: readonly V1CronJob[];
}

/** One pod spec and where it sits. */
export interface PodSpecHolder {
  kind: PodSpecHolderKind;
  namespace: string;
  name: string;
  uid: string | null;
  /** The controller owner reference (kind and name), e.g. a pod's ReplicaSet; null when none. */
  controller: { kind: string; name: string } | null;
  spec: V1PodSpec | undefined;
  /** The path of the pod spec inside the object: `spec`, `spec.template.spec`, `spec.jobTemplate.spec.template.spec`. */
  base: string;
}

/**
 * Every pod spec in the given objects, pods first, then templates in the
 * order Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob.
 * @example podSpecHolders({ deployments: [web] })[0] // { kind: 'Deployment', name: 'web', base: 'spec.template.spec', … }
 */
export function podSpecHolders(objects: PodSpecHolders): PodSpecHolder[] {
  const holder = (kind: PodSpecHolderKind, meta: V1ObjectMeta | undefined, spec: V1PodSpec | undefined, base: string): PodSpecHolder => {
    const ref = controllerRef(meta);
    return {
      kind,
      namespace: meta?.namespace ?? '',
      name: meta?.name ?? '',
      uid: meta?.uid ?? null,
      controller: ref ? { kind: ref.kind, name: ref.name } : null,
      spec,
      base,
    };
  };
  const template = 'spec.template.spec';
  return [
    ...(objects.pods ?? []).map((o) => holder('Pod', o.metadata, o.spec, 'spec')),
    ...(objects.deployments ?? []).map((o) => holder('Deployment', o.metadata, o.spec?.template?.spec, template)),
    ...(objects.statefulSets ?? []).map((o) => holder('StatefulSet', o.metadata, o.spec?.template?.spec, template)),
    ...(objects.daemonSets ?? []).map((o) => holder('DaemonSet', o.metadata, o.spec?.template?.spec, template)),
    ...(objects.replicaSets ?? []).map((o) => holder('ReplicaSet', o.metadata, o.spec?.template?.spec, template)),
    ...(objects.jobs ?? []).map((o) => holder('Job', o.metadata, o.spec?.template?.spec, template)),
    ...(objects.cronJobs ?? []).map((o) =>
      holder('CronJob', o.metadata, o.spec?.jobTemplate?.spec?.template?.spec, 'spec.jobTemplate.spec.template.spec'),
    ),
  ];
}

/** One object whose pod spec references the ConfigMap or Secret. */
export interface ConfigUser {
  kind: PodSpecHolderKind;
  namespace: string;
  name: string;
  uid: string | null;
  controller: { kind: string; name: string } | null;
  /** Its references to this object only, each checked (a missing key shows as broken here). */
  references: CheckedReference[];
  /** At least one of them is broken. */
  broken: boolean;
}

/**
 * Everyone in `namespace` that references the ConfigMap or Secret `name`,
 * through env, envFrom, a volume, a projected volume or imagePullSecrets.
 * The object need not exist: users of a missing one are exactly the broken links.
 * @example configUsers({ kind: 'ConfigMap', namespace: 'shop', name: 'app-config' }, { pods, deployments }, objects)
 *   // [{ kind: 'Pod', name: 'web-1', references: [{ path: 'spec.containers[0].envFrom[0].configMapRef', check: { state: 'ok', … } }], broken: false }, …]
 */
export function configUsers(
  target: { kind: ConfigKind; namespace: string; name: string },
  holders: PodSpecHolders,
  objects: ConfigObjects,
): ConfigUser[] {
  const users: ConfigUser[] = [];
  for (const h of podSpecHolders(holders)) {
    if (h.namespace !== target.namespace) continue;
    const references = checkedReferences(h.spec, h.base, objects).filter((r) => r.kind === target.kind && r.name === target.name);
    if (references.length === 0) continue;
    users.push({
      kind: h.kind,
      namespace: h.namespace,
      name: h.name,
      uid: h.uid,
      controller: h.controller,
      references,
      broken: references.some((r) => r.check.broken),
    });
  }
  return users;
}
