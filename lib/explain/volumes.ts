import type { V1Pod, V1Volume } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';

/**
 * Pod volumes with what is really comparable in Docker (docs:
 * concepts/storage/volumes), correcting the source sheet's §16: emptyDir ≈ a
 * volume that lives and dies with the pod's set of containers (survives
 * container restarts, deleted with the pod; nothing is mapped to the host),
 * medium Memory ≈ tmpfs (counts toward the memory limit); hostPath ≈ bind
 * mount of a path on the pod's node (a security risk); PVC → PV ≈ a named
 * volume with a volume driver, outliving the pod, the StorageClass's
 * provisioner (today a CSI driver) playing the driver; a generic ephemeral or
 * inline CSI volume ≈ a driver's volume made for the pod and deleted with it;
 * configMap / secret / projected / downwardAPI mount API data as files. Only
 * names of referenced objects are reported, never data.
 */

/** The volume source type. */
export type VolumeKind =
  | 'emptyDir'
  | 'hostPath'
  | 'persistentVolumeClaim'
  | 'ephemeral'
  | 'configMap'
  | 'secret'
  | 'projected'
  | 'downwardAPI'
  | 'csi'
  | 'nfs'
  | 'image'
  | 'other';

/** The nearest Docker storage concept. */
export type DockerVolumeAnalogue = 'scratch-volume' | 'tmpfs' | 'bind-mount' | 'named-volume' | 'driver-scratch-volume' | 'none';

/** How long the data lives: with the pod, on the node, with the claim, in the API, or outside the cluster. */
export type VolumeLifetime = 'pod' | 'node' | 'claim' | 'api-object' | 'external';

/** Where one container mounts a volume. */
export interface VolumeMountView {
  container: string;
  mountPath: string;
  readOnly: boolean;
  subPath: string | null;
}

/** One pod volume, e.g. { kind: "emptyDir", dockerAnalogue: "tmpfs", lifetime: "pod" } for medium Memory. */
export interface VolumeExplanation {
  name: string;
  path: string;
  kind: VolumeKind;
  conceptIds: ConceptId[];
  dockerAnalogue: DockerVolumeAnalogue;
  lifetime: VolumeLifetime;
  /** hostPath exposes the node's filesystem to the pod; the Baseline Pod Security Standard forbids every hostPath volume, read-only mounts too. */
  securityRisk: boolean;
  /** Kind-specific facts: medium, sizeLimit, hostPath, claimName, configMapName, secretName, sources… */
  params: Record<string, string | number | boolean>;
  mounts: VolumeMountView[];
}

/**
 * Explains one volume (without its mounts).
 * @example explainVolume({ name: 'cache', emptyDir: { medium: 'Memory' } }, 0).dockerAnalogue // 'tmpfs'
 */
export function explainVolume(volume: V1Volume, index: number): VolumeExplanation {
  const base = { name: volume.name, path: `spec.volumes[${index}]`, securityRisk: false, mounts: [] };
  if (volume.emptyDir) {
    const memory = volume.emptyDir.medium === 'Memory';
    return {
      ...base,
      kind: 'emptyDir',
      conceptIds: memory ? ['emptydir', 'tmpfs'] : ['emptydir'],
      dockerAnalogue: memory ? 'tmpfs' : 'scratch-volume',
      lifetime: 'pod',
      params: compact({ medium: volume.emptyDir.medium || 'default', sizeLimit: volume.emptyDir.sizeLimit }),
    };
  }
  if (volume.hostPath) {
    return {
      ...base,
      kind: 'hostPath',
      conceptIds: ['hostpath', 'bind-mount'],
      dockerAnalogue: 'bind-mount',
      lifetime: 'node',
      securityRisk: true,
      params: compact({ hostPath: volume.hostPath.path, type: volume.hostPath.type }),
    };
  }
  if (volume.persistentVolumeClaim) {
    return {
      ...base,
      kind: 'persistentVolumeClaim',
      conceptIds: ['pvc', 'persistent-volume', 'storage-class', 'docker-volume'],
      dockerAnalogue: 'named-volume',
      lifetime: 'claim',
      params: compact({
        claimName: volume.persistentVolumeClaim.claimName,
        readOnly: volume.persistentVolumeClaim.readOnly,
      }),
    };
  }
  if (volume.ephemeral) {
    // A generic ephemeral volume is a PVC created for the pod and deleted with it.
    return {
      ...base,
      kind: 'ephemeral',
      conceptIds: ['pvc', 'storage-class'],
      dockerAnalogue: 'driver-scratch-volume',
      lifetime: 'pod',
      params: compact({ storageClassName: volume.ephemeral.volumeClaimTemplate?.spec?.storageClassName }),
    };
  }
  if (volume.configMap) {
    return apiVolume(base, 'configMap', compact({ configMapName: volume.configMap.name, optional: volume.configMap.optional }));
  }
  if (volume.secret) {
    return apiVolume(base, 'secret', compact({ secretName: volume.secret.secretName, optional: volume.secret.optional }));
  }
  if (volume.downwardAPI) {
    return apiVolume(base, 'downwardAPI', { items: volume.downwardAPI.items?.length ?? 0 });
  }
  if (volume.projected) {
    const sources = (volume.projected.sources ?? []).map((s) => {
      if (s.serviceAccountToken) return 'serviceAccountToken';
      if (s.configMap) return `configMap:${s.configMap.name ?? ''}`;
      if (s.secret) return `secret:${s.secret.name ?? ''}`;
      if (s.downwardAPI) return 'downwardAPI';
      if (s.clusterTrustBundle) return 'clusterTrustBundle';
      return 'other';
    });
    return apiVolume(base, 'projected', {
      sources: sources.join(','),
      serviceAccountToken: sources.includes('serviceAccountToken'),
    });
  }
  if (volume.csi) {
    return {
      ...base,
      kind: 'csi',
      conceptIds: ['persistent-volume', 'docker-volume'],
      dockerAnalogue: 'driver-scratch-volume',
      lifetime: 'pod',
      params: compact({ driver: volume.csi.driver }),
    };
  }
  if (volume.nfs) {
    return {
      ...base,
      kind: 'nfs',
      conceptIds: ['persistent-volume', 'docker-volume'],
      dockerAnalogue: 'named-volume',
      lifetime: 'external',
      params: compact({ server: volume.nfs.server, exportPath: volume.nfs.path }),
    };
  }
  if (volume.image) {
    return {
      ...base,
      kind: 'image',
      conceptIds: ['image'],
      dockerAnalogue: 'none',
      lifetime: 'pod',
      params: compact({ reference: volume.image.reference }),
    };
  }
  const other = Object.keys(volume).find((k) => k !== 'name') ?? 'unknown';
  return { ...base, kind: 'other', conceptIds: ['persistent-volume'], dockerAnalogue: 'none', lifetime: 'external', params: { source: other } };
}

function apiVolume(
  base: Pick<VolumeExplanation, 'name' | 'path' | 'securityRisk' | 'mounts'>,
  kind: 'configMap' | 'secret' | 'downwardAPI' | 'projected',
  params: Record<string, string | number | boolean>,
): VolumeExplanation {
  return { ...base, kind, conceptIds: ['configmap-secret-volumes'], dockerAnalogue: 'none', lifetime: 'api-object', params };
}

function compact(values: Record<string, string | number | boolean | null | undefined>): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(values)) if (v !== undefined && v !== null && v !== '') out[k] = v;
  return out;
}

/**
 * Explains every volume of a pod with the containers that mount it.
 * @example explainVolumes(pod)[0] // { name: 'default-token-7hn5p', kind: 'secret', params: { secretName: 'default-token-7hn5p' }, mounts: [{ container: 'nginx', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true, subPath: null }], … }
 */
export function explainVolumes(pod: V1Pod): VolumeExplanation[] {
  const containers = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  return (pod.spec?.volumes ?? []).map((volume, index) => {
    const explained = explainVolume(volume, index);
    explained.mounts = containers.flatMap((c) =>
      (c.volumeMounts ?? [])
        .filter((m) => m.name === volume.name)
        .map((m) => ({ container: c.name, mountPath: m.mountPath, readOnly: m.readOnly ?? false, subPath: m.subPath || null })),
    );
    return explained;
  });
}
