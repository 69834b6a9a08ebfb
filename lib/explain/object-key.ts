import type { V1ObjectMeta } from '@kubernetes/client-node';

/**
 * An object's identity for stores, rows and stream deletes: metadata.uid (a
 * re-created object with the same name is a different object), falling
 * back to namespace/name for uid-less objects. The watch cache, the stream
 * hub and every row builder use this one rule, so a delete always finds
 * the row it removes.
 * @example objectKey({ metadata: { uid: 'abc', name: 'web' } }) // 'abc'
 * @example objectKey({ metadata: { namespace: 'default', name: 'web' } }) // 'default/web'
 */
export function objectKey(obj: { metadata?: { uid?: string; name?: string; namespace?: string } }): string {
  const m = obj.metadata ?? {};
  return m.uid ?? `${m.namespace ?? ''}/${m.name ?? ''}`;
}

/**
 * "namespace/name" (the bare name for cluster-scoped objects), as evidence
 * paths name related objects: `pod[kube-system/etcd-x]`.
 * @example namespacedName({ namespace: 'kube-system', name: 'etcd-x' }) // 'kube-system/etcd-x'
 */
export function namespacedName(meta: V1ObjectMeta | undefined): string {
  const name = meta?.name ?? '';
  return meta?.namespace ? `${meta.namespace}/${name}` : name;
}
