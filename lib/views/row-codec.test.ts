import { describe, expect, it } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import type { KeyedRow } from '@/lib/contract';
import { loadFixture } from '@/lib/testing/fixtures';
import { sandboxCapture } from '@/lib/testing/sandbox-capture';
import { decodeRows, encodeRows, messageRows, packUuid, unpackUuid } from './row-codec';
import { toPodRow } from './pod-row';

const NOW = new Date('2026-11-26T02:12:00Z');
const CAPTURED = ['docker-desktop-imagepullbackoff', 'gke-running-ready-deployment-pod', 'kind-native-sidecar-init-completed-running', 'minikube-crashloopbackoff-lastState-error', 'minikube-failed-restartnever', 'minikube-pending-with-deletiontimestamp-EDITED'];

/** Real captured pods as Pods-table rows. */
function capturedRows(): KeyedRow[] {
  const pods = [...sandboxCapture.pods(), ...sandboxCapture.podsInitSteps(), ...CAPTURED.map((f) => loadFixture<V1Pod>(`pods/${f}.json`))];
  return pods.map((p) => toPodRow(p, NOW));
}

/** What the rows are once they have crossed the wire as plain JSON. */
const overJson = (rows: unknown) => JSON.parse(JSON.stringify(rows)) as unknown;
/** Encode, send as JSON text, decode. */
const roundTrip = (rows: KeyedRow[]) => decodeRows(JSON.parse(JSON.stringify(encodeRows(rows))) as ReturnType<typeof encodeRows>);

/** A small seeded generator (mulberry32), so the synthetic cluster is the same every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `n` pods made from one captured Deployment pod: 300 namespaces of
 * Deployments with ReplicaSet-style names, random v4 uids, pod IPs from a
 * /16, 1,000 nodes, created over a day — a big cluster's Pods table.
 */
function syntheticPods(n: number): V1Pod[] {
  const base = loadFixture<V1Pod>('pods/gke-running-ready-deployment-pod.json');
  const rnd = seeded(13);
  const hex = (len: number) => Array.from({ length: len }, () => Math.floor(rnd() * 16).toString(16)).join('');
  const alnum = (len: number) => Array.from({ length: len }, () => 'bcdfghjklmnpqrstvwxz2456789'[Math.floor(rnd() * 27)]).join('');
  const created = Date.parse('2026-11-25T00:00:00Z');
  return Array.from({ length: n }, (_, i) => {
    const pod = structuredClone(base);
    const ns = `team-${i % 300}`;
    const deploy = `svc-${Math.floor(i / 300) % 20}`;
    const uid = `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[Math.floor(rnd() * 4)]}${hex(3)}-${hex(12)}`;
    pod.metadata = { ...pod.metadata, name: `${deploy}-${hex(10)}-${alnum(5)}`, namespace: ns, uid, creationTimestamp: new Date(created + Math.floor(rnd() * 86_400) * 1000) };
    pod.spec = { ...pod.spec!, nodeName: `node-${Math.floor(rnd() * 1000)}` };
    pod.status = { ...pod.status, podIP: `10.${244 + Math.floor(i / 65_536)}.${Math.floor(i / 256) % 256}.${i % 256}` };
    return overJson(pod) as V1Pod;
  });
}

let synthetic: KeyedRow[] | null = null;
/** The Pods-table rows of 10,000 synthetic pods (built once per file). */
const syntheticRows = () => (synthetic ??= syntheticPods(10_000).map((p) => toPodRow(p, NOW)));

describe('packUuid', () => {
  it('packs a canonical UUID into 22 base64url characters and restores it exactly', () => {
    const uids = capturedRows().map((r) => r.uid);
    const packed = uids.map((u) => packUuid(u));
    expect([packed.every((p) => p !== null && /^[A-Za-z0-9_-]{22}$/.test(p)), packed.map((p) => unpackUuid(p!))]).toStrictEqual([true, uids]);
  });

  it('refuses anything that would not come back the same: upper case, other lengths, names', () => {
    expect(['ABCDEF00-0000-0000-0000-000000000000', '0001020304050607080910111213141516', 'default/web', ''].map(packUuid)).toStrictEqual([null, null, null, null]);
  });
});

describe('encodeRows / decodeRows', () => {
  it('gives back real captured pod rows exactly, in order', () => {
    const rows = capturedRows();
    expect(roundTrip(rows)).toStrictEqual(overJson(rows));
  });

  it('writes a big list\'s repeating fields (namespace, node, status, severity, ready, null) as dictionary indexes, canonical uids packed and creation times as seconds', () => {
    const rows = syntheticRows();
    const packed = encodeRows(rows);
    const firstCreated = Math.min(...rows.map((r) => Date.parse((r as unknown as { createdAt: string }).createdAt) / 1000));
    expect([Object.keys(packed.dicts).sort(), packed.packs]).toStrictEqual([
      ['lastRestartAt', 'namespace', 'node', 'ready', 'restarts', 'severity', 'status'],
      { uid: 'uuid', createdAt: { time: firstCreated } },
    ]);
  });

  it('keeps a missing field missing and a null field null, nested values and non-UUID uids as they were', () => {
    const rows = [
      { uid: 'default/web', a: null, nested: { list: [1, { x: 'y' }], empty: {} } },
      { uid: 'default/api', b: 2, nested: { list: [1, { x: 'y' }], empty: {} } },
      { uid: 'default/db', a: undefined, b: 2, nested: { list: [] } },
      { uid: 'default/db2', a: null, b: 2, nested: { list: [1, { x: 'y' }], empty: {} } },
    ];
    expect(roundTrip(rows)).toStrictEqual([
      { uid: 'default/web', a: null, nested: { list: [1, { x: 'y' }], empty: {} } },
      { uid: 'default/api', b: 2, nested: { list: [1, { x: 'y' }], empty: {} } },
      { uid: 'default/db', b: 2, nested: { list: [] } },
      { uid: 'default/db2', a: null, b: 2, nested: { list: [1, { x: 'y' }], empty: {} } },
    ]);
  });

  it('tells apart values JSON tells apart: the string "1" from the number 1, false from null', () => {
    const rows = [1, '1', 1, '1', false, null, false, null, 0, ''].map((v, i) => ({ uid: `u${i}`, v }));
    expect(roundTrip(rows)).toStrictEqual(rows);
  });

  it('restores API timestamps sent as seconds after a base, and leaves other time formats as text', () => {
    const rows = ['2026-11-26T01:59:20Z', '2026-11-25T00:00:00Z', null, '2026-11-26T01:59:21Z'].map((t, i) => ({ uid: `u${i}`, t, ms: t && t.replace('Z', '.123Z') }));
    const packed = encodeRows(rows);
    expect([packed.packs?.t, roundTrip(rows)]).toStrictEqual([{ time: Date.parse('2026-11-25T00:00:00Z') / 1000 }, rows]);
  });

  it('restores times on either side of midnights, month ends, a leap day and the epoch exactly', () => {
    const times = ['1970-01-01T00:00:00Z', '2024-02-28T23:59:59Z', '2024-02-29T00:00:00Z', '2024-02-29T12:34:56Z', '2024-03-01T00:00:01Z', '2026-12-31T23:59:59Z', '2027-01-01T00:00:00Z', '2026-11-26T09:05:07Z'];
    const rows = times.map((t, i) => ({ uid: `u${i}`, t }));
    const packed = encodeRows(rows);
    expect([packed.packs?.t, roundTrip(rows)]).toStrictEqual([{ time: 0 }, rows]);
  });

  it('encodes an empty list as no fields and no rows, and decodes it back to none', () => {
    expect([encodeRows([]), decodeRows(encodeRows([]))]).toStrictEqual([{ fields: [], dicts: {}, rows: [] }, []]);
  });

  it('gives back 10,000 synthetic pod rows over 300 namespaces and 1,000 nodes exactly', () => {
    const rows = syntheticRows();
    expect(roundTrip(rows)).toStrictEqual(overJson(rows));
  });

  it('sends a snapshot of 10,000 pod rows over 300 namespaces and 1,000 nodes in at most 120 bytes per row (plain JSON rows take more than twice that)', () => {
    const rows = syntheticRows();
    const state = { phase: 'synced', lastEventAt: null };
    const packedBytes = new TextEncoder().encode(JSON.stringify([{ sub: 'pods', type: 'snapshot', packed: encodeRows(rows), state }])).length / rows.length;
    const plainBytes = new TextEncoder().encode(JSON.stringify([{ sub: 'pods', type: 'snapshot', items: rows, state }])).length / rows.length;
    console.info(`row-codec: ${packedBytes.toFixed(1)} B/row packed, ${plainBytes.toFixed(1)} B/row plain`);
    expect({ packedAtMost120: packedBytes <= 120, plainOver240: plainBytes > 240 }).toStrictEqual({ packedAtMost120: true, plainOver240: true });
  });
});

describe('messageRows', () => {
  it('reads the rows of a packed message and of a plain one alike', () => {
    const rows = capturedRows();
    expect([messageRows({ packed: encodeRows(rows) }), messageRows({ items: rows })]).toStrictEqual([overJson(rows), rows]);
  });
});
