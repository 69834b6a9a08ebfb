import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Every captured object lives in the repository, so a fresh clone runs every unit test. */
const CAPTURED = path.resolve(__dirname, 'captured');

/**
 * Loads a captured real object from lib/testing/captured: public captures from
 * minikube, kind, docker-desktop and GKE under events/, jobs/, nodes/, pods/
 * and services/ (INDEX.md gives each one's source), and the sandbox's under sandbox/.
 * @example loadFixture<V1Pod>('pods/minikube-running-ready-nginx.json')
 */
export function loadFixture<T>(relative: string): T {
  const file = path.resolve(CAPTURED, relative);
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as T;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw new Error(`fixture not found: ${relative} (looked in ${file})`);
    throw err;
  }
}

/**
 * The JSON file names in one folder of lib/testing/captured, sorted; pass
 * `folder/name` to loadFixture.
 * @example listFixtures('pods')[0] // 'docker-desktop-imagepullbackoff.json'
 */
export function listFixtures(folder: string): string[] {
  return readdirSync(path.resolve(CAPTURED, folder))
    .filter((name) => name.endsWith('.json'))
    .sort();
}
