import os from 'node:os';
import path from 'node:path';
import { readFileSync } from 'node:fs';

export const repoRoot = path.resolve(__dirname, '../..');
export const sandboxDir = path.join(repoRoot, 'sandbox');
/** Cluster state of this checkout: pki, etcd data, logs, pids, kubeconfig. Ignored by git. */
export const stateDir = path.resolve(process.env.SANDBOX_STATE_DIR ?? path.join(repoRoot, '.sandbox'));

/**
 * Built binaries live outside the checkout, keyed by component and version,
 * so every clone on a machine (and CI's fresh clone) reuses one build.
 * Override with SANDBOX_CACHE_DIR.
 */
export const cacheDir = path.resolve(
  process.env.SANDBOX_CACHE_DIR ?? path.join(process.env.XDG_CACHE_HOME ?? path.join(os.homedir(), '.cache'), 'kube-explain', 'sandbox'),
);

export interface Versions {
  kubernetes: string;
  etcd: string;
  kwok: string;
  minGo: string;
}

export function readVersions(): Versions {
  return JSON.parse(readFileSync(path.join(sandboxDir, 'versions.json'), 'utf8')) as Versions;
}

export const kubeconfigPath = path.join(stateDir, 'kubeconfig');
