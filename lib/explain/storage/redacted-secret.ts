/**
 * The only shape of a Secret the dashboard holds: the watch cache replaces
 * `data` by `dataBytes` (each key's decoded length) before anything else sees
 * the object, drops `stringData`, managedFields and the last-applied
 * annotation, so no value exists past the shell's boundary.
 */
import type { V1ObjectMeta } from '@kubernetes/client-node';

/** A Secret without values, as the watch cache keeps it. */
export interface RedactedSecret {
  apiVersion?: string;
  kind?: string;
  metadata?: V1ObjectMeta;
  /** Opaque when unset (the API defaults it). */
  type?: string;
  immutable?: boolean;
  /** Key → decoded size in bytes. Key names are not secret (kubectl describe prints them with sizes). */
  dataBytes?: Record<string, number>;
}
