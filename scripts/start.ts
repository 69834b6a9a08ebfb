import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { checkCurrentContext } from './cluster-check';
import { bindingWarning } from '../lib/security/binding';
import { prepareStandalone, standalonePaths } from './standalone';

/**
 * npm start: use the current kube context when it answers; otherwise say
 * why and start the bundled sandbox. Then build and serve the dashboard on
 * 127.0.0.1:3000 with the standalone server (HOST and PORT override;
 * SKIP_BUILD=1 reuses the last build).
 */
const root = path.resolve(__dirname, '..');
const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '3000';
const log = (m: string) => process.stdout.write(`[start] ${m}\n`);

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv): void {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env });
  if (r.status !== 0) {
    log(`${cmd} ${args.join(' ')} failed (exit ${r.status ?? r.signal})`);
    process.exit(r.status ?? 1);
  }
}

async function main(): Promise<void> {
  const env = { ...process.env };
  const check = await checkCurrentContext();
  let context: string | null = null;
  if (check.ok) {
    context = check.context;
    log(`using kube context "${check.context}" (${check.server}, Kubernetes ${check.version})`);
  } else {
    log(`${check.reason}`);
    log('starting the bundled sandbox cluster instead (npm run sandbox:up)…');
    run(process.execPath, [path.join(root, 'node_modules/tsx/dist/cli.mjs'), 'sandbox/cli.ts', 'up'], env);
    env.KUBECONFIG = path.join(root, '.sandbox', 'kubeconfig');
    log(`using the sandbox: KUBECONFIG=${env.KUBECONFIG}`);
  }
  const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  if (process.env.SKIP_BUILD !== '1' || !existsSync(standalonePaths(root, distDir).server)) {
    log('building the dashboard (next build)…');
    run(process.execPath, [nextBin, 'build'], env);
  }
  // The standalone server, as the container image runs it (scripts/standalone.ts).
  const { server: serverJs } = prepareStandalone(root, distDir);
  log(`serving on http://${host}:${port} (read-only; set HOST/PORT to change)`);
  for (const line of bindingWarning(env, context) ?? []) log(line);
  // server.js binds HOSTNAME:PORT; the request guard reads HOST and PORT.
  const server = spawn(process.execPath, [serverJs], { cwd: root, stdio: 'inherit', env: { ...env, HOSTNAME: host, HOST: host, PORT: port } });
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => server.kill(sig));
  server.on('exit', (code) => process.exit(code ?? 0));
}

void main();
