import { describe, it, expect } from 'vitest';
import { parseConfigErrorMessage } from './config-error-message';

describe('parseConfigErrorMessage', () => {
  it.each([
    ['configmap "app-config" not found', { missing: 'object', objectKind: 'ConfigMap', name: 'app-config', key: null, namespace: null }],
    ['secret "db-credentials" not found', { missing: 'object', objectKind: 'Secret', name: 'db-credentials', key: null, namespace: null }],
    ['configmaps "app-config" not found', { missing: 'object', objectKind: 'ConfigMap', name: 'app-config', key: null, namespace: null }],
    ["couldn't find key DB_URL in ConfigMap shop/app-config", { missing: 'key', objectKind: 'ConfigMap', name: 'app-config', key: 'DB_URL', namespace: 'shop' }],
    ["couldn't find key password in Secret default/db", { missing: 'key', objectKind: 'Secret', name: 'db', key: 'password', namespace: 'default' }],
    [
      'container has runAsNonRoot and image will run as root (pod: "web_default(1)", container: web)',
      { missing: 'other', objectKind: null, name: null, key: null, namespace: null },
    ],
  ])('classifies the kubelet message %j', (message, expected) => {
    expect(parseConfigErrorMessage(message)).toStrictEqual(expected);
  });
});
