import 'server-only';
import type { RedactedSecret } from '../explain/storage/redacted-secret';
import { defaultNormalize, type CacheResource, type KubeObject } from './watch-cache';

/** kubectl apply's copy of the applied manifest: for a Secret it holds every value in clear (stringData) or base64 (data). */
export const LAST_APPLIED_ANNOTATION = 'kubectl.kubernetes.io/last-applied-configuration';

/** Values shorter than this are not searched for in other annotations ("1", "yes" would match anything). */
const MIN_SEARCHED_VALUE = 4;

interface RawSecret {
  apiVersion?: string;
  kind?: string;
  metadata?: RedactedSecret['metadata'] & { managedFields?: unknown };
  type?: string;
  immutable?: boolean;
  data?: Record<string, unknown>;
  stringData?: Record<string, unknown>;
}

/**
 * The watch cache's boundary for Secrets: keeps metadata, type, immutable and
 * each key's decoded byte size (`dataBytes`), and nothing that holds a value.
 * Rules: `data` and `stringData` never survive; managedFields go (as for every
 * kind); the last-applied annotation goes; so does any other annotation whose
 * text contains one of the values, decoded or base64 (a tool could copy them
 * anywhere). Unknown top-level fields are dropped rather than passed on.
 * @example redactSecret({ metadata: { name: 'db' }, type: 'Opaque', data: { password: 'czNjcjN0' } }, RESOURCES.secrets)
 *   // { metadata: { name: 'db' }, type: 'Opaque', dataBytes: { password: 6 }, kind: 'Secret', apiVersion: 'v1' }
 */
export function redactSecret(raw: unknown, resource: CacheResource): RedactedSecret & KubeObject {
  const secret = (raw ?? {}) as RawSecret;
  const encoded = Object.entries(secret.data ?? {}).map(([key, value]) => [key, typeof value === 'string' ? value : ''] as const);
  const plain = Object.values(secret.stringData ?? {}).filter((v): v is string => typeof v === 'string');
  const needles = new Set<string>();
  const dataBytes: Record<string, number> = {};
  for (const [key, value] of encoded) {
    const bytes = Buffer.from(value, 'base64');
    dataBytes[key] = bytes.length;
    needles.add(value);
    needles.add(bytes.toString('utf8'));
  }
  for (const value of plain) needles.add(value);

  const annotations: Record<string, string> = {};
  for (const [key, value] of Object.entries(secret.metadata?.annotations ?? {})) {
    if (key === LAST_APPLIED_ANNOTATION) continue;
    if ([...needles].some((n) => n.length >= MIN_SEARCHED_VALUE && value.includes(n))) continue;
    annotations[key] = value;
  }

  const metadata = secret.metadata ? { ...secret.metadata } : undefined;
  if (metadata) {
    delete metadata.managedFields;
    if (metadata.annotations) metadata.annotations = annotations;
  }
  // Built field by field, so a value under a field we do not know never passes.
  const kept: RedactedSecret = { apiVersion: secret.apiVersion, kind: secret.kind, metadata };
  if (secret.type !== undefined) kept.type = secret.type;
  if (secret.immutable !== undefined) kept.immutable = secret.immutable;
  if (secret.data !== undefined) kept.dataBytes = dataBytes;
  return defaultNormalize<RedactedSecret & KubeObject>(kept, resource);
}
