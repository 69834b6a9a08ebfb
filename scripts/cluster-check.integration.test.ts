import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sandboxKubeconfig } from '../lib/testing/sandbox';
import { checkCurrentContext } from './cluster-check';

const saved = process.env.KUBECONFIG;
afterEach(() => {
  if (saved === undefined) delete process.env.KUBECONFIG;
  else process.env.KUBECONFIG = saved;
});

describe('checkCurrentContext against the sandbox', () => {
  it('uses a reachable current context and reports its server version', async () => {
    process.env.KUBECONFIG = sandboxKubeconfig;
    const version = (JSON.parse(readFileSync(path.join(__dirname, '../sandbox/versions.json'), 'utf8')) as { kubernetes: string }).kubernetes;
    const r = await checkCurrentContext(5000);
    expect(r).toMatchObject({ ok: true, context: 'kube-explain-sandbox', version });
  });
});
