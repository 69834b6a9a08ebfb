import path from 'node:path';
import { capture } from '../sandbox/lib/exec';
import { CHART_DIR, MANIFEST_RENDERS, helmTemplateArgs, manifestFile, type ManifestRender } from '../lib/deploy/manifests';

/** The repository root (helm runs there, so the chart path in the headers stays relative). */
export const repoRoot = path.resolve(__dirname, '..');

/**
 * Renders the chart with `helm template` (no cluster needed), e.g. with other
 * `--set` values for a test.
 * @example await helmTemplate(helm, { release: 'ke', namespace: 'test', set: { 'secrets.enabled': 'true' } })
 */
export function helmTemplate(helm: string, render: Pick<ManifestRender, 'release' | 'namespace' | 'set'>): Promise<string> {
  return capture(helm, helmTemplateArgs(render, CHART_DIR), { cwd: repoRoot });
}

/** Every checked-in manifest file as the chart renders it now. */
export async function renderManifests(helm: string): Promise<{ file: string; text: string }[]> {
  const out: { file: string; text: string }[] = [];
  for (const render of MANIFEST_RENDERS) out.push({ file: render.file, text: manifestFile(render, await helmTemplate(helm, render)) });
  return out;
}
