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
