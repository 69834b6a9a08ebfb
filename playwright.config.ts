import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// End-to-end tests drive Debian's Chromium against the built app, which is
// connected to the sandbox cluster (npm test brings both up first).
const port = Number(process.env.E2E_PORT ?? 3100);

// The server records history into a database of this run's own (never the user's ~/.cache one);
// set on process.env so the workers (e2e/history.spec.ts) see the same file.
process.env.E2E_HISTORY_DB ??= path.join(os.tmpdir(), `kube-explain-e2e-${Date.now()}`, 'history.db');
// Servers a spec starts itself (auth, replicas, …) inherit this one: a file of their own, also outside ~/.cache.
process.env.HISTORY_DB ??= path.join(path.dirname(process.env.E2E_HISTORY_DB), 'spawned-servers.db');
// Under Node 24 better-sqlite3 needs the binding scripts/ensure-node24.sh built for it.
const sqliteBinding = path.resolve(__dirname, '.node24/better-sqlite3', `node-v${process.versions.modules}`, 'better_sqlite3.node');

export default defineConfig({
  testDir: 'e2e',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
  },
  webServer: {
    // The standalone server the container image runs (scripts/standalone.ts copies the static assets beside it first).
    command: `node node_modules/tsx/dist/cli.mjs scripts/standalone.ts serve --hostname 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}/api/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      KUBECONFIG: path.resolve(__dirname, '.sandbox/kubeconfig'),
      HISTORY_DB: process.env.E2E_HISTORY_DB,
      ...(existsSync(sqliteBinding) ? { HISTORY_SQLITE_BINDING: sqliteBinding } : {}),
      ...(process.env.NEXT_DIST_DIR ? { NEXT_DIST_DIR: process.env.NEXT_DIST_DIR } : {}),
    },
  },
});
