import { spawn } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * The standalone server (next.config.js `output: 'standalone'`): `next build`
 * writes `<distDir>/standalone/` — server.js, the traced node_modules and the
 * server build — but, as Next documents, not the static assets. This copies
 * `<distDir>/static` and `public/` beside server.js, after which the folder
 * runs anywhere with `node server.js` and no node_modules around it (the
 * container image copies exactly that folder).
 *
 *   tsx scripts/standalone.ts              # complete the build (npm run build runs it)
 *   tsx scripts/standalone.ts serve [--hostname H] [--port P]
 *                                          # complete it and run server.js (npm start, the e2e web server)
 *
 * NEXT_DIST_DIR selects a side build, as in next.config.js.
 */

/** Where a standalone build's parts are. @example standalonePaths('/app', '.next').server // '/app/.next/standalone/server.js' */
export function standalonePaths(root: string, distDir: string) {
  const dist = path.resolve(root, distDir);
  const standalone = path.join(dist, 'standalone');
  return {
    standalone,
    server: path.join(standalone, 'server.js'),
    staticFrom: path.join(dist, 'static'),
    // server.js chdirs to its own folder and reads the distDir from there.
    staticTo: path.join(standalone, path.relative(root, dist), 'static'),
    publicFrom: path.join(root, 'public'),
    publicTo: path.join(standalone, 'public'),
  };
}

/**
 * Source folders of ours the tracer copies into the standalone folder although
 * the server runs from its bundle and reads none of them: it follows the
 * kubeconfig loader's computed file paths into lib/k8s, and
 * next.config.js's outputFileTracingExcludes does not reach every entry's
 * trace (instrumentation.ts, which starts history recording, brings them
 * back). The folder must hold the bundle only.
 */
export const UNTRACED_SOURCES = ['lib/k8s'];

/**
 * Copies the static assets (and public/, if any) into the standalone folder,
 * replacing an older copy, and drops the traced sources of ours
 * (UNTRACED_SOURCES). Throws when the build has no standalone server.
 * Symbolic links are kept as they are (the server's own node_modules link to
 * packages inside the folder).
 */
export function prepareStandalone(root: string, distDir: string): ReturnType<typeof standalonePaths> {
  const p = standalonePaths(root, distDir);
  if (!existsSync(p.server)) throw new Error(`no standalone server at ${p.server}: run the build first (npm run build)`);
  for (const dir of UNTRACED_SOURCES) rmSync(path.join(p.standalone, dir), { recursive: true, force: true });
  const lib = path.join(p.standalone, 'lib');
  if (existsSync(lib) && readdirSync(lib).length === 0) rmSync(lib, { recursive: true, force: true });
  rmSync(p.staticTo, { recursive: true, force: true });
  cpSync(p.staticFrom, p.staticTo, { recursive: true, verbatimSymlinks: true });
  rmSync(p.publicTo, { recursive: true, force: true });
  if (existsSync(p.publicFrom)) cpSync(p.publicFrom, p.publicTo, { recursive: true, verbatimSymlinks: true });
  return p;
}

/** `--name value` from argv, else the fallback. */
function flag(argv: string[], name: string, fallback: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : fallback;
}

function main(argv: string[]): void {
  const root = path.resolve(__dirname, '..');
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const log = (m: string) => process.stdout.write(`[standalone] ${m}\n`);
  if (argv[0] !== 'serve') {
    const p = prepareStandalone(root, distDir);
    log(`${path.relative(root, p.standalone)}: static assets copied; run it with node ${path.relative(root, p.server)}`);
    return;
  }
  const hostname = flag(argv, 'hostname', process.env.HOST ?? '127.0.0.1');
  const port = flag(argv, 'port', process.env.PORT ?? '3000');
  // server.js binds HOSTNAME:PORT; the request guard reads HOST (the bind address) and PORT.
  const env = { ...process.env, HOSTNAME: hostname, HOST: hostname, PORT: port };
  let args: string[];
  if (existsSync(standalonePaths(root, distDir).server)) {
    args = [prepareStandalone(root, distDir).server];
  } else {
    // A build from before output: 'standalone' (an old side build): serve it as it was built.
    log(`no standalone server in ${distDir} (an older build); serving it with next start`);
    args = [path.join(root, 'node_modules/next/dist/bin/next'), 'start', '--hostname', hostname, '--port', port];
  }
  const server = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
  server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) main(process.argv.slice(2));
