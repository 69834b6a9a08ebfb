import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, zh } from '@/lib/i18n/messages';
import { bodySentences } from '@/lib/testing/catalogue-sentences';

// The concept bodies render on the server only (app/concepts/[id]); live
// pages get a glossary of titles and summaries. This reads the production
// build's client chunks and fails if any body sentence travelled there.
// npm test runs it right after `next build` with REQUIRE_CLIENT_BUNDLE=1;
// a plain unit run without a build skips it.

const dist = path.resolve(__dirname, '../..', process.env.NEXT_DIST_DIR || '.next');
const chunksDir = path.join(dist, 'static', 'chunks');
const built = existsSync(chunksDir);
const required = process.env.REQUIRE_CLIENT_BUNDLE === '1';

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? jsFiles(p) : e.name.endsWith('.js') ? [p] : [];
  });
}

/**
 * The longest run of a sentence without characters a JS string may escape
 * (quotes, backslashes, `${`), in the spellings a minifier may emit it:
 * as is, or with non-ASCII as \uXXXX escapes.
 */
function spellings(sentence: string): string[] {
  const run = sentence.split(/['"`\\$\n]/).reduce((a, b) => (b.length > a.length ? b : a), '');
  const hex = (c: string) => c.charCodeAt(0).toString(16).padStart(4, '0');
  const lower = run.replace(/[^\x20-\x7e]/g, (c) => `\\u${hex(c)}`);
  const upper = run.replace(/[^\x20-\x7e]/g, (c) => `\\u${hex(c).toUpperCase()}`);
  return [...new Set([run, lower, upper])];
}

const inAny = (texts: string[], sentence: string) => spellings(sentence).some((s) => texts.some((t) => t.includes(s)));

describe.runIf(required && !built)('the client bundle check', () => {
  it(`needs a production build in ${chunksDir} (npx next build)`, () => {
    expect(existsSync(chunksDir), `no client chunks at ${chunksDir}`).toBe(true);
  });
});

describe.skipIf(!built)(built ? `client chunks in ${path.relative(process.cwd(), chunksDir)}` : 'client chunks (skipped: no production build; run npx next build)', () => {
  const chunks = built ? jsFiles(chunksDir).map((f) => readFileSync(f, 'utf8')) : [];

  it('finds the UI messages the browser does get, so a miss below means absent, not mis-encoded', () => {
    expect(chunks.length).toBeGreaterThan(0);
    expect([inAny(chunks, en['pod.notFound.body']), inAny(chunks, zh['pod.notFound.body'])]).toStrictEqual([true, true]);
  });

  it('contains no sentence of any concept body, in either language', () => {
    const leaked = bodySentences()
      .filter((b) => inAny(chunks, b.sentence))
      .map((b) => `${b.id}.${b.locale}: ${b.sentence}`);
    expect(leaked).toStrictEqual([]);
  });
});
