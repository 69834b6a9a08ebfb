import { describe, expect, it } from 'vitest';
import { objectHref } from './object-href';

describe('objectHref', () => {
  it('puts namespaced kinds under their namespace and cluster-scoped kinds under their name alone', () => {
    expect([
      objectHref('kind-kind', 'ConfigMap', 'shop', 'app-config'),
      objectHref('kind-kind', 'Pod', 'explain-demo', 'crash-loop'),
      objectHref('kind-kind', 'CronJob', 'explain-demo', 'every-minute'),
      objectHref('kind-kind', 'PersistentVolume', null, 'pv-1'),
      objectHref('kind-kind', 'StorageClass', 'ignored', 'standard'),
      objectHref('kind-kind', 'Node', undefined, 'sandbox-worker'),
    ]).toStrictEqual([
      '/kind-kind/configmaps/shop/app-config',
      '/kind-kind/pods/explain-demo/crash-loop',
      '/kind-kind/cronjobs/explain-demo/every-minute',
      '/kind-kind/persistentvolumes/pv-1',
      '/kind-kind/storageclasses/standard',
      '/kind-kind/nodes/sandbox-worker',
    ]);
  });

  it('encodes every segment, so a context or name cannot reach another route', () => {
    expect(objectHref('gke_p/r', 'Secret', 'a b', 'x?y')).toBe('/gke_p%2Fr/secrets/a%20b/x%3Fy');
  });

  it('gives no page for kinds the dashboard does not show, nor for inherited property names', () => {
    expect([objectHref('c', 'Lease', 'ns', 'x'), objectHref('c', 'constructor', 'ns', 'x'), objectHref('c', 'Pod', 'ns', '')]).toStrictEqual([null, null, null]);
  });
});
