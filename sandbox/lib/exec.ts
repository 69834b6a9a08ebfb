import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync } from 'node:fs';
import path from 'node:path';

export class SandboxError extends Error {}

/** Runs a command to completion, output appended to `logFile`; rejects with the log's tail on failure. */
export function runLogged(cmd: string, args: string[], opts: { cwd: string; logFile: string; env?: NodeJS.ProcessEnv }): Promise<void> {
  mkdirSync(path.dirname(opts.logFile), { recursive: true });
  const log = createWriteStream(opts.logFile, { flags: 'a' });
  log.write(`\n$ ${cmd} ${args.join(' ')}\n`);
  let tail = '';
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => {
      log.end();
      reject(new SandboxError(`could not run ${cmd}: ${err.message}`));
    });
    child.on('close', (code) => {
      log.end();
      if (code === 0) resolve();
      else reject(new SandboxError(`${cmd} ${args.slice(0, 3).join(' ')} … exited with ${code}. Log: ${opts.logFile}\n${tail}`));
    });
  });
}

/** Runs a command and returns its stdout; rejects with stderr on failure. */
export function capture(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ['pipe', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    child.on('error', (e) => reject(new SandboxError(`could not run ${cmd}: ${e.message}`)));
    // A child that exits without reading its input closes the pipe; its exit code tells what happened.
    child.stdin.on('error', () => {});
    child.on('close', (code) => (code === 0 ? resolve(out) : reject(new SandboxError(`${cmd} ${args.join(' ')} exited with ${code}: ${err.trim() || out.trim()}`))));
    child.stdin.end(opts.input ?? '');
  });
}
