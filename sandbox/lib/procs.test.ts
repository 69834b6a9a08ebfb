import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// procs.ts reads SANDBOX_STATE_DIR when it is imported.
const state = mkdtempSync(path.join(os.tmpdir(), 'sandbox-procs-'));
process.env.SANDBOX_STATE_DIR = state;
const procs = await import('./procs');

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('sandbox process records', () => {
  const bystander = spawn('sleep', ['60'], { stdio: 'ignore' });
  beforeAll(() => new Promise<void>((r) => (bystander.pid ? r() : bystander.once('spawn', () => r()))));
  afterAll(() => {
    bystander.kill('SIGKILL');
  });

  it('starts a component detached, records its PID, and stops it by that PID', async () => {
    const rec = procs.startProcess('demo', '/bin/sleep', ['60']);
    expect(procs.isOurs(rec)).toBe(true);
    expect(procs.readRecord('demo')).toStrictEqual(rec);
    expect(await procs.stopProcess('demo', 2000)).toBe('stopped');
    await new Promise((r) => setTimeout(r, 100));
    expect(alive(rec.pid)).toBe(false);
    expect(procs.readRecord('demo')).toBeUndefined();
  });

  it('never signals a live process whose PID record names another binary (a reused PID)', async () => {
    mkdirSync(path.join(state, 'pids'), { recursive: true });
    const pid = bystander.pid ?? -1;
    writeFileSync(path.join(state, 'pids', 'etcd.json'), JSON.stringify({ name: 'etcd', pid, binary: '/opt/cache/etcd-v3.6.16/etcd', args: [], startedAt: new Date().toISOString() }));
    expect(procs.isOurs(procs.readRecord('etcd') as NonNullable<ReturnType<typeof procs.readRecord>>)).toBe(false);
    expect(await procs.stopProcess('etcd', 500)).toBe('not-running');
    expect(alive(pid)).toBe(true);
    expect(procs.readRecord('etcd')).toBeUndefined();
  });

  it('kills a component at once with SIGKILL, even one that ignores SIGTERM, and forgets its record', async () => {
    const rec = procs.startProcess('stubborn', '/bin/sh', ['-c', 'trap "" TERM; while :; do sleep 1; done']);
    await new Promise((r) => setTimeout(r, 200));
    const started = Date.now();
    expect(await procs.killProcess('stubborn', 5000)).toBe('killed');
    // stopProcess would have waited out its grace period; a kill does not.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(procs.isOurs(rec)).toBe(false);
    expect(procs.readRecord('stubborn')).toBeUndefined();
    expect(await procs.killProcess('stubborn')).toBe('not-running');
  });

  it('never kills a live process whose PID record names another binary', async () => {
    mkdirSync(path.join(state, 'pids'), { recursive: true });
    const pid = bystander.pid ?? -1;
    writeFileSync(path.join(state, 'pids', 'kube-apiserver.json'), JSON.stringify({ name: 'kube-apiserver', pid, binary: '/opt/cache/kube-apiserver', args: [], startedAt: new Date().toISOString() }));
    expect(await procs.killProcess('kube-apiserver')).toBe('not-running');
    expect(alive(pid)).toBe(true);
    expect(procs.readRecord('kube-apiserver')).toBeUndefined();
  });

  it('treats a record whose process has exited as stale', async () => {
    const rec = procs.startProcess('gone', '/bin/sh', ['-c', 'exit 0']);
    await new Promise((r) => setTimeout(r, 300));
    expect(procs.isOurs(rec)).toBe(false);
    expect(await procs.stopProcess('gone')).toBe('not-running');
  });
});
