// Child process for the kill -9 test (lib/history/history.integration.test.ts):
// records pod states into HISTORY_DB in small batches, printing "committed <n>"
// after each committed batch, until it is killed. Run with tsx --conditions=react-server.
import { HistoryRecorder } from '../recorder';
import { loadSqlite } from '../sqlite';
import { HistoryStore } from '../store';

async function main(): Promise<void> {
  const file = process.env.HISTORY_DB;
  if (!file) throw new Error('HISTORY_DB is required');
  const sqlite = await loadSqlite();
  if (!sqlite.ok) throw new Error(sqlite.message);
  const rec = new HistoryRecorder({ path: file, open: () => HistoryStore.open(file, { Database: sqlite.Database, nativeBinding: sqlite.nativeBinding }), flushMs: 3_600_000 });
  await rec.start();
  const scope = { context: 'kill-test', kind: 'Pod' as const, namespace: null };
  let restarts = 0;
  for (;;) {
    restarts += 1;
    const pod = {
      kind: 'Pod',
      metadata: { uid: 'kill-test-uid', name: 'victim', namespace: 'demo', creationTimestamp: '2026-12-03T00:00:00Z' },
      spec: { containers: [{ name: 'app', image: 'busybox' }] },
      status: { phase: 'Running', containerStatuses: [{ name: 'app', image: 'busybox', ready: false, restartCount: restarts, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { exitCode: 1, reason: 'Error' } } }] },
    };
    rec.observe(scope, { type: 'upsert', obj: pod });
    rec.flush();
    if (rec.state().status !== 'recording') throw new Error(`not recording: ${JSON.stringify(rec.state())}`);
    process.stdout.write(`committed ${restarts}\n`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

void main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
