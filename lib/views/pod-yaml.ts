import type { V1Container, V1EnvVar, V1Pod } from '@kubernetes/client-node';

/**
 * The pod as `kubectl get pod -o yaml` would print it, safe to send to the
 * browser: metadata.managedFields dropped (bookkeeping, and large), and env
 * entries that read a Secret reduced to the reference (a pod spec never holds
 * Secret data; this keeps it that way if a future field ever resolved one).
 */

/**
 * A copy of the pod without managedFields, with secretKeyRef env entries as bare references.
 * @example sanitizePod(pod).metadata.managedFields → undefined
 */
export function sanitizePod(pod: V1Pod): V1Pod {
  const copy = JSON.parse(JSON.stringify(pod)) as V1Pod;
  if (copy.metadata) delete copy.metadata.managedFields;
  const spec = copy.spec;
  if (spec) {
    const lists: (V1Container[] | undefined)[] = [spec.initContainers, spec.containers, spec.ephemeralContainers as V1Container[] | undefined];
    for (const list of lists) for (const c of list ?? []) if (c.env) c.env = c.env.map(envReference);
  }
  return copy;
}

function envReference(e: V1EnvVar): V1EnvVar {
  const ref = e.valueFrom?.secretKeyRef;
  if (!ref) return e;
  return { name: e.name, valueFrom: { secretKeyRef: { name: ref.name, key: ref.key, ...(ref.optional !== undefined ? { optional: ref.optional } : {}) } } };
}

// YAML 1.1 readers (kubectl's among them) take these as booleans or null.
const RESERVED = /^(?:y|n|yes|no|true|false|on|off|null|~)$/i;
const PLAIN = /^(?:[A-Za-z_/.]|-(?=[A-Za-z]))[\w./@+=:-]*$/;

function scalar(value: string | number | boolean | null): string {
  if (value === null) return 'null';
  if (typeof value !== 'string') return String(value);
  // Plain when unambiguous, else a JSON string, which is valid double-quoted YAML.
  return PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(':') && !value.includes(': ') ? value : JSON.stringify(value);
}

function key(k: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(k) && !RESERVED.test(k) && !/^\d/.test(k) ? k : JSON.stringify(k);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function lines(value: unknown, indent: string): string[] {
  if (Array.isArray(value)) {
    if (value.length === 0) return [`${indent}[]`];
    return value.flatMap((item) => {
      const inner = block(item, `${indent}  `);
      if (inner === null) return [`${indent}- ${inline(item)}`];
      const [first = '', ...rest] = inner;
      return [`${indent}- ${first.trimStart()}`, ...rest];
    });
  }
  if (isObject(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    if (keys.length === 0) return [`${indent}{}`];
    return keys.flatMap((k) => {
      const v = value[k];
      const inner = block(v, Array.isArray(v) ? indent : `${indent}  `);
      return inner === null ? [`${indent}${key(k)}: ${inline(v)}`] : [`${indent}${key(k)}:`, ...inner];
    });
  }
  return [`${indent}${inline(value)}`];
}

/** Lines for a non-empty object or array, or null when the value fits on its key's line. */
function block(value: unknown, indent: string): string[] | null {
  if (Array.isArray(value) ? value.length > 0 : isObject(value) && Object.values(value).some((v) => v !== undefined)) return lines(value, indent);
  return null;
}

function inline(value: unknown): string {
  if (Array.isArray(value)) return '[]';
  if (isObject(value)) return '{}';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value === null) return scalar(value);
  return 'null';
}

/**
 * Serialises JSON data as block YAML, keys sorted like kubectl's output;
 * strings that YAML could misread (numbers, booleans, timestamps, "a: b") are quoted.
 * @example toYaml({ kind: 'Pod', spec: { containers: [{ name: 'app', ports: [] }] } }) → 'kind: Pod\nspec:\n  containers:\n  - name: app\n    ports: []\n'
 */
export function toYaml(value: unknown): string {
  return `${lines(value, '').join('\n')}\n`;
}
