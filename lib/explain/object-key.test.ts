import type { V1Namespace, V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { namespacedName, objectKey } from './object-key';

const pod = loadFixture<V1Pod>('pods/gke-running-ready-deployment-pod.json');

describe('objectKey', () => {
  it('is the uid when the object has one, so a re-created object with the same name is a new row', () => {
    expect(objectKey(pod)).toBe(pod.metadata?.uid);
  });

  it('falls back to namespace/name, with an empty namespace for cluster-scoped objects', () => {
    const ns: V1Namespace = { metadata: { name: 'shop' } };
    expect([objectKey({ metadata: { namespace: 'default', name: 'web' } }), objectKey(ns), objectKey({})]).toStrictEqual(['default/web', '/shop', '/']);
  });
});

describe('namespacedName', () => {
  it.each([
    ['joins namespace and name', namespacedName({ namespace: 'kube-system', name: 'etcd-x' }), 'kube-system/etcd-x'],
    ['uses the bare name for cluster-scoped objects', namespacedName({ name: 'minikube' }), 'minikube'],
    ['is empty without metadata', namespacedName(undefined), ''],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });
});
