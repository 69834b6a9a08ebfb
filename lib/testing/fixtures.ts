import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Loads a captured real object from ../shared/fixtures/real-objects (public
 * captures from minikube, kind and GKE) or from lib/testing/captured (objects
 * captured from the sandbox).
 * @example loadFixture<V1Pod>('pods/minikube-running-ready-nginx.json')
 */
export function loadFixture<T>(relative: string): T {
  const shared = path.resolve(__dirname, '../../../shared/fixtures/real-objects', relative);
  const local = path.resolve(__dirname, 'captured', relative);
  for (const file of [local, shared]) {
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
  throw new Error(`fixture not found: ${relative} (looked in ${local} and ${shared})`);
}
