import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import path from 'node:path';
import { stateDir } from './paths';

const pidDir = path.join(stateDir, 'pids');
export const logDir = path.join(stateDir, 'logs');

export interface ProcRecord {
  name: string;
  pid: number;
  binary: string;
  args: string[];
  startedAt: string;
}

/** Starts a component detached from this process, output to .sandbox/logs/<name>.log, PID recorded. */
export function startProcess(name: string, binary: string, args: string[], env: NodeJS.ProcessEnv = process.env): ProcRecord {
  mkdirSync(pidDir, { recursive: true });
  mkdirSync(logDir, { recursive: true });
  const out = openSync(path.join(logDir, `${name}.log`), 'a');
  const child = spawn(binary, args, { detached: true, stdio: ['ignore', out, out], env });
  closeSync(out);
  if (child.pid === undefined) throw new Error(`could not start ${name} (${binary})`);
  child.unref();
  const rec: ProcRecord = { name, pid: child.pid, binary, args, startedAt: new Date().toISOString() };
  writeFileSync(path.join(pidDir, `${name}.json`), JSON.stringify(rec, null, 2));
  return rec;
}

export function readRecord(name: string): ProcRecord | undefined {
  try {
    return JSON.parse(readFileSync(path.join(pidDir, `${name}.json`), 'utf8')) as ProcRecord;
  } catch {
    return undefined;
  }
}

export function allRecords(): ProcRecord[] {
  if (!existsSync(pidDir)) return [];
  return readdirSync(pidDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => readRecord(f.replace(/\.json$/, '')))
    .filter((r): r is ProcRecord => r !== undefined);
}

/**
 * True only when the recorded PID is alive AND still runs the binary we
 * started: a PID reused by another program after a crash is never ours.
 */
export function isOurs(rec: ProcRecord): boolean {
  try {
    process.kill(rec.pid, 0);
  } catch {
    return false;
  }
  try {
    const cmdline = readFileSync(`/proc/${rec.pid}/cmdline`, 'utf8').split('\0');
    const exe = cmdline[0] ?? '';
    return exe === rec.binary || path.basename(exe) === path.basename(rec.binary);
  } catch {
    return false;
  }
}

export function forget(name: string): void {
  rmSync(path.join(pidDir, `${name}.json`), { force: true });
}

/** Stops a recorded component by its PID (SIGTERM, then SIGKILL after `graceMs`). Never touches a PID that isn't ours. */
export async function stopProcess(name: string, graceMs = 10_000): Promise<'stopped' | 'not-running'> {
  const rec = readRecord(name);
  if (!rec) return 'not-running';
  if (!isOurs(rec)) {
    forget(name);
    return 'not-running';
  }
  process.kill(rec.pid, 'SIGTERM');
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!isOurs(rec)) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  if (isOurs(rec)) process.kill(rec.pid, 'SIGKILL');
  forget(name);
  return 'stopped';
}

/**
 * Kills a recorded component at once with SIGKILL, as a crash or the OOM
 * killer would (no graceful shutdown), and waits until it is gone. Never
 * touches a PID that isn't ours.
 * @example await killProcess('kube-apiserver') // 'killed'
 */
export async function killProcess(name: string, timeoutMs = 10_000): Promise<'killed' | 'not-running'> {
  const rec = readRecord(name);
  if (!rec || !isOurs(rec)) {
    forget(name);
    return 'not-running';
  }
  process.kill(rec.pid, 'SIGKILL');
  const deadline = Date.now() + timeoutMs;
  while (isOurs(rec) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
  forget(name);
  return 'killed';
}

export function logTail(name: string, lines = 15): string {
  try {
    return readFileSync(path.join(logDir, `${name}.log`), 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}
