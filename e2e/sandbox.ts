import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');
const kubeconfig = path.join(root, '.sandbox', 'kubeconfig');

/** The sandbox's kube context name, as it appears in dashboard URLs. */
export const CONTEXT = 'kube-explain-sandbox';
export const DEMO = 'explain-demo';

function kubectlBinary(): string {
  const versions = JSON.parse(readFileSync(path.join(root, 'sandbox', 'versions.json'), 'utf8')) as { kubernetes: string };
  const cache = process.env.SANDBOX_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(process.env.HOME ?? '/root', '.cache'), 'kube-explain', 'sandbox');
  return path.join(cache, `kubernetes-${versions.kubernetes}`, 'kubectl');
}

/** Runs the sandbox's own kubectl, the oracle the dashboard is compared with. */
export async function kubectl(args: string[], input?: string): Promise<string> {
  if (input !== undefined) {
    const { spawn } = await import('node:child_process');
    return new Promise((resolve, reject) => {
      const c = spawn(kubectlBinary(), args, { env: { ...process.env, KUBECONFIG: kubeconfig } });
      let out = '';
      let err = '';
      c.stdout.on('data', (d: Buffer) => (out += d.toString()));
      c.stderr.on('data', (d: Buffer) => (err += d.toString()));
      c.on('close', (code) => (code === 0 ? resolve(out) : reject(new Error(`kubectl ${args.join(' ')}: ${err}`))));
      c.stdin.end(input);
    });
  }
  const { stdout } = await run(kubectlBinary(), args, { env: { ...process.env, KUBECONFIG: kubeconfig } });
  return stdout;
}

/** READY, STATUS and RESTARTS of one `kubectl get pods` row, as printed (RESTARTS may read "4 (2m ago)"). */
export interface KubectlPodRow {
  ready: string;
  status: string;
  restarts: string;
}

/** `kubectl get pods --no-headers` as { name → { ready, status, restarts } }. */
export async function kubectlPods(namespace: string): Promise<Record<string, KubectlPodRow>> {
  const out = await kubectl(['get', 'pods', '-n', namespace, '--no-headers']);
  const rows: Record<string, KubectlPodRow> = {};
  for (const line of out.split('\n').filter(Boolean)) {
    const [name = '', ready = '', status = '', ...rest] = line.trim().split(/\s+/);
    // RESTARTS can hold spaces ("6 (2m ago)"); AGE is always the last column.
    rows[name] = { ready, status, restarts: rest.slice(0, -1).join(' ') };
  }
  return rows;
}

/** Stops or starts the sandbox kube-apiserver alone. */
export async function apiserver(action: 'stop' | 'start'): Promise<void> {
  await run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'sandbox/cli.ts'), 'apiserver', action], { cwd: root });
}

export const scenarioFile = (name: string) => path.join(root, 'sandbox', 'scenarios', name);

/** Waits until the controller-manager has created a new namespace's default ServiceAccount (pods need it). */
export async function waitForDefaultServiceAccount(namespace: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await kubectl(['get', 'serviceaccount', 'default', '-n', namespace]);
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}
