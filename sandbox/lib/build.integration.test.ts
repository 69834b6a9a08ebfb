import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readToolVersions } from './build';
import { repoRoot } from './paths';

// A fresh machine has no helm: the first command that needs it builds it from
// its Go module into the cache, saying so, and later ones reuse it. Run here in
// an empty cache and state folder (Go's own build cache makes this take seconds
// on a machine that built it before; a cold build took 2 min 33 s on 2 cores).

const dir = mkdtempSync(path.join(os.tmpdir(), 'kube-explain-helm-'));
const env = { ...process.env, SANDBOX_CACHE_DIR: path.join(dir, 'cache'), SANDBOX_STATE_DIR: path.join(dir, 'state') };

function cli(...args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve) =>
    execFile('npx', ['tsx', 'sandbox/cli.ts', ...args], { cwd: repoRoot, env }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, out: stdout + stderr }),
    ),
  );
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('helm for the tests', () => {
  const { helm: version } = readToolVersions();

  it('is built from its Go module into an empty cache on first use, with progress lines, and reports its release', async () => {
    const first = await cli('helm', '--', 'version', '--short');
    expect(first.code, first.out).toBe(0);
    expect(first.out).toContain(`[sandbox] building helm ${version} into ${env.SANDBOX_CACHE_DIR}`);
    expect(first.out).toMatch(new RegExp(`\\[sandbox\\] building helm ${version} done in \\d+`));
    // The release is stamped into the binary (ldflags), not the module's default "v4.3".
    expect(first.out.split('\n')).toContain(version);
    expect(existsSync(path.join(env.SANDBOX_CACHE_DIR, `helm-${version}`, 'helm'))).toBe(true);
    expect(existsSync(path.join(env.SANDBOX_STATE_DIR, 'bin', 'helm'))).toBe(true);
  }, 30 * 60_000);

  it('is reused from the cache without building again', async () => {
    const second = await cli('helm', '--', 'version', '--short');
    expect(second.code, second.out).toBe(0);
    expect(second.out.trim()).toBe(version);
  });
});
