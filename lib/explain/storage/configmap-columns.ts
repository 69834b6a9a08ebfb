/**
 * The columns of `kubectl get configmaps`, ported from kubernetes
 * pkg/printers/internalversion/printers.go printConfigMap (v1.36.3).
 */
import type { V1ConfigMap } from '@kubernetes/client-node';
import { translateTimestampSince } from '../human-duration';
import { toIso } from '../timestamps';

export interface ConfigMapColumns {
  name: string;
  /** DATA: the number of keys in data plus binaryData. */
  data: number;
  age: string;
  createdAt: string | null;
}

/**
 * NAME DATA AGE.
 * @example configMapColumns({ metadata: { name: 'cfg' }, data: { a: '1' }, binaryData: { b: 'AA==' } }, now) // { name: 'cfg', data: 2, age: '<unknown>', createdAt: null }
 */
export function configMapColumns(configMap: V1ConfigMap, now: Date): ConfigMapColumns {
  return {
    name: configMap.metadata?.name ?? '',
    data: Object.keys(configMap.data ?? {}).length + Object.keys(configMap.binaryData ?? {}).length,
    age: translateTimestampSince(configMap.metadata?.creationTimestamp, now),
    createdAt: toIso(configMap.metadata?.creationTimestamp),
  };
}
