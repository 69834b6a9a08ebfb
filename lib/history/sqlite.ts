import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';

/** The better-sqlite3 constructor, or why it could not be loaded. */
export type SqliteLoad = { ok: true; Database: typeof BetterSqlite3; nativeBinding: string | undefined } | { ok: false; message: string };

/**
 * The native binding for this Node when it is not the one npm built: npm
 * builds node_modules/better-sqlite3 for the Node that ran it (20 here);
 * scripts/ensure-node24.sh builds one per other ABI under
 * `.node24/better-sqlite3/node-v<modules>/`. `HISTORY_SQLITE_BINDING` overrides.
 * @example bindingFor('137', '/app') // '/app/.node24/better-sqlite3/node-v137/better_sqlite3.node' when that file exists
 */
export function bindingFor(modules: string, root: string, env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (env.HISTORY_SQLITE_BINDING) return env.HISTORY_SQLITE_BINDING;
  const candidate = path.join(root, '.node24', 'better-sqlite3', `node-v${modules}`, 'better_sqlite3.node');
  return existsSync(candidate) ? candidate : undefined;
}

/**
 * Why better-sqlite3 is not loaded in this Node at all, or null. Under Node
 * 24 its 12.x line can abort the whole process when V8 collects a prepared
 * statement after Node's environment is gone (`Assertion failed: (env) !=
 * nullptr` in node::RemoveEnvironmentCleanupHook, from Statement's
 * destructor): seen here at a test worker's exit, and reported upstream
 * (better-sqlite3 #1515, closed without a fix) also during normal running.
 * Node 20 and 22 are not affected, and 13.x does not run on Node 20. A
 * dashboard that loses its process is worse than one without history, so
 * Node 24 records nothing unless HISTORY_SQLITE_FORCE=1.
 * @example sqliteRefusal('24.21.0', {}) // 'better-sqlite3 12 can abort Node 24 …'
 * @example sqliteRefusal('20.20.2', {}) // null
 */
export function sqliteRefusal(nodeVersion: string, env: Readonly<Record<string, string | undefined>> = process.env): string | null {
  const major = Number(nodeVersion.split('.')[0]);
  if (major < 24 || env.HISTORY_SQLITE_FORCE === '1') return null;
  return `better-sqlite3 12 can abort Node ${major} when it frees a statement (a known crash in its native code); history records on Node 20 and 22 (HISTORY_SQLITE_FORCE=1 tries anyway)`;
}

let loaded: Promise<SqliteLoad> | null = null;

/**
 * Loads better-sqlite3 once and opens a throwaway in-memory database to
 * prove the native binding works in this Node. Never throws: a missing or
 * unloadable module is `{ ok: false, message }` (history then says
 * "recording off: <message>" and everything else keeps working).
 * @example const s = await loadSqlite(); if (s.ok) new s.Database(file, { nativeBinding: s.nativeBinding });
 */
export function loadSqlite(): Promise<SqliteLoad> {
  loaded ??= (async (): Promise<SqliteLoad> => {
    try {
      if (process.env.HISTORY_SQLITE_MODULE === 'missing') throw new Error('better-sqlite3 disabled by HISTORY_SQLITE_MODULE=missing');
      const refusal = sqliteRefusal(process.versions.node);
      if (refusal) return { ok: false, message: refusal };
      const mod = (await import('better-sqlite3')) as unknown as { default?: typeof BetterSqlite3 } & typeof BetterSqlite3;
      const Database = mod.default ?? mod;
      const nativeBinding = bindingFor(process.versions.modules, process.cwd());
      const probe = new Database(':memory:', nativeBinding ? { nativeBinding } : {});
      probe.close();
      return { ok: true, Database, nativeBinding };
    } catch (err) {
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
      return { ok: false, message: `better-sqlite3 could not be loaded in Node ${process.versions.node}: ${message}` };
    }
  })();
  return loaded;
}

/** Forgets the loaded module (tests). */
export function resetSqliteLoader(): void {
  loaded = null;
}
