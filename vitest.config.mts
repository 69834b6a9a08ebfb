import { defineConfig } from 'vitest/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));

// Unit tests are pure and fast; integration tests need the sandbox cluster
// (npm run sandbox:up) and run one file at a time against the real apiserver.
export default defineConfig({
  resolve: { alias: { '@': root } },
  test: {
    projects: [
      {
        extends: true,
        resolve: { alias: { 'server-only': path.resolve(root, 'lib/testing/server-only-stub.ts') } },
        test: {
          name: 'unit',
          include: ['{lib,sandbox,components,app,scripts,bench}/**/*.test.ts?(x)'],
          exclude: ['**/*.integration.test.ts', 'node_modules/**', '.next*/**', '.node24/**', '.sandbox/**'],
          environment: 'node',
        },
      },
      {
        extends: true,
        resolve: { alias: { 'server-only': path.resolve(root, 'lib/testing/server-only-stub.ts') } },
        test: {
          name: 'integration',
          include: ['**/*.integration.test.ts'],
          // Side build folders and copies of the tree are not ours to test.
          exclude: ['node_modules/**', '.next*/**', '.node24/**', '.sandbox/**'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
