/**
 * Every way a pod spec points at a ConfigMap or a Secret, with the exact path
 * of the reference, and whether each one resolves against the objects that
 * exist (docs: concepts/configuration/configmap, concepts/configuration/secret;
 * kubelet: pkg/kubelet/kubelet_pods.go makeEnvironmentVariables,
 * pkg/volume/configmap and pkg/volume/secret SetUpAt, pkg/volume/projected).
 */
import type { V1ConfigMap, V1Container, V1KeyToPath, V1PodSpec } from '@kubernetes/client-node';
import type { RedactedSecret } from './redacted-secret';

export type ConfigKind = 'ConfigMap' | 'Secret';

/**
 * How the data reaches the container, which decides when changes arrive:
 * env and envFrom are read once when the container starts; a volume or
 * projected volume is a set of files the kubelet refreshes (except where a
 * container mounts it with subPath); an image pull secret is read by the
 * kubelet when it pulls.
 */
export type ConfigVia = 'env' | 'envFrom' | 'volume' | 'projected' | 'imagePullSecret';

/** When a change to the referenced data reaches the container. */
export type ConfigDelivery = 'at-container-start' | 'mounted-files' | 'image-pull';

/** Where a container mounts a volume that carries config, and whether it sees updates. */
export interface ConfigMount {
  container: string;
  mountPath: string;
  subPath: string | null;
  /** False for subPath mounts: the kubelet never updates a file mounted with subPath. */
  receivesUpdates: boolean;
}

/** One reference from a pod spec to a ConfigMap or Secret. */
export interface ConfigReference {
  kind: ConfigKind;
  name: string;
  /** Keys it needs; null for "every key" (envFrom, a volume without items, an image pull secret). */
  keys: string[] | null;
  via: ConfigVia;
  /** Exact path from the object's root, e.g. `spec.containers[0].env[2].valueFrom.configMapKeyRef`. */
  path: string;
  /** The container whose env it feeds; null for volumes and image pull secrets. */
  container: string | null;
  /** optional: true (a missing object or key is then skipped, never an error). */
  optional: boolean;
  delivery: ConfigDelivery;
  /** For volume and projected references: where the containers mount it. Empty otherwise. */
  mounts: ConfigMount[];
  /** envFrom's prefix, e.g. "CFG_"; null otherwise. */
  prefix: string | null;
  /** The environment variable an env reference sets; null otherwise. */
  envName: string | null;
}

/** Whether a reference resolves. `broken` is what stops a pod: missing and not optional. */
export interface ReferenceCheck {
  state: 'ok' | 'missing-object' | 'missing-keys';
  /** The keys it names that the object lacks (empty when the object is missing or all are there). */
  missingKeys: string[];
  /** Missing and not optional: the kubelet refuses (CreateContainerConfigError for env, FailedMount for volumes). */
  broken: boolean;
}

/** A ConfigReference with its check against the objects that exist. */
export interface CheckedReference extends ConfigReference {
  check: ReferenceCheck;
}

type Containerish = Pick<V1Container, 'name' | 'env' | 'envFrom' | 'volumeMounts'>;

/**
 * Lists every ConfigMap and Secret reference in a pod spec, in spec order:
 * imagePullSecrets, then init containers, containers and ephemeral containers
 * (envFrom before env, as the kubelet builds the environment), then volumes.
 * `base` is the path of the pod spec inside its object: `spec` for a Pod,
 * `spec.template.spec` for a Deployment, `spec.jobTemplate.spec.template.spec`
 * for a CronJob. Downward API and service account token sources are not
 * ConfigMaps or Secrets and are left out.
 * @example podSpecReferences({ containers: [{ name: 'app', env: [{ name: 'A', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'a' } } }] }] }, 'spec')[0]
 *   // { kind: 'ConfigMap', name: 'cfg', keys: ['a'], via: 'env', path: 'spec.containers[0].env[0].valueFrom.configMapKeyRef', container: 'app', optional: false, delivery: 'at-container-start', mounts: [], prefix: null, envName: 'A' }
 */
export function podSpecReferences(spec: V1PodSpec | undefined, base: string): ConfigReference[] {
  if (!spec) return [];
  const out: ConfigReference[] = [];
  (spec.imagePullSecrets ?? []).forEach((ref, i) => {
    if (!ref.name) return;
    out.push(reference('Secret', ref.name, null, 'imagePullSecret', `${base}.imagePullSecrets[${i}]`, null, false, 'image-pull'));
  });

  const groups: [string, readonly Containerish[]][] = [
    ['initContainers', spec.initContainers ?? []],
    ['containers', spec.containers ?? []],
    ['ephemeralContainers', spec.ephemeralContainers ?? []],
  ];
  for (const [field, containers] of groups) {
    containers.forEach((c, ci) => {
      const at = `${base}.${field}[${ci}]`;
      (c.envFrom ?? []).forEach((source, i) => {
        const prefix = source.prefix || null;
        if (source.configMapRef?.name) {
          const r = reference('ConfigMap', source.configMapRef.name, null, 'envFrom', `${at}.envFrom[${i}].configMapRef`, c.name, source.configMapRef.optional === true, 'at-container-start');
          out.push({ ...r, prefix });
        }
        if (source.secretRef?.name) {
          const r = reference('Secret', source.secretRef.name, null, 'envFrom', `${at}.envFrom[${i}].secretRef`, c.name, source.secretRef.optional === true, 'at-container-start');
          out.push({ ...r, prefix });
        }
      });
      (c.env ?? []).forEach((env, i) => {
        const cm = env.valueFrom?.configMapKeyRef;
        const secret = env.valueFrom?.secretKeyRef;
        if (cm?.name) {
          const r = reference('ConfigMap', cm.name, [cm.key], 'env', `${at}.env[${i}].valueFrom.configMapKeyRef`, c.name, cm.optional === true, 'at-container-start');
          out.push({ ...r, envName: env.name });
        }
        if (secret?.name) {
          const r = reference('Secret', secret.name, [secret.key], 'env', `${at}.env[${i}].valueFrom.secretKeyRef`, c.name, secret.optional === true, 'at-container-start');
          out.push({ ...r, envName: env.name });
        }
      });
    });
  }

  const allContainers = groups.flatMap(([, containers]) => containers);
  (spec.volumes ?? []).forEach((volume, vi) => {
    const at = `${base}.volumes[${vi}]`;
    const mounts = mountsOf(volume.name, allContainers);
    if (volume.configMap?.name) {
      const r = reference('ConfigMap', volume.configMap.name, itemKeys(volume.configMap.items), 'volume', `${at}.configMap`, null, volume.configMap.optional === true, 'mounted-files');
      out.push({ ...r, mounts });
    }
    if (volume.secret?.secretName) {
      const r = reference('Secret', volume.secret.secretName, itemKeys(volume.secret.items), 'volume', `${at}.secret`, null, volume.secret.optional === true, 'mounted-files');
      out.push({ ...r, mounts });
    }
    (volume.projected?.sources ?? []).forEach((source, si) => {
      if (source.configMap?.name) {
        const r = reference('ConfigMap', source.configMap.name, itemKeys(source.configMap.items), 'projected', `${at}.projected.sources[${si}].configMap`, null, source.configMap.optional === true, 'mounted-files');
        out.push({ ...r, mounts });
      }
      if (source.secret?.name) {
        const r = reference('Secret', source.secret.name, itemKeys(source.secret.items), 'projected', `${at}.projected.sources[${si}].secret`, null, source.secret.optional === true, 'mounted-files');
        out.push({ ...r, mounts });
      }
    });
  });
  return out;
}

function reference(
  kind: ConfigKind,
  name: string,
  keys: string[] | null,
  via: ConfigVia,
  path: string,
  container: string | null,
  optional: boolean,
  delivery: ConfigDelivery,
): ConfigReference {
  return { kind, name, keys, via, path, container, optional, delivery, mounts: [], prefix: null, envName: null };
}

function itemKeys(items: readonly V1KeyToPath[] | undefined): string[] | null {
  return items && items.length > 0 ? items.map((i) => i.key) : null;
}

function mountsOf(volume: string, containers: readonly Containerish[]): ConfigMount[] {
  return containers.flatMap((c) =>
    (c.volumeMounts ?? [])
      .filter((m) => m.name === volume)
      .map((m) => {
        // subPathExpr is a subPath too: the kubelet bind-mounts one file and never refreshes it.
        const subPath = m.subPath || m.subPathExpr || null;
        return { container: c.name, mountPath: m.mountPath, subPath, receivesUpdates: subPath === null };
      }),
  );
}

/** The ConfigMaps and Secrets of one namespace, by name, to check references against. */
export interface ConfigObjects {
  configMaps: readonly V1ConfigMap[];
  secrets: readonly RedactedSecret[];
}

/**
 * The keys a ConfigMap or Secret holds, or null when it does not exist.
 * ConfigMap keys come from data and binaryData; Secret keys from the
 * redacted dataBytes.
 * @example keysOf('ConfigMap', 'cfg', { configMaps: [{ metadata: { name: 'cfg' }, data: { a: '1' } }], secrets: [] }) // ['a']
 */
export function keysOf(kind: ConfigKind, name: string, objects: ConfigObjects): string[] | null {
  if (kind === 'ConfigMap') {
    const cm = objects.configMaps.find((c) => c.metadata?.name === name);
    return cm ? [...Object.keys(cm.data ?? {}), ...Object.keys(cm.binaryData ?? {})] : null;
  }
  const secret = objects.secrets.find((s) => s.metadata?.name === name);
  return secret ? Object.keys(secret.dataBytes ?? {}) : null;
}

/**
 * Checks one reference: the object must exist and hold every key it names.
 * A miss is `broken` unless the reference is optional (the kubelet then skips
 * the variable, mounts an empty volume, or leaves the file out).
 * @example checkReference({ kind: 'ConfigMap', name: 'cfg', keys: ['NOPE'], optional: false, … }, objects)
 *   // { state: 'missing-keys', missingKeys: ['NOPE'], broken: true }
 */
export function checkReference(ref: Pick<ConfigReference, 'kind' | 'name' | 'keys' | 'optional'>, objects: ConfigObjects): ReferenceCheck {
  const keys = keysOf(ref.kind, ref.name, objects);
  if (keys === null) return { state: 'missing-object', missingKeys: [], broken: !ref.optional };
  const present = new Set(keys);
  const missingKeys = (ref.keys ?? []).filter((k) => !present.has(k));
  if (missingKeys.length === 0) return { state: 'ok', missingKeys: [], broken: false };
  return { state: 'missing-keys', missingKeys, broken: !ref.optional };
}

/**
 * Every reference of a pod spec with its check.
 * @example checkedReferences(pod.spec, 'spec', objects).filter((r) => r.check.broken)
 */
export function checkedReferences(spec: V1PodSpec | undefined, base: string, objects: ConfigObjects): CheckedReference[] {
  return podSpecReferences(spec, base).map((ref) => ({ ...ref, check: checkReference(ref, objects) }));
}

/**
 * The env or envFrom reference a CreateContainerConfigError message is about,
 * so the diagnosis can point at the line of the spec: same container, same
 * kind and name, and for a missing key the reference naming that key. Null
 * when the message names nothing found in the spec.
 * @example configErrorReference(pod.spec, 'app', { missing: 'key', objectKind: 'ConfigMap', name: 'app-config', key: 'FEATURE' })?.path
 *   // 'spec.containers[0].env[0].valueFrom.configMapKeyRef'
 */
export function configErrorReference(
  spec: V1PodSpec | undefined,
  container: string,
  cause: { missing: 'object' | 'key' | 'other'; objectKind: ConfigKind | null; name: string | null; key: string | null },
): ConfigReference | null {
  if (cause.missing === 'other' || !cause.objectKind || !cause.name) return null;
  const candidates = podSpecReferences(spec, 'spec').filter(
    (r) => r.container === container && (r.via === 'env' || r.via === 'envFrom') && r.kind === cause.objectKind && r.name === cause.name,
  );
  if (cause.missing === 'key') return candidates.find((r) => cause.key !== null && r.keys?.includes(cause.key)) ?? null;
  return candidates.find((r) => !r.optional) ?? null;
}
