/**
 * ConfigMaps and Secrets explained: their keys with sizes (ConfigMap values
 * too: ConfigMaps are not secret; Secret values never exist here), who uses
 * them and how, and how a change reaches those users (docs:
 * concepts/configuration/configmap#mounted-configmaps-are-updated-automatically):
 * env and envFrom are read once when the container starts, mounted files are
 * refreshed by the kubelet after a delay, a subPath mount never is, and an
 * immutable object cannot change at all.
 */
import type { V1ConfigMap } from '@kubernetes/client-node';
import type { Diagnosis } from '../types';
import type { ConfigObjects } from './config-refs';
import { configUsers, type ConfigUser, type PodSpecHolders } from './config-usage';
import type { RedactedSecret } from './redacted-secret';

/** Each ConfigMap and each Secret is limited to 1 MiB (api/core/v1 MaxSecretSize; the ConfigMap docs). */
export const CONFIG_SIZE_LIMIT_BYTES = 1024 * 1024;

/** Kubernetes' own well-known annotation for a service-account token Secret's account. */
const SERVICE_ACCOUNT_NAME_ANNOTATION = 'kubernetes.io/service-account.name';

/** One key and its size; `value` only for ConfigMap text data. */
export interface ConfigKeyView {
  key: string;
  source: 'data' | 'binaryData';
  bytes: number;
  /** The text of a ConfigMap data value; null for binary data and always for Secrets. */
  value: string | null;
  /** Where it lives in the object as the API serves it, e.g. `data['app.properties']`. */
  path: string;
}

/** How the users receive changes, summed over every reference. */
export interface ConfigDeliveryView {
  /** Some container reads it through env/envFrom: it sees a change only after it restarts. */
  env: boolean;
  /** Some container mounts it as files that the kubelet refreshes. */
  mountedFiles: boolean;
  /** Some container mounts a file with subPath: that file never changes. */
  subPath: boolean;
  /** Some pod pulls images with it. */
  imagePull: boolean;
}

interface UsageView {
  usedBy: ConfigUser[];
  /** Users that are Pods (running or not); the rest are workload templates. */
  podCount: number;
  templateCount: number;
  delivery: ConfigDeliveryView;
}

export interface ConfigMapExplanation extends UsageView {
  name: string;
  namespace: string;
  immutable: boolean;
  keys: ConfigKeyView[];
  totalBytes: number;
  limitBytes: number;
  diagnoses: Diagnosis[];
}

/** What a Secret type means for its keys and its use. */
export type SecretTypeKind = 'opaque' | 'service-account-token' | 'docker-config' | 'basic-auth' | 'ssh-auth' | 'tls' | 'bootstrap-token' | 'other';

export interface SecretExplanation extends UsageView {
  name: string;
  namespace: string;
  type: string;
  typeKind: SecretTypeKind;
  /** For a service-account token Secret: the ServiceAccount it belongs to. */
  serviceAccount: string | null;
  immutable: boolean;
  /** Keys with decoded sizes; `value` is always null. */
  keys: ConfigKeyView[];
  totalBytes: number;
  limitBytes: number;
  diagnoses: Diagnosis[];
}

/** Inputs for either kind: the namespace's pod-spec holders and its ConfigMaps and Secrets. */
export interface ConfigContext {
  holders: PodSpecHolders;
  objects: ConfigObjects;
}

const SECRET_TYPES: Readonly<Record<string, SecretTypeKind>> = {
  Opaque: 'opaque',
  'kubernetes.io/service-account-token': 'service-account-token',
  'kubernetes.io/dockercfg': 'docker-config',
  'kubernetes.io/dockerconfigjson': 'docker-config',
  'kubernetes.io/basic-auth': 'basic-auth',
  'kubernetes.io/ssh-auth': 'ssh-auth',
  'kubernetes.io/tls': 'tls',
  'bootstrap.kubernetes.io/token': 'bootstrap-token',
};

/** Secret types made for pods; an unused one is worth a note. Tokens and others are read by the system or by tools. */
const POD_SECRET_TYPES = new Set<SecretTypeKind>(['opaque', 'docker-config', 'basic-auth', 'ssh-auth', 'tls']);

/**
 * Explains one ConfigMap: keys (text values shown, binary sizes only), size
 * against the 1 MiB limit, every user with the exact reference, and how
 * changes reach them.
 * @example explainConfigMap(appConfig, { holders: { pods }, objects }).keys[0] // { key: 'DB_HOST', source: 'data', bytes: 17, value: 'db.hi-capture.svc', path: "data['DB_HOST']" }
 */
export function explainConfigMap(configMap: V1ConfigMap, context: ConfigContext): ConfigMapExplanation {
  const name = configMap.metadata?.name ?? '';
  const namespace = configMap.metadata?.namespace ?? '';
  const keys: ConfigKeyView[] = [
    ...sortedEntries(configMap.data).map(([key, value]) => ({ key, source: 'data' as const, bytes: utf8Bytes(value), value, path: `data['${key}']` })),
    ...sortedEntries(configMap.binaryData).map(([key, value]) => ({ key, source: 'binaryData' as const, bytes: base64Bytes(value), value: null, path: `binaryData['${key}']` })),
  ];
  const usage = usageOf({ kind: 'ConfigMap', namespace, name }, context);
  return {
    name,
    namespace,
    immutable: configMap.immutable === true,
    keys,
    totalBytes: keys.reduce((sum, k) => sum + k.bytes, 0),
    limitBytes: CONFIG_SIZE_LIMIT_BYTES,
    ...usage,
    diagnoses: unusedDiagnosis('ConfigMap', name, namespace, usage.usedBy.length === 0, ['metadata.name']),
  };
}

/**
 * Explains one Secret from its redacted form: type, key names and sizes,
 * never a value; the same users and delivery as a ConfigMap.
 * @example explainSecret(dbCredentials, { holders: { pods }, objects }).keys[1] // { key: 'password', source: 'data', bytes: 30, value: null, path: "data['password']" }
 */
export function explainSecret(secret: RedactedSecret, context: ConfigContext): SecretExplanation {
  const name = secret.metadata?.name ?? '';
  const namespace = secret.metadata?.namespace ?? '';
  const type = secret.type || 'Opaque';
  const typeKind = SECRET_TYPES[type] ?? 'other';
  const keys = sortedEntries(secret.dataBytes).map(([key, bytes]) => ({ key, source: 'data' as const, bytes, value: null, path: `data['${key}']` }));
  const usage = usageOf({ kind: 'Secret', namespace, name }, context);
  return {
    name,
    namespace,
    type,
    typeKind,
    serviceAccount: typeKind === 'service-account-token' ? (secret.metadata?.annotations?.[SERVICE_ACCOUNT_NAME_ANNOTATION] ?? null) : null,
    immutable: secret.immutable === true,
    keys,
    totalBytes: keys.reduce((sum, k) => sum + k.bytes, 0),
    limitBytes: CONFIG_SIZE_LIMIT_BYTES,
    ...usage,
    diagnoses: unusedDiagnosis('Secret', name, namespace, usage.usedBy.length === 0 && POD_SECRET_TYPES.has(typeKind), ['metadata.name', 'type']),
  };
}

function usageOf(target: { kind: 'ConfigMap' | 'Secret'; namespace: string; name: string }, context: ConfigContext): UsageView {
  const usedBy = configUsers(target, context.holders, context.objects);
  const refs = usedBy.flatMap((u) => u.references);
  return {
    usedBy,
    podCount: usedBy.filter((u) => u.kind === 'Pod').length,
    templateCount: usedBy.filter((u) => u.kind !== 'Pod').length,
    delivery: {
      env: refs.some((r) => r.delivery === 'at-container-start'),
      mountedFiles: refs.some((r) => r.mounts.some((m) => m.receivesUpdates)),
      subPath: refs.some((r) => r.mounts.some((m) => !m.receivesUpdates)),
      imagePull: refs.some((r) => r.delivery === 'image-pull'),
    },
  };
}

function unusedDiagnosis(kind: 'ConfigMap' | 'Secret', name: string, namespace: string, unused: boolean, evidence: string[]): Diagnosis[] {
  if (!unused) return [];
  return [
    {
      id: 'config-unused',
      severity: 'info',
      conceptIds: [kind === 'Secret' ? 'secret' : 'configmap'],
      params: { kind, name, namespace },
      evidence,
    },
  ];
}

function sortedEntries<V>(map: Record<string, V> | undefined): [string, V][] {
  return Object.entries(map ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** UTF-8 length, which is what the 1 MiB limit counts. */
function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** Decoded length of standard base64 (binaryData), from its length and padding. */
function base64Bytes(encoded: string): number {
  const clean = encoded.replace(/\s/g, '');
  const padding = clean.endsWith('==') ? 2 : clean.endsWith('=') ? 1 : 0;
  return Math.max(0, Math.floor((clean.length * 3) / 4) - padding);
}
