import { spawn } from 'node:child_process';
import { apiserver, down, etcd, status, up } from './lib/cluster';
import { binaryPaths, ensureBinaries, ensureHelm } from './lib/build';
import { SandboxError } from './lib/exec';
import { kubeconfigPath } from './lib/paths';

const USAGE = `usage: tsx sandbox/cli.ts <command>
  build                 build the binaries the cache lacks
  up [--nodes N] [--pods M]  start the sandbox (builds what is missing); N/M scale it for benchmarks
  down [--purge]        stop the sandbox's own processes; --purge also deletes its data
  status                component versions and health
  kubectl -- <args>     run the built kubectl against the sandbox
  helm -- <args>        run helm (built from its Go module on first use) against the sandbox
  apiserver stop|kill|start  stop (SIGTERM), kill (SIGKILL) or start the kube-apiserver alone (fault tests)
  etcd stop|start       stop or start etcd alone (fault tests)`;

function flag(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  switch (cmd) {
    case 'build':
      await ensureBinaries();
      return 0;
    case 'up': {
      const nodes = flag(rest, '--nodes');
      const pods = flag(rest, '--pods');
      await up({ nodes: nodes ? Number(nodes) : undefined, pods: pods ? Number(pods) : undefined });
      return 0;
    }
    case 'down':
      await down({ purge: rest.includes('--purge') });
      return 0;
    case 'status':
      return (await status()) ? 0 : 1;
    case 'kubectl': {
      const args = rest[0] === '--' ? rest.slice(1) : rest;
      const child = spawn(binaryPaths().kubectl, args, { stdio: 'inherit', env: { ...process.env, KUBECONFIG: kubeconfigPath } });
      return await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
    }
    case 'helm': {
      const args = rest[0] === '--' ? rest.slice(1) : rest;
      const helm = await ensureHelm();
      const child = spawn(helm, args, { stdio: 'inherit', env: { ...process.env, KUBECONFIG: kubeconfigPath } });
      return await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
    }
    case 'apiserver': {
      const action = rest.find((a) => a !== '--');
      if (action !== 'stop' && action !== 'kill' && action !== 'start') break;
      await apiserver(action);
      return 0;
    }
    case 'etcd': {
      const action = rest.find((a) => a !== '--');
      if (action !== 'stop' && action !== 'start') break;
      await etcd(action);
      return 0;
    }
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`[sandbox] error: ${err instanceof SandboxError ? err.message : err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
