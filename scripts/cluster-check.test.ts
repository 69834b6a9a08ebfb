import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkCurrentContext } from './cluster-check';

const saved = { KUBECONFIG: process.env.KUBECONFIG, HOME: process.env.HOME, KUBERNETES_SERVICE_HOST: process.env.KUBERNETES_SERVICE_HOST };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('checkCurrentContext (what npm start decides on)', () => {
  it('says no kubeconfig was found when there is none', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'no-kube-'));
    process.env.HOME = home;
    process.env.KUBECONFIG = path.join(home, 'missing.yaml');
    delete process.env.KUBERNETES_SERVICE_HOST;
    const r = await checkCurrentContext(2000);
    expect(r.ok).toBe(false);
    expect(r).toStrictEqual({ ok: false, reason: `no kubeconfig was found (looked in ${path.join(home, 'missing.yaml')})` });
  });

  it('looks in ~/.kube/config when KUBECONFIG is unset, instead of trying a made-up localhost:8080', async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'no-kube-'));
    process.env.HOME = home;
    delete process.env.KUBECONFIG;
    delete process.env.KUBERNETES_SERVICE_HOST;
    expect(await checkCurrentContext(2000)).toStrictEqual({ ok: false, reason: `no kubeconfig was found (looked in ${path.join(home, '.kube', 'config')})` });
  });

  it('names the context and server that does not answer', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kube-'));
    const file = path.join(dir, 'config');
    writeFileSync(
      file,
      ['apiVersion: v1', 'kind: Config', 'clusters: [{ name: c, cluster: { server: "https://127.0.0.1:1" } }]', 'users: [{ name: u, user: { token: t } }]', 'contexts: [{ name: down, context: { cluster: c, user: u } }]', 'current-context: down', ''].join('\n'),
    );
    process.env.KUBECONFIG = file;
    const r = await checkCurrentContext(2000);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(/^context "down" \(https:\/\/127\.0\.0\.1:1\) is not reachable: .*ECONNREFUSED/);
  });

  it('judges a broken context as the app does: a context whose user is not defined cannot be loaded', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'kube-'));
    const file = path.join(dir, 'config');
    writeFileSync(
      file,
      ['apiVersion: v1', 'kind: Config', 'clusters: [{ name: c, cluster: { server: "https://127.0.0.1:1" } }]', 'contexts: [{ name: half, context: { cluster: c, user: nobody } }]', 'current-context: half', ''].join('\n'),
    );
    process.env.KUBECONFIG = file;
    expect(await checkCurrentContext(2000)).toStrictEqual({ ok: false, reason: 'the kubeconfig could not be loaded: context "half" refers to user "nobody", which is not defined' });
  });
});
