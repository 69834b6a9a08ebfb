import { existsSync } from 'node:fs';
import path from 'node:path';
import { CoreV1Api, KubeConfig } from '@kubernetes/client-node';

export const sandboxKubeconfig = path.resolve(__dirname, '../../.sandbox/kubeconfig');

/**
 * The sandbox admin KubeConfig. Integration tests fail loudly without the
 * sandbox rather than skip: npm test starts it first.
 */
export function sandboxConfig(): KubeConfig {
  if (!existsSync(sandboxKubeconfig)) {
    throw new Error(`no sandbox kubeconfig at ${sandboxKubeconfig}: run npm run sandbox:up first (npm test does this for you)`);
  }
  const kc = new KubeConfig();
  kc.loadFromFile(sandboxKubeconfig);
  return kc;
}

/** Polls `probe` until it returns a value (not undefined) or the timeout passes; the error names what was awaited and the last value seen. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, intervalMs = 500): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await probe();
      if (v !== undefined) return v;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `; last error: ${String(lastError)}` : ''}`);
}

/** A short random suffix for objects a test creates. */
export function suffix(): string {
  return Math.random().toString(36).slice(2, 8);
}

/**
 * Creates a namespace and waits until pods may be created in it: the
 * ServiceAccount admission plugin refuses a pod (403 "serviceaccount
 * \"default\" not found") until the controller-manager has made the
 * namespace's default ServiceAccount, which takes a moment on a busy machine.
 * @example await createReadyNamespace(sandboxConfig(), `it-storage-${suffix()}`)
 */
export async function createReadyNamespace(kc: KubeConfig, name: string, labels?: Record<string, string>): Promise<void> {
  const core = kc.makeApiClient(CoreV1Api);
  await core.createNamespace({ body: { metadata: { name, ...(labels ? { labels } : {}) } } });
  await eventually(`the default ServiceAccount in ${name}`, () => core.readNamespacedServiceAccount({ namespace: name, name: 'default' }), 60_000, 200);
}
