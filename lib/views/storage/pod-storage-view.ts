import type { CoreV1Event, V1ConfigMap, V1Node, V1PersistentVolume, V1PersistentVolumeClaim, V1Pod, V1StorageClass } from '@kubernetes/client-node';
import { eventsForPod, normalizeEvents } from '../../explain/pod-events';
import { diagnosePodStorage } from '../../explain/storage/pod-storage';
import type { RedactedSecret } from '../../explain/storage/redacted-secret';
import { claimClassName } from '../../explain/storage/shared';
import type { Diagnosis } from '../../explain/types';
import { resolvePaths } from '../evidence';

/**
 * The Pod page's storage part, a view of its own so that a user who may read
 * pods but not Secrets or claims still gets the rest of the page: what the
 * pod's claims, volumes and config references keep it from doing
 * (lib/explain/storage/pod-storage.ts), with the live values behind the
 * evidence paths, and for each volume the objects it stands for, so the
 * Volumes panel can link them.
 */

export interface PodStorageInputs {
  pods: V1Pod[];
  events: CoreV1Event[];
  nodes: V1Node[];
  persistentvolumeclaims: V1PersistentVolumeClaim[];
  persistentvolumes: V1PersistentVolume[];
  storageclasses: V1StorageClass[];
  configmaps: V1ConfigMap[];
  /** As the watch cache keeps them: key names and sizes, no values. */
  secrets: RedactedSecret[];
}

/** An object a pod volume stands for, and whether it exists. */
export interface VolumeLink {
  kind: 'PersistentVolumeClaim' | 'PersistentVolume' | 'StorageClass' | 'ConfigMap' | 'Secret';
  /** null for PersistentVolumes and StorageClasses. */
  namespace: string | null;
  name: string;
  exists: boolean;
  /** Marked optional in the pod spec: missing is allowed. */
  optional: boolean;
}

export type PodStorageModel =
  | { found: false; namespace: string; name: string }
  | {
      found: true;
      namespace: string;
      name: string;
      diagnoses: Diagnosis[];
      /** Each diagnosis evidence path with its live value. */
      evidence: Record<string, string>;
      /** Per volume name, the claim → volume → class chain or the ConfigMaps and Secrets it projects. */
      volumes: Record<string, VolumeLink[]>;
    };

/**
 * The objects behind each volume of a pod: a claim (also the one a generic
 * ephemeral volume makes, `<pod>-<volume>`), the PersistentVolume it is bound
 * to and its StorageClass; a ConfigMap or Secret; every ConfigMap and Secret
 * of a projected volume. Volumes that stand for no object (emptyDir,
 * hostPath, downwardAPI, inline CSI) have none.
 * @example podVolumeLinks(pod, inputs)['data'] // [{ kind: 'PersistentVolumeClaim', name: 'static-data', exists: true, … }, { kind: 'PersistentVolume', name: 'demo-pv-static', … }, { kind: 'StorageClass', name: 'demo-manual', … }]
 */
export function podVolumeLinks(pod: V1Pod, inputs: Omit<PodStorageInputs, 'pods' | 'events' | 'nodes'>): Record<string, VolumeLink[]> {
  const namespace = pod.metadata?.namespace ?? '';
  const podName = pod.metadata?.name ?? '';
  const has = (items: readonly { metadata?: { name?: string; namespace?: string } }[], name: string, ns: string | null) =>
    items.some((o) => o.metadata?.name === name && (ns === null || o.metadata?.namespace === ns));
  const config = (kind: 'ConfigMap' | 'Secret', name: string, optional: boolean): VolumeLink => ({
    kind,
    namespace,
    name,
    exists: has(kind === 'ConfigMap' ? inputs.configmaps : inputs.secrets, name, namespace),
    optional,
  });
  const out: Record<string, VolumeLink[]> = {};
  for (const v of pod.spec?.volumes ?? []) {
    const links: VolumeLink[] = [];
    const claimName = v.persistentVolumeClaim?.claimName ?? (v.ephemeral ? `${podName}-${v.name}` : null);
    if (claimName) {
      const claim = inputs.persistentvolumeclaims.find((c) => c.metadata?.name === claimName && c.metadata?.namespace === namespace);
      links.push({ kind: 'PersistentVolumeClaim', namespace, name: claimName, exists: claim !== undefined, optional: false });
      const volumeName = claim?.spec?.volumeName;
      if (volumeName) links.push({ kind: 'PersistentVolume', namespace: null, name: volumeName, exists: has(inputs.persistentvolumes, volumeName, null), optional: false });
      const className = claim ? claimClassName(claim) : '';
      if (className) links.push({ kind: 'StorageClass', namespace: null, name: className, exists: has(inputs.storageclasses, className, null), optional: false });
    }
    if (v.configMap?.name) links.push(config('ConfigMap', v.configMap.name, v.configMap.optional === true));
    if (v.secret?.secretName) links.push(config('Secret', v.secret.secretName, v.secret.optional === true));
    for (const source of v.projected?.sources ?? []) {
      if (source.configMap?.name) links.push(config('ConfigMap', source.configMap.name, source.configMap.optional === true));
      if (source.secret?.name) links.push(config('Secret', source.secret.name, source.secret.optional === true));
    }
    out[v.name] = links;
  }
  return out;
}

/**
 * The storage part of a Pod page: the pod's storage and config diagnoses,
 * their evidence values, and its volumes' objects.
 * @example buildPodStorage(inputs, { namespace: 'explain-demo', name: 'waits-for-claim' }).diagnoses.map((d) => d.id) // ['pod-pvc-unbound']
 */
export function buildPodStorage(inputs: PodStorageInputs, id: { namespace: string; name: string }): PodStorageModel {
  const pod = inputs.pods.find((p) => p.metadata?.name === id.name && p.metadata?.namespace === id.namespace);
  if (!pod) return { found: false, ...id };
  const events = eventsForPod(normalizeEvents(inputs.events), id.name, pod.metadata?.uid);
  const diagnoses = diagnosePodStorage({
    pod,
    claims: inputs.persistentvolumeclaims,
    volumes: inputs.persistentvolumes,
    nodes: inputs.nodes,
    objects: { configMaps: inputs.configmaps, secrets: inputs.secrets },
    events,
  });
  const evidence = resolvePaths({ ...pod, events }, [...new Set(diagnoses.flatMap((d) => d.evidence))]);
  return { found: true, ...id, diagnoses, evidence, volumes: podVolumeLinks(pod, inputs) };
}
