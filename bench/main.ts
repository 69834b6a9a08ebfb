/**
 * `npm run bench`: the server-side benchmark (bench/run.ts), or with
 * `--scale N` the scale benchmark beside kubectl (bench/scale.ts).
 *
 *   npm run bench                         # bench/run.ts against the sandbox
 *   npm run bench -- --scale 30000        # bench/scale.ts
 */
const scale = process.argv.slice(2).some((a) => a === '--scale' || a.startsWith('--scale='));
void (scale ? import('./scale') : import('./run'));
