/**
 * Pod templates compared the way the Deployment controller compares them, and
 * diffed for the revision history.
 * - kubernetes pkg/controller/deployment/util/deployment_util.go EqualIgnoreHash
 *   and FindNewReplicaSet; pkg/controller/controller_utils.go
 *   ReplicaSetsByCreationTimestamp.
 * - apimachinery's semantic DeepEqual treats nil and empty slices and maps as
 *   equal and compares resource quantities by value.
 */
import type { V1Container, V1PodTemplateSpec, V1ReplicaSet } from '@kubernetes/client-node';
import { compareQuantities, parseQuantity } from '../quantity';
import { byCreation, POD_TEMPLATE_HASH_LABEL } from './shared';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Drops empty arrays, empty objects and null/undefined members; Dates become ISO strings. */
function normalize(value: unknown): Json | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) {
    const items = value.map((v) => normalize(v) ?? null);
    return items.length === 0 ? undefined : items;
  }
  if (typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const key of Object.keys(value as object).sort()) {
      const v = normalize((value as Record<string, unknown>)[key]);
      if (v !== undefined) out[key] = v;
    }
    return Object.keys(out).length === 0 ? undefined : out;
  }
  return value as Json;
}

/** Quantities (resources) are equal by value: "1000m" is "1". */
function sameQuantityMap(a: Json | undefined, b: Json | undefined): boolean {
  const ma = (a ?? {}) as Record<string, Json>;
  const mb = (b ?? {}) as Record<string, Json>;
  const keys = new Set([...Object.keys(ma), ...Object.keys(mb)]);
  for (const key of keys) {
    const qa = typeof ma[key] === 'string' ? parseQuantity(ma[key] as string) : null;
    const qb = typeof mb[key] === 'string' ? parseQuantity(mb[key] as string) : null;
    if (qa && qb) {
      if (compareQuantities(qa, qb) !== 0) return false;
    } else if (JSON.stringify(ma[key]) !== JSON.stringify(mb[key])) return false;
  }
  return true;
}

function semanticEqual(a: Json | undefined, b: Json | undefined, path: string[] = []): boolean {
  const key = path[path.length - 1];
  const parent = path[path.length - 2];
  if (parent === 'resources' && (key === 'limits' || key === 'requests')) return sameQuantityMap(a, b);
  if (a === undefined || b === undefined) return a === b;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((v, i) => semanticEqual(v, b[i], [...path, String(i)]));
  }
  if (typeof a === 'object' && a !== null && typeof b === 'object' && b !== null) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    const keys = new Set([...ka, ...kb]);
    for (const k of keys) {
      if (!semanticEqual((a as Record<string, Json>)[k], (b as Record<string, Json>)[k], [...path, k])) return false;
    }
    return true;
  }
  return a === b;
}

function withoutHash(template: V1PodTemplateSpec | undefined): Json | undefined {
  const labels = { ...(template?.metadata?.labels ?? {}) };
  delete labels[POD_TEMPLATE_HASH_LABEL];
  return normalize({ ...template, metadata: { ...template?.metadata, labels } });
}

/**
 * Whether two pod templates are equal once the pod-template-hash label is
 * removed from both (EqualIgnoreHash).
 * @example equalIgnoreHash(rs.spec.template, deployment.spec.template) // true for the new ReplicaSet
 */
export function equalIgnoreHash(a: V1PodTemplateSpec | undefined, b: V1PodTemplateSpec | undefined): boolean {
  return semanticEqual(withoutHash(a), withoutHash(b));
}

/**
 * The new ReplicaSet of a Deployment: the oldest ReplicaSet whose template
 * equals the Deployment's, ignoring the hash label (FindNewReplicaSet), or
 * null while the controller has not created it yet.
 * @example findNewReplicaSet(deployment.spec.template, ownedReplicaSets)?.metadata.name // 'web-6d9f7c8b5'
 */
export function findNewReplicaSet(template: V1PodTemplateSpec | undefined, replicaSets: readonly V1ReplicaSet[]): V1ReplicaSet | null {
  return byCreation(replicaSets).find((rs) => equalIgnoreHash(rs.spec?.template, template)) ?? null;
}

/** What changed between two pod templates, one entry per field that differs. */
export interface TemplateChange {
  kind: 'container-added' | 'container-removed' | 'image' | 'env' | 'resources' | 'container-field' | 'label' | 'annotation' | 'pod-field';
  /** The container, null for pod-level changes. */
  container: string | null;
  /** e.g. 'image', 'env.LOG_LEVEL', 'resources.limits.memory', 'command', 'metadata.labels.tier', 'spec.volumes'. */
  field: string;
  /** The value before and after as text (JSON for structured values), null when absent. */
  before: string | null;
  after: string | null;
  /** Where it is, in the newer template, e.g. 'spec.template.spec.containers[0].image'. */
  path: string;
}

const TEMPLATE_PATH = 'spec.template';

function text(value: Json | undefined): string | null {
  if (value === undefined) return null;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function mapChanges(
  before: Record<string, Json> | undefined,
  after: Record<string, Json> | undefined,
  make: (key: string, b: string | null, a: string | null) => TemplateChange,
): TemplateChange[] {
  const keys = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])].sort();
  return keys
    .filter((k) => !semanticEqual(before?.[k], after?.[k]))
    .map((k) => make(k, text(before?.[k]), text(after?.[k])));
}

/** Env vars by name: the literal value, or the valueFrom reference as JSON. */
function envMap(container: V1Container): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const env of container.env ?? []) out[env.name] = normalize(env.valueFrom) ?? env.value ?? '';
  return out;
}

const CONTAINER_LISTS = [
  { list: 'initContainers', path: 'spec.initContainers' },
  { list: 'containers', path: 'spec.containers' },
] as const;

function containerChanges(before: V1PodTemplateSpec | undefined, after: V1PodTemplateSpec | undefined): TemplateChange[] {
  const out: TemplateChange[] = [];
  for (const { list, path } of CONTAINER_LISTS) {
    const olds = before?.spec?.[list] ?? [];
    const news = after?.spec?.[list] ?? [];
    news.forEach((c, index) => {
      const at = `${TEMPLATE_PATH}.${path}[${index}]`;
      const old = olds.find((o) => o.name === c.name);
      if (!old) {
        out.push({ kind: 'container-added', container: c.name, field: list, before: null, after: c.image ?? null, path: at });
        return;
      }
      if ((old.image ?? '') !== (c.image ?? '')) {
        out.push({ kind: 'image', container: c.name, field: 'image', before: old.image ?? null, after: c.image ?? null, path: `${at}.image` });
      }
      out.push(
        ...mapChanges(envMap(old), envMap(c), (key, b, a) => ({ kind: 'env', container: c.name, field: `env.${key}`, before: b, after: a, path: `${at}.env` })),
      );
      for (const kind of ['requests', 'limits'] as const) {
        const ob = normalize(old.resources?.[kind]) as Record<string, Json> | undefined;
        const nb = normalize(c.resources?.[kind]) as Record<string, Json> | undefined;
        for (const key of [...new Set([...Object.keys(ob ?? {}), ...Object.keys(nb ?? {})])].sort()) {
          if (sameQuantityMap({ [key]: ob?.[key] ?? null }, { [key]: nb?.[key] ?? null })) continue;
          out.push({
            kind: 'resources',
            container: c.name,
            field: `resources.${kind}.${key}`,
            before: text(ob?.[key]),
            after: text(nb?.[key]),
            path: `${at}.resources.${kind}`,
          });
        }
      }
      const { name: _n, image: _i, env: _e, resources: _r, ...oldRest } = old;
      const { name: _n2, image: _i2, env: _e2, resources: _r2, ...newRest } = c;
      out.push(
        ...mapChanges(normalize(oldRest) as Record<string, Json> | undefined, normalize(newRest) as Record<string, Json> | undefined, (key, b, a) => ({
          kind: 'container-field',
          container: c.name,
          field: key,
          before: b,
          after: a,
          path: `${at}.${key}`,
        })),
      );
    });
    for (const old of olds) {
      if (!news.some((c) => c.name === old.name)) {
        out.push({ kind: 'container-removed', container: old.name, field: list, before: old.image ?? null, after: null, path: `${TEMPLATE_PATH}.${path}` });
      }
    }
  }
  return out;
}

/**
 * The differences from one pod template to the next, as kubectl rollout
 * history would let you find them: per container image, env var and
 * resource; other container fields by name; pod labels (without
 * pod-template-hash) and annotations by key (`kubectl rollout restart` shows
 * up as kubectl.kubernetes.io/restartedAt); other pod spec fields by name.
 * @example diffPodTemplates(revision1.spec.template, revision2.spec.template)
 *   // [{ kind: 'image', container: 'web', field: 'image', before: 'nginx:1.25', after: 'nginx:1.26', path: 'spec.template.spec.containers[0].image' }]
 */
export function diffPodTemplates(before: V1PodTemplateSpec | undefined, after: V1PodTemplateSpec | undefined): TemplateChange[] {
  const labels = (t: V1PodTemplateSpec | undefined) => {
    const copy: Record<string, Json> = { ...(t?.metadata?.labels ?? {}) };
    delete copy[POD_TEMPLATE_HASH_LABEL];
    return copy;
  };
  const { containers: _c, initContainers: _ic, ...oldSpec } = before?.spec ?? { containers: [] };
  const { containers: _c2, initContainers: _ic2, ...newSpec } = after?.spec ?? { containers: [] };
  return [
    ...containerChanges(before, after),
    ...mapChanges(labels(before), labels(after), (key, b, a) => ({
      kind: 'label',
      container: null,
      field: `metadata.labels.${key}`,
      before: b,
      after: a,
      path: `${TEMPLATE_PATH}.metadata.labels`,
    })),
    ...mapChanges(before?.metadata?.annotations, after?.metadata?.annotations, (key, b, a) => ({
      kind: 'annotation',
      container: null,
      field: `metadata.annotations.${key}`,
      before: b,
      after: a,
      path: `${TEMPLATE_PATH}.metadata.annotations`,
    })),
    ...mapChanges(normalize(oldSpec) as Record<string, Json> | undefined, normalize(newSpec) as Record<string, Json> | undefined, (key, b, a) => ({
      kind: 'pod-field',
      container: null,
      field: `spec.${key}`,
      before: b,
      after: a,
      path: `${TEMPLATE_PATH}.spec.${key}`,
    })),
  ];
}
