import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareStandalone, standalonePaths } from './standalone';

let root: string;
const write = (rel: string, text: string) => {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};
const read = (rel: string) => fs.readFileSync(path.join(root, rel), 'utf8');

beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'standalone-test-'));
});
afterEach(() => {
  fs.rmSync(root, { recursive: true, force: true });
});

describe('standalonePaths', () => {
  it("puts the static assets where server.js, which chdirs to its folder, looks for the distDir's", () => {
    expect(standalonePaths('/app', '.next-pack')).toStrictEqual({
      standalone: '/app/.next-pack/standalone',
      server: '/app/.next-pack/standalone/server.js',
      staticFrom: '/app/.next-pack/static',
      staticTo: '/app/.next-pack/standalone/.next-pack/static',
      publicFrom: '/app/public',
      publicTo: '/app/.next-pack/standalone/public',
    });
  });
});

describe('prepareStandalone', () => {
  it('copies the static assets and public/ beside server.js, replacing an older copy', () => {
    write('.next/standalone/server.js', '// server');
    write('.next/static/chunks/app.js', 'new chunk');
    write('.next/standalone/.next/static/chunks/stale.js', 'old chunk');
    write('public/robots.txt', 'User-agent: *');
    prepareStandalone(root, '.next');
    expect(read('.next/standalone/.next/static/chunks/app.js')).toBe('new chunk');
    expect(fs.existsSync(path.join(root, '.next/standalone/.next/static/chunks/stale.js'))).toBe(false);
    expect(read('.next/standalone/public/robots.txt')).toBe('User-agent: *');
  });

  it('keeps relative symbolic links relative, so the folder still works once copied elsewhere', () => {
    write('.next/standalone/server.js', '// server');
    write('.next/static/chunks/app.js', 'chunk');
    fs.symlinkSync('chunks/app.js', path.join(root, '.next/static/alias.js'));
    prepareStandalone(root, '.next');
    expect(fs.readlinkSync(path.join(root, '.next/standalone/.next/static/alias.js'))).toBe('chunks/app.js');
  });

  it('drops the sources of ours the tracer copied (lib/k8s and its tests), which the bundled server never reads', () => {
    write('.next/standalone/server.js', '// server');
    write('.next/static/chunks/app.js', 'chunk');
    write('.next/standalone/lib/k8s/kubeconfig.ts', 'source');
    write('.next/standalone/lib/k8s/faults/apiserver-kill.integration.test.ts', 'test');
    write('.next/standalone/node_modules/node-fetch/lib/index.js', 'a package’s own lib/ stays');
    prepareStandalone(root, '.next');
    expect([fs.existsSync(path.join(root, '.next/standalone/lib')), read('.next/standalone/node_modules/node-fetch/lib/index.js')]).toStrictEqual([false, 'a package’s own lib/ stays']);
  });

  it('refuses a build without a standalone server, saying to build first', () => {
    write('.next/static/chunks/app.js', 'chunk');
    expect(() => prepareStandalone(root, '.next')).toThrow(`no standalone server at ${path.join(root, '.next/standalone/server.js')}: run the build first (npm run build)`);
  });
});
