import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, symlinkSync, lstatSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { cacheDir, readVersions, sandboxDir, stateDir, type Versions } from './paths';
import { SandboxError, capture, runLogged } from './exec';
import { goAtLeast, parseGoVersion } from './go-version';
import { goDirective, renderBuildGoMod, stagingModules } from './gomod';
import { say, withHeartbeat } from './log';

export const KUBE_COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kubectl'] as const;
export type KubeComponent = (typeof KUBE_COMPONENTS)[number];

export interface Binaries {
  'kube-apiserver': string;
  'kube-controller-manager': string;
  'kube-scheduler': string;
  kubectl: string;
  etcd: string;
  kwok: string;
  kwokctl: string;
}

const logsDir = path.join(cacheDir, 'logs');

/** Fails with a clear message when Go is missing or older than the sandbox needs. */
export async function checkGo(minGo: string): Promise<string> {
  let out: string;
  try {
    out = await capture('go', ['version']);
  } catch {
    throw new SandboxError(
      `Go ${minGo}+ is needed to build the sandbox cluster, and 'go' was not found on PATH.\n` +
        `Install Go ${minGo} or newer (https://go.dev/doc/install), or point the dashboard at an existing cluster with KUBECONFIG.`,
    );
  }
  const v = parseGoVersion(out.trim());
  if (!v || !goAtLeast(v, minGo)) {
    throw new SandboxError(`Go ${minGo}+ is needed to build the sandbox cluster; found: ${out.trim()}. Upgrade Go (https://go.dev/doc/install).`);
  }
  return out.trim();
}

/** Where each binary lives in the cache for these versions. */
export function binaryPaths(v: Versions = readVersions()): Binaries {
  const k8s = path.join(cacheDir, `kubernetes-${v.kubernetes}`);
  return {
    'kube-apiserver': path.join(k8s, 'kube-apiserver'),
    'kube-controller-manager': path.join(k8s, 'kube-controller-manager'),
    'kube-scheduler': path.join(k8s, 'kube-scheduler'),
    kubectl: path.join(k8s, 'kubectl'),
    etcd: path.join(cacheDir, `etcd-${v.etcd}`, 'etcd'),
    kwok: path.join(cacheDir, `kwok-${v.kwok}`, 'kwok'),
    kwokctl: path.join(cacheDir, `kwok-${v.kwok}`, 'kwokctl'),
  };
}

export function missingBinaries(v: Versions = readVersions()): (keyof Binaries)[] {
  const paths = binaryPaths(v);
  return (Object.keys(paths) as (keyof Binaries)[]).filter((k) => !existsSync(paths[k]));
}

/** -X flags that make the binaries report the release, not v0.0.0. */
function versionLdflags(version: string): string {
  const m = /^v(\d+)\.(\d+)/.exec(version);
  const flags: string[] = [];
  for (const pkg of ['k8s.io/component-base/version', 'k8s.io/client-go/pkg/version']) {
    flags.push(
      `-X ${pkg}.gitVersion=${version}`,
      `-X ${pkg}.gitMajor=${m?.[1] ?? ''}`,
      `-X ${pkg}.gitMinor=${m?.[2] ?? ''}`,
      `-X ${pkg}.gitTreeState=clean`,
      `-X ${pkg}.buildDate=${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`,
    );
  }
  return flags.join(' ');
}

function goEnv(): NodeJS.ProcessEnv {
  return { ...process.env, CGO_ENABLED: '0', GOFLAGS: '-buildvcs=false' };
}

/** Regenerates sandbox/k8s/go.mod from the release's own go.mod when the version changed. */
async function ensureKubeGoMod(v: Versions): Promise<void> {
  const modDir = path.join(sandboxDir, 'k8s');
  const goModPath = path.join(modDir, 'go.mod');
  const current = existsSync(goModPath) ? readFileSync(goModPath, 'utf8') : '';
  if (current.includes(`require k8s.io/kubernetes ${v.kubernetes}\n`)) return;
  say(`generating sandbox/k8s/go.mod for Kubernetes ${v.kubernetes} from its own go.mod`);
  const info = JSON.parse(await capture('go', ['mod', 'download', '-json', `k8s.io/kubernetes@${v.kubernetes}`], { cwd: cacheDir, env: goEnv() })) as { GoMod?: string; Error?: string };
  if (!info.GoMod) throw new SandboxError(`could not download k8s.io/kubernetes@${v.kubernetes}: ${info.Error ?? 'no go.mod'}`);
  const upstream = readFileSync(info.GoMod, 'utf8');
  writeFileSync(goModPath, renderBuildGoMod('kube-explain/sandbox/k8s', v.kubernetes, stagingModules(upstream), goDirective(upstream) ?? '1.26.0'));
  await withHeartbeat('go mod tidy (downloads Kubernetes dependencies)', path.join(logsDir, 'go-mod-tidy.log'), () =>
    runLogged('go', ['mod', 'tidy'], { cwd: modDir, logFile: path.join(logsDir, 'go-mod-tidy.log'), env: goEnv() }),
  );
}

async function buildInto(target: string, label: string, logName: string, build: (tmp: string, logFile: string) => Promise<void>): Promise<void> {
  if (existsSync(target)) return;
  mkdirSync(path.dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  const logFile = path.join(logsDir, logName);
  await withHeartbeat(`building ${label}`, logFile, () => build(tmp, logFile));
  renameSync(tmp, target); // atomic: a crashed build never leaves a half-written binary in the cache
}

/**
 * Builds whatever the cache lacks. A warm cache runs no Go command at all.
 * Prints which component is building, the elapsed time and the log path.
 */
export async function ensureBinaries(): Promise<Binaries> {
  const v = readVersions();
  const paths = binaryPaths(v);
  const missing = missingBinaries(v);
  if (missing.length > 0) {
    say(`building ${missing.join(', ')} into ${cacheDir} (first run only; a cold build takes 10-30 minutes on 2 cores)`);
    mkdirSync(cacheDir, { recursive: true });
    await checkGo(v.minGo);
    const kubeMissing = KUBE_COMPONENTS.filter((c) => missing.includes(c));
    if (kubeMissing.length > 0) await ensureKubeGoMod(v);
    for (const c of kubeMissing) {
      await buildInto(paths[c], `${c} ${v.kubernetes}`, `build-${c}.log`, (tmp, logFile) =>
        runLogged('go', ['build', '-tags', 'selinux,notest', '-trimpath', '-ldflags', `-s -w ${versionLdflags(v.kubernetes)}`, '-o', tmp, `k8s.io/kubernetes/cmd/${c}`], {
          cwd: path.join(sandboxDir, 'k8s'),
          logFile,
          env: goEnv(),
        }),
      );
    }
    await buildInto(paths.etcd, `etcd ${v.etcd}`, 'build-etcd.log', (tmp, logFile) =>
      runLogged('go', ['build', '-trimpath', '-ldflags', '-s -w', '-o', tmp, '.'], { cwd: path.join(sandboxDir, 'etcd'), logFile, env: goEnv() }),
    );
    for (const tool of ['kwok', 'kwokctl'] as const) {
      await buildInto(paths[tool], `${tool} ${v.kwok}`, `build-${tool}.log`, async (tmp, logFile) => {
        const gobin = `${tmp}.d`;
        rmSync(gobin, { recursive: true, force: true });
        await runLogged('go', ['install', '-trimpath', '-ldflags', '-s -w', `sigs.k8s.io/kwok/cmd/${tool}@${v.kwok}`], {
          cwd: cacheDir,
          logFile,
          env: { ...goEnv(), GOBIN: gobin },
        });
        renameSync(path.join(gobin, tool), tmp);
        rmSync(gobin, { recursive: true, force: true });
      });
    }
  }
  linkProjectBin(paths);
  return paths;
}

/**
 * Tools the tests use beside the cluster (not part of it), with their versions.
 * Kept out of versions.json on purpose: the running sandbox records those
 * versions and restarts everything when they change.
 */
export interface ToolVersions {
  helm: string;
}

export function readToolVersions(): ToolVersions {
  return JSON.parse(readFileSync(path.join(sandboxDir, 'tools.json'), 'utf8')) as ToolVersions;
}

/**
 * The Go module a Helm release is built from: the major version is part of its path.
 * @example helmModule('v4.3.2') // 'helm.sh/helm/v4'
 */
export function helmModule(version: string): string {
  const major = /^v(\d+)\./.exec(version)?.[1];
  if (!major) throw new SandboxError(`helm version ${JSON.stringify(version)} in sandbox/tools.json is not vMAJOR.MINOR.PATCH`);
  if (Number(major) < 3) throw new SandboxError(`helm ${version} predates Go modules with a version suffix; use v3 or later`);
  return `helm.sh/helm/v${major}`;
}

/** Where the helm binary of this version lives in the cache. */
export function helmPath(version: string = readToolVersions().helm): string {
  return path.join(cacheDir, `helm-${version}`, 'helm');
}

/**
 * Helm for the chart tests (helm template, helm install against the sandbox):
 * built once from its Go module into the cache, keyed by version, like kwok.
 * A warm cache runs no Go command. Prints progress while it builds.
 * @example await ensureHelm() // '~/.cache/kube-explain/sandbox/helm-v4.3.2/helm'
 */
export async function ensureHelm(): Promise<string> {
  const { helm: version } = readToolVersions();
  const target = helmPath(version);
  if (!existsSync(target)) {
    say(`building helm ${version} into ${cacheDir} from its Go module (first use only; about 3 minutes on 2 cores)`);
    mkdirSync(cacheDir, { recursive: true });
    await checkGo(readVersions().minGo);
    const mod = helmModule(version);
    const ldflags = ['-s -w', `-X ${mod}/internal/version.version=${version}`, `-X ${mod}/internal/version.gitTreeState=clean`].join(' ');
    await buildInto(target, `helm ${version}`, 'build-helm.log', async (tmp, logFile) => {
      const gobin = `${tmp}.d`;
      rmSync(gobin, { recursive: true, force: true });
      await runLogged('go', ['install', '-trimpath', '-ldflags', ldflags, `${mod}/cmd/helm@${version}`], { cwd: cacheDir, logFile, env: { ...goEnv(), GOBIN: gobin } });
      renameSync(path.join(gobin, 'helm'), tmp);
      rmSync(gobin, { recursive: true, force: true });
    });
  }
  linkProjectBin({ helm: target });
  return target;
}

/** .sandbox/bin holds links to the cached binaries, so users find them in the project. */
function linkProjectBin(paths: Binaries | { helm: string }): void {
  const bin = path.join(stateDir, 'bin');
  mkdirSync(bin, { recursive: true });
  for (const [name, target] of Object.entries(paths)) {
    const link = path.join(bin, name);
    try {
      if (lstatSync(link)) unlinkSync(link);
    } catch {
      // no old link
    }
    symlinkSync(target, link);
  }
}
