import { describe, expect, it } from 'vitest';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import type { RedactedSecret } from './redacted-secret';
import { secretColumns } from './secret-columns';

const NOW = new Date('2025-06-01T12:00:00Z');
const JUST_NOW = new Date(NOW.getTime() + 1900);

describe('secretColumns', () => {
  // kubernetes pkg/printers/internalversion/printers_test.go TestPrintSecret, on the redacted shape
  // the cache keeps ("secret data" is 11 bytes).
  it('prints type and the number of keys (TestPrintSecret)', () => {
    const secrets: RedactedSecret[] = [
      { metadata: { name: 'secret1', creationTimestamp: JUST_NOW }, type: 'kubernetes.io/service-account-token', dataBytes: { token: 11 } },
      { metadata: { name: 'secret1', creationTimestamp: JUST_NOW }, type: 'kubernetes.io/service-account-token' },
    ];
    const createdAt = '2025-06-01T12:00:01.900Z';
    expect(secrets.map((s) => secretColumns(s, NOW))).toStrictEqual([
      { name: 'secret1', type: 'kubernetes.io/service-account-token', data: 1, age: '0s', createdAt },
      { name: 'secret1', type: 'kubernetes.io/service-account-token', data: 0, age: '0s', createdAt },
    ]);
  });

  it('counts the sandbox Secret keys from stringData and data together, as the API merged them', () => {
    const snapshot = loadStorageSnapshot('final');
    expect(secretColumns(byName(snapshot.secrets, 'db-credentials'), new Date(snapshot.capturedAt))).toStrictEqual({
      name: 'db-credentials',
      type: 'Opaque',
      data: 3,
      age: '2m43s',
      createdAt: '2026-12-03T13:28:32Z',
    });
  });
});
