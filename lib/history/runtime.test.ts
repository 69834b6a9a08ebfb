import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { historyConfig, wholeLists } from './runtime';
import type { ObservedEvent } from './recorder';
import { bindingFor, sqliteRefusal } from './sqlite';

describe('historyConfig', () => {
  it('records into ~/.cache/kube-explain/history.db by default, HISTORY_DB moves it, HISTORY=off disables', () => {
    expect(historyConfig({})).toStrictEqual({ on: true, file: path.join(os.homedir(), '.cache', 'kube-explain', 'history.db') });
    expect(historyConfig({ HISTORY_DB: '/tmp/x/h.db' })).toStrictEqual({ on: true, file: '/tmp/x/h.db' });
    expect(historyConfig({ HISTORY: 'off', HISTORY_DB: '/tmp/x/h.db' })).toStrictEqual({ on: false, message: 'HISTORY=off' });
  });
  it('stays off under the test runner unless a file is named, so tests never write into the user’s cache', () => {
    expect(historyConfig({ VITEST: 'true' })).toStrictEqual({ on: false, message: 'off under the test runner (set HISTORY_DB to record)' });
    expect(historyConfig({ VITEST: 'true', HISTORY_DB: 'rel/h.db' })).toStrictEqual({ on: true, file: path.resolve('rel/h.db') });
  });
});

describe('bindingFor', () => {
  it('picks the binding built for this Node’s ABI under .node24/, or none (the package’s own), or the override', () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'binding-'));
    try {
      const dir = path.join(root, '.node24', 'better-sqlite3', 'node-v137');
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, 'better_sqlite3.node'), '');
      expect(bindingFor('137', root, {})).toBe(path.join(dir, 'better_sqlite3.node'));
      expect(bindingFor('115', root, {})).toBeUndefined();
      expect(bindingFor('115', root, { HISTORY_SQLITE_BINDING: '/x.node' })).toBe('/x.node');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('loadSqlite', () => {
  it('reports why the native module cannot load instead of throwing (history then shows "recording off: <why>")', async () => {
    const { loadSqlite, resetSqliteLoader } = await import('./sqlite');
    const saved = process.env.HISTORY_SQLITE_MODULE;
    process.env.HISTORY_SQLITE_MODULE = 'missing';
    resetSqliteLoader();
    try {
      expect(await loadSqlite()).toStrictEqual({ ok: false, message: `better-sqlite3 could not be loaded in Node ${process.versions.node}: better-sqlite3 disabled by HISTORY_SQLITE_MODULE=missing` });
    } finally {
      if (saved === undefined) delete process.env.HISTORY_SQLITE_MODULE;
      else process.env.HISTORY_SQLITE_MODULE = saved;
      resetSqliteLoader();
    }
    // Loads where this Node may use it (20 and 22); says why not on Node 24.
    const refusal = sqliteRefusal(process.versions.node);
    expect(await loadSqlite()).toMatchObject(refusal ? { ok: false, message: refusal } : { ok: true });
  });
});

describe('sqliteRefusal', () => {
  it('keeps better-sqlite3 out of Node 24, where freeing a statement can abort the process, unless forced', () => {
    expect(sqliteRefusal('20.20.2', {})).toBe(null);
    expect(sqliteRefusal('22.23.2', {})).toBe(null);
    expect(sqliteRefusal('24.21.0', {})).toBe('better-sqlite3 12 can abort Node 24 when it frees a statement (a known crash in its native code); history records on Node 20 and 22 (HISTORY_SQLITE_FORCE=1 tries anyway)');
    expect(sqliteRefusal('24.21.0', { HISTORY_SQLITE_FORCE: '1' })).toBe(null);
  });
});

describe('wholeLists', () => {
  const syncing = { phase: 'syncing' };
  const synced = { phase: 'synced' };

  it('hands the recorder a cache\'s progressive first sync as one synced snapshot of every page', () => {
    const seen: ObservedEvent[] = [];
    const l = wholeLists((e) => seen.push(e));
    l({ type: 'snapshot', items: ['a'], state: syncing });
    l({ type: 'page', items: ['b', 'c'], state: syncing });
    l({ type: 'page', items: ['d'], state: syncing });
    l({ type: 'state', state: synced });
    l({ type: 'upsert', obj: 'e' });
    expect(seen).toStrictEqual([{ type: 'snapshot', items: ['a'], state: syncing }, { type: 'snapshot', items: ['a', 'b', 'c', 'd'], state: synced }, { type: 'upsert', obj: 'e' }]);
  });

  it('passes a synced snapshot (a restarted first sync, a late subscriber) and a later relist\'s updates through, making up no snapshot', () => {
    const seen: ObservedEvent[] = [];
    const l = wholeLists((e) => seen.push(e));
    const events: Parameters<typeof l>[0][] = [
      { type: 'snapshot', items: [], state: syncing },
      { type: 'page', items: ['old'], state: syncing },
      { type: 'state', state: { phase: 'reconnecting' } },
      { type: 'page', items: ['new'], state: syncing },
      { type: 'snapshot', items: ['new'], state: synced },
      { type: 'state', state: syncing },
      { type: 'upsert', obj: 'x' },
      { type: 'state', state: synced },
    ];
    events.forEach(l);
    expect(seen).toStrictEqual(events.filter((e) => e.type !== 'page'));
  });
});
