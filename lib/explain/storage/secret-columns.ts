/**
 * The columns of `kubectl get secrets`, ported from kubernetes
 * pkg/printers/internalversion/printers.go printSecret (v1.36.3), computed
 * from the redacted Secret the cache keeps (keys and sizes only).
 */
import { translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';
import type { RedactedSecret } from './redacted-secret';

export interface SecretColumns {
  name: string;
  /** TYPE: the Secret type as stored ("" only for an object that never went through the API). */
  type: string;
  /** DATA: the number of keys in data. */
  data: number;
  age: string;
  createdAt: string | null;
}

/**
 * NAME TYPE DATA AGE.
 * @example secretColumns({ metadata: { name: 'db' }, type: 'Opaque', dataBytes: { password: 12 } }, now) // { name: 'db', type: 'Opaque', data: 1, … }
 */
export function secretColumns(secret: RedactedSecret, now: Date): SecretColumns {
  return {
    name: secret.metadata?.name ?? '',
    type: secret.type ?? '',
    data: Object.keys(secret.dataBytes ?? {}).length,
    age: translateTimestampSince(secret.metadata?.creationTimestamp, now),
    createdAt: toIso(secret.metadata?.creationTimestamp),
  };
}
