import { beforeAll } from 'vitest';
import type BetterSqlite3 from 'better-sqlite3';
import { loadSqlite, sqliteRefusal } from '@/lib/history/sqlite';

/** What HistoryStore.open needs to open a real SQLite file. */
export interface RealSqlite {
  Database: typeof BetterSqlite3;
  nativeBinding: string | undefined;
}

/**
 * The real better-sqlite3 for a test file: loaded in a beforeAll (failing
 * loudly when it cannot load), or `refused` with the reason where this Node
 * keeps it out (Node 24, sqliteRefusal) so the file's suites can skip.
 * @example const { refused, sqlite } = realSqlite(); describe.skipIf(refused !== null)('…', () => { HistoryStore.open(file, sqlite) })
 */
export function realSqlite(): { refused: string | null; sqlite: RealSqlite } {
  const refused = sqliteRefusal(process.versions.node);
  const sqlite = { nativeBinding: undefined } as RealSqlite;
  beforeAll(async () => {
    if (refused) return;
    const s = await loadSqlite();
    if (!s.ok) throw new Error(s.message);
    sqlite.Database = s.Database;
    sqlite.nativeBinding = s.nativeBinding;
  });
  return { refused, sqlite };
}
