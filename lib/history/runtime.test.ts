import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { historyConfig } from './runtime';
import { bindingFor } from './sqlite';

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
    expect((await loadSqlite()).ok).toBe(true);
  });
});
