import { describe, expect, it } from 'vitest';
import type { V1ConfigMap } from '@kubernetes/client-node';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { configMapColumns } from './configmap-columns';

const NOW = new Date('2025-06-01T12:00:00Z');
const JUST_NOW = new Date(NOW.getTime() + 1900);

describe('configMapColumns', () => {
  // kubernetes pkg/printers/internalversion/printers_test.go TestPrintConfigMap, case by case.
  it('counts data plus binaryData keys (TestPrintConfigMap)', () => {
    const maps: V1ConfigMap[] = [
      { metadata: { name: 'configmap1', creationTimestamp: JUST_NOW } },
      { metadata: { name: 'configmap2', creationTimestamp: JUST_NOW }, data: { foo: 'bar' } },
      { metadata: { name: 'configmap3', creationTimestamp: JUST_NOW }, data: { foo: 'bar' }, binaryData: { bin: 'YmluYXJ5IGRhdGE=' } },
    ];
    const createdAt = '2025-06-01T12:00:01.900Z';
    expect(maps.map((m) => configMapColumns(m, NOW))).toStrictEqual([
      { name: 'configmap1', data: 0, age: '0s', createdAt },
      { name: 'configmap2', data: 1, age: '0s', createdAt },
      { name: 'configmap3', data: 2, age: '0s', createdAt },
    ]);
  });

  it('counts the sandbox ConfigMap with three data keys and one binary key as 4', () => {
    const snapshot = loadStorageSnapshot('final');
    expect(configMapColumns(byName(snapshot.configMaps, 'app-config'), new Date(snapshot.capturedAt))).toStrictEqual({
      name: 'app-config',
      data: 4,
      age: '2m43s',
      createdAt: '2026-12-03T13:28:32Z',
    });
  });
});
