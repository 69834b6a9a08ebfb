import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureHelm } from '../sandbox/lib/build';
import { renderManifests, repoRoot } from '../deploy/render';

/**
 * npm run manifests: renders deploy/helm/kube-explain into deploy/manifests
 * with `helm template` (Helm is built from its Go module on first use).
 * `-- --check` writes nothing and exits 1 when a checked-in file differs.
 */
async function main(check: boolean): Promise<number> {
  const helm = await ensureHelm();
  let drift = 0;
  for (const { file, text } of await renderManifests(helm)) {
    const target = path.join(repoRoot, file);
    let current: string | null = null;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // not rendered yet
    }
    if (current === text) {
      process.stdout.write(`[manifests] ${file} is up to date\n`);
    } else if (check) {
      drift++;
      process.stdout.write(`[manifests] ${file} differs from the chart: run npm run manifests\n`);
    } else {
      writeFileSync(target, text);
      process.stdout.write(`[manifests] wrote ${file}\n`);
    }
  }
  return drift > 0 ? 1 : 0;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`[manifests] error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  },
);
