import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { standalonePaths } from './standalone';

// These machines cannot build images, so the Dockerfile is checked as text for
// what the issue requires, and its HEALTHCHECK command is run for real with
// this machine's node against a local server. The standalone folder the image
// copies is run by e2e/standalone.spec.ts.

const root = path.resolve(__dirname, '..');
const run = promisify(execFile);

interface Instruction {
  op: string;
  args: string;
}

/** The Dockerfile's instructions, continuation lines joined and comments dropped, grouped by stage (FROM … AS name). */
function stages(text: string): Map<string, Instruction[]> {
  const lines = text.replace(/\\\n\s*/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  const out = new Map<string, Instruction[]>();
  let current: Instruction[] = [];
  out.set('(global)', current);
  for (const line of lines) {
    const [, op = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === 'FROM') {
      current = [];
      out.set(/\bAS\s+(\S+)$/i.exec(args)?.[1] ?? args, current);
    }
    current.push({ op: op.toUpperCase(), args });
  }
  return out;
}

const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const byStage = stages(dockerfile);
const runtime = byStage.get('runtime') ?? [];
const args = (op: string) => runtime.filter((i) => i.op === op).map((i) => i.args);
/** The exec-form (JSON array) arguments of an instruction. */
const execForm = (text: string) => JSON.parse(text.replace(/^CMD\s+/, '')) as string[];

describe('Dockerfile', () => {
  it('builds every stage on Node 24 slim pinned by digest', () => {
    const base = /^ARG NODE_IMAGE=(\S+)$/m.exec(dockerfile)?.[1] ?? '';
    expect(base).toMatch(/^node:24-slim@sha256:[0-9a-f]{64}$/);
    const froms = [...byStage.values()].flat().filter((i) => i.op === 'FROM').map((i) => i.args.split(/\s+/)[0]);
    expect(froms).toStrictEqual(['${NODE_IMAGE}', '${NODE_IMAGE}', '${NODE_IMAGE}']);
    expect([...byStage.keys()]).toStrictEqual(['(global)', 'deps', 'build', 'runtime']);
  });

  it('ships only the standalone folder that npm run build completes, into /app', () => {
    const built = standalonePaths('/src', '.next').standalone;
    expect(args('WORKDIR')).toStrictEqual(['/app']);
    expect(args('COPY')).toStrictEqual([`--from=build --chown=0:0 ${built} ./`]);
    expect((byStage.get('build') ?? []).filter((i) => i.op === 'RUN').map((i) => i.args)).toStrictEqual(['npm run build']);
  });

  it('runs as a numeric non-root user, binding every interface on PORT, with node and no shell', () => {
    const users = args('USER');
    expect(users).toHaveLength(1);
    const [uid = '', gid = ''] = (users[0] ?? '').split(':');
    expect([Number(uid) > 0, Number(gid) > 0]).toStrictEqual([true, true]);
    const env = args('ENV').join(' ');
    expect(env).toMatch(/\bPORT=3000\b/);
    expect(env).toMatch(/\bHOSTNAME=0\.0\.0\.0\b/);
    expect(env).toMatch(/\bNODE_ENV=production\b/);
    expect(args('CMD').map(execForm)).toStrictEqual([['node', 'server.js']]);
  });

  it('checks health with node on /api/healthz in exec form (no curl, no shell)', () => {
    const hc = args('HEALTHCHECK');
    expect(hc).toHaveLength(1);
    const cmd = execForm(/CMD\s+(\[.*\])$/.exec(hc[0] ?? '')?.[1] ?? '[]');
    expect(cmd.slice(0, 2)).toStrictEqual(['node', '-e']);
    expect(cmd[2]).toContain('/api/healthz');
    expect(hc[0]).not.toMatch(/curl|wget|\bsh\b/);
  });

  it('keeps dependencies, builds, the sandbox and git out of the build context', () => {
    const ignored = readFileSync(path.join(root, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim());
    expect(ignored).toEqual(expect.arrayContaining(['node_modules', '.next', '.next-*', '.sandbox', '.node24', '.git']));
  });
});

describe("the image's HEALTHCHECK command, run with node", () => {
  let status = 200;
  let server: http.Server;
  let port = 0;
  const script = () => execForm(/CMD\s+(\[.*\])$/.exec(args('HEALTHCHECK')[0] ?? '')?.[1] ?? '[]')[2] ?? '';
  const exitCode = (p: number) =>
    run(process.execPath, ['-e', script()], { env: { ...process.env, PORT: String(p) }, timeout: 10_000 }).then(
      () => 0,
      (e: { code?: number }) => e.code ?? -1,
    );

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      res.statusCode = req.url === '/api/healthz' ? status : 404;
      res.end('{}');
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => {
    server.close();
  });

  it('exits 0 when /api/healthz answers 200, and 1 on 503 or when nothing listens', async () => {
    status = 200;
    const healthy = await exitCode(port);
    status = 503;
    const failing = await exitCode(port);
    server.close();
    const down = await exitCode(port);
    expect([healthy, failing, down]).toStrictEqual([0, 1, 1]);
  });
});
