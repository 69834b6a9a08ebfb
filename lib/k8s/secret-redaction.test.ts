import 'server-only';
import type { V1Secret } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { FakeSource, listItem } from '../testing/fake-watch-source';
import { loadFixture } from '../testing/fixtures';
import { byName } from '../testing/sandbox-capture';
import { rawSecrets } from '../testing/storage-capture';
import { liveCache } from './live';
import { RESOURCES } from './resources';
import { LAST_APPLIED_ANNOTATION, redactSecret } from './secret-redaction';
import type { CacheEvent, KubeObject } from './watch-cache';

/**
 * Every value a Secret carries, in every spelling a leak could take: base64 as
 * stored, decoded, and the clear stringData kubectl apply recorded in the
 * last-applied annotation.
 */
function valueSpellings(secrets: readonly V1Secret[]): string[] {
  const out = new Set<string>();
  for (const s of secrets) {
    for (const [key, v] of Object.entries(s.data ?? {})) {
      // A service-account token Secret's `namespace` key is its own metadata.namespace, public by design.
      if (s.type === 'kubernetes.io/service-account-token' && key === 'namespace') continue;
      out.add(v);
      out.add(Buffer.from(v, 'base64').toString('utf8'));
    }
    const applied = s.metadata?.annotations?.[LAST_APPLIED_ANNOTATION];
    if (applied) {
      const manifest = JSON.parse(applied) as { data?: Record<string, string>; stringData?: Record<string, string> };
      for (const v of [...Object.values(manifest.data ?? {}), ...Object.values(manifest.stringData ?? {})]) out.add(v);
    }
  }
  // Short values ("hi-user" is 7) are still distinctive here; a 1-char value would match any JSON.
  return [...out].filter((v) => v.length >= 4);
}

describe('redactSecret', () => {
  const raw = rawSecrets();

  it('starts from captures that really carry values, managedFields (kubectl --show-managed-fields) and last-applied annotations', () => {
    const db = byName(raw, 'db-credentials');
    expect(Object.keys(db.data ?? {}).sort()).toStrictEqual(['api-key', 'password', 'username']);
    expect(db.metadata?.annotations?.[LAST_APPLIED_ANNOTATION]).toContain('hi-capture-not-a-real-password');
    expect(db.metadata?.managedFields?.length).toBeGreaterThan(0);
    expect(valueSpellings(raw).length).toBeGreaterThan(10);
  });

  it('lets no value survive anywhere in the JSON: data, stringData, last-applied annotation or managedFields', () => {
    const json = JSON.stringify(raw.map((s) => redactSecret(s, RESOURCES.secrets)));
    for (const value of valueSpellings(raw)) expect(json, `leaked ${value.slice(0, 12)}…`).not.toContain(value);
    expect(json).not.toContain('managedFields');
    expect(json).not.toContain(LAST_APPLIED_ANNOTATION);
  });

  it('keeps metadata, type and each key with its decoded size in bytes', () => {
    expect(redactSecret(byName(raw, 'db-credentials'), RESOURCES.secrets)).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: {
        annotations: {},
        creationTimestamp: '2026-12-03T13:28:32Z',
        name: 'db-credentials',
        namespace: 'hi-capture',
        resourceVersion: '6672',
        uid: '119f50d3-650f-4823-941b-fe27449179fb',
      },
      type: 'Opaque',
      // "hi-capture-fake-api-key", "hi-capture-not-a-real-password", "hi-user"
      dataBytes: { 'api-key': 23, password: 30, username: 7 },
    });
  });

  it('is how secrets-redacted.json, the Secrets the explain tests read, was made', () => {
    expect(raw.map((s) => redactSecret(s, RESOURCES.secrets))).toStrictEqual(loadFixture('storage/secrets-redacted.json'));
  });

  it('drops stringData, unknown fields, and any annotation that quotes a value', () => {
    const written = {
      metadata: { name: 'x', namespace: 'ns', annotations: { note: 'copied: c3VwZXItc2VjcmV0', team: 'db', [LAST_APPLIED_ANNOTATION]: '{}' } },
      type: 'Opaque',
      immutable: true,
      data: { token: 'c3VwZXItc2VjcmV0' },
      stringData: { extra: 'plain-text-value' },
      futureField: { token: 'c3VwZXItc2VjcmV0' },
    };
    expect(redactSecret(written, RESOURCES.secrets)).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'x', namespace: 'ns', annotations: { team: 'db' } },
      type: 'Opaque',
      immutable: true,
      dataBytes: { token: 12 },
    });
  });

  it('gives a Secret without data no dataBytes, as kubectl counts it DATA 0', () => {
    expect(redactSecret(listItem({ metadata: { name: 'empty', uid: 'u' } }), RESOURCES.secrets)).toStrictEqual({
      apiVersion: 'v1',
      kind: 'Secret',
      metadata: { name: 'empty', uid: 'u' },
    });
  });
});

describe('the Secrets watch cache', () => {
  it('holds and publishes only redacted Secrets, from the list and from watch events alike', async () => {
    const raw = rawSecrets();
    const source = new FakeSource();
    const cache = liveCache<KubeObject>(RESOURCES.secrets, source);
    const events: CacheEvent<KubeObject>[] = [];
    cache.subscribe((e) => events.push(e));
    cache.start();
    await Promise.resolve();
    source.lastList().resolve({ items: raw.slice(0, 2).map((s) => listItem(s as KubeObject)), resourceVersion: '100' });
    for (let i = 0; i < 20 && source.watches.length === 0; i++) await new Promise((r) => setTimeout(r, 5));
    const modified = structuredClone(raw[2]!);
    source.lastWatch().emit('ADDED', modified);
    source.lastWatch().emit('MODIFIED', { ...structuredClone(raw[3]!), metadata: { ...raw[3]!.metadata, resourceVersion: '101' } });
    cache.stop();

    const everything = JSON.stringify({ items: cache.items(), events });
    for (const value of valueSpellings(raw)) expect(everything, `leaked ${value.slice(0, 12)}…`).not.toContain(value);
    expect(cache.items().map((s) => (s as { dataBytes?: Record<string, number> }).dataBytes)).toStrictEqual([
      { 'api-key': 23, password: 30, username: 7 },
      { 'ca.crt': 635, namespace: 10, token: 900 },
      { '.dockerconfigjson': 140 },
      { password: 23, username: 6 },
    ]);
  });
});
