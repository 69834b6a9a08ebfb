import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ensureBinaries, binaryPaths, type Binaries } from './build';
import { capture, SandboxError } from './exec';
import { probe, waitFor } from './http';
import { say, formatElapsed } from './log';
import { defaultNodes, nodeObject, scaleNodes } from './nodes';
import { planScale, scaleManifests } from './scale';
import { kubeconfigPath, readVersions, sandboxDir, stateDir } from './paths';
import { ensurePki, renderKubeconfig } from './pki';
import { pickPort, portFree } from './ports';
import { allRecords, forget, isOurs, killProcess, logTail, readRecord, startProcess, stopProcess } from './procs';

const pkiDir = path.join(stateDir, 'pki');
const clusterFile = path.join(stateDir, 'cluster.json');

export const COMPONENTS = ['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler', 'kwok'] as const;
export type Component = (typeof COMPONENTS)[number];

export interface ClusterState {
  ports: { etcdClient: number; etcdPeer: number; apiserver: number; controllerManager: number; scheduler: number; kwok: number };
  versions: ReturnType<typeof readVersions>;
  createdAt: string;
}

export function readClusterState(): ClusterState | undefined {
  try {
    return JSON.parse(readFileSync(clusterFile, 'utf8')) as ClusterState;
  } catch {
    return undefined;
  }
}

function healthUrl(c: Component, s: ClusterState): string {
  switch (c) {
    case 'etcd':
      return `http://127.0.0.1:${s.ports.etcdClient}/health`;
    case 'kube-apiserver':
      return `https://127.0.0.1:${s.ports.apiserver}/readyz`;
    case 'kube-controller-manager':
      return `https://127.0.0.1:${s.ports.controllerManager}/healthz`;
    case 'kube-scheduler':
      return `https://127.0.0.1:${s.ports.scheduler}/healthz`;
    case 'kwok':
      return `https://127.0.0.1:${s.ports.kwok}/healthz`;
  }
}

export async function componentHealth(c: Component, s: ClusterState): Promise<{ running: boolean; healthy: boolean; detail: string; pid?: number }> {
  const rec = readRecord(c);
  const running = rec !== undefined && isOurs(rec);
  if (!running) return { running: false, healthy: false, detail: 'not running' };
  const r = await probe(healthUrl(c, s), c === 'kube-apiserver' ? pkiDir : undefined);
  return { running, healthy: r.ok, detail: r.ok ? 'ok' : `${r.status ?? ''} ${r.body.trim().split('\n').slice(-3).join(' ')}`.trim(), pid: rec.pid };
}

async function allHealthy(s: ClusterState): Promise<boolean> {
  for (const c of COMPONENTS) if (!(await componentHealth(c, s)).healthy) return false;
  return true;
}

/** Stops leftovers of a crashed run (by recorded PIDs only) and drops stale PID files. */
async function cleanStale(): Promise<void> {
  for (const rec of allRecords()) {
    if (isOurs(rec)) {
      say(`stopping ${rec.name} (pid ${rec.pid}) left from an earlier run`);
      await stopProcess(rec.name);
    } else {
      forget(rec.name);
    }
  }
}

async function choosePorts(previous?: ClusterState): Promise<ClusterState['ports']> {
  const taken = new Set<number>();
  const pick = async (preferred: number, what: string) =>
    pickPort(preferred, taken, (p) => say(`port ${p} (${what}) is taken by another program; trying the next one`));
  const prev = previous?.ports;
  return {
    etcdClient: await pick(prev?.etcdClient ?? 23790, 'etcd client'),
    etcdPeer: await pick(prev?.etcdPeer ?? 23800, 'etcd peer'),
    apiserver: await pick(prev?.apiserver ?? 16443, 'kube-apiserver'),
    controllerManager: await pick(prev?.controllerManager ?? 20257, 'kube-controller-manager'),
    scheduler: await pick(prev?.scheduler ?? 20259, 'kube-scheduler'),
    kwok: await pick(prev?.kwok ?? 20250, 'kwok'),
  };
}

function writeComponentKubeconfigs(s: ClusterState): void {
  const server = `https://127.0.0.1:${s.ports.apiserver}`;
  for (const id of ['admin', 'kube-controller-manager', 'kube-scheduler', 'kwok']) {
    writeFileSync(path.join(stateDir, `${id}.kubeconfig`), renderKubeconfig(pkiDir, id, server), { mode: 0o600 });
  }
  writeFileSync(kubeconfigPath, renderKubeconfig(pkiDir, 'admin', server), { mode: 0o600 });
}

/** KWOK's config: our Stage rules (with the server version filled in) plus the demo logs. */
function writeKwokConfig(s: ClusterState): string {
  const kwokDir = path.join(sandboxDir, 'kwok');
  const stages = ['pod-stages.yaml', 'node-stages.yaml'].map((f) => readFileSync(path.join(kwokDir, f), 'utf8')).join('\n---\n');
  const logsDir = path.join(kwokDir, 'logs');
  // <pod>.current.log (and .previous.log) serve `kubectl logs` for that demo
  // pod; _default.current.log serves every other pod. KWOK uses the first
  // ClusterLogs that matches, so the catch-all goes last.
  const logs = readdirSync(logsDir)
    .filter((f) => f.endsWith('.current.log'))
    .sort((a, b) => Number(a.startsWith('_')) - Number(b.startsWith('_')) || a.localeCompare(b))
    .map((f) => {
      const pod = f.replace(/\.current\.log$/, '');
      const catchAll = pod.startsWith('_');
      const previous = path.join(logsDir, `${pod}.previous.log`);
      return [
        '---',
        'apiVersion: kwok.x-k8s.io/v1alpha1',
        'kind: ClusterLogs',
        `metadata: { name: demo-logs-${catchAll ? 'default' : pod} }`,
        'spec:',
        catchAll ? '  selector: {}' : `  selector: { matchNamespaces: [explain-demo], matchNames: [${pod}] }`,
        '  logs:',
        `  - logsFile: ${JSON.stringify(path.join(logsDir, f))}`,
        existsSync(previous) ? `    previousLogsFile: ${JSON.stringify(previous)}` : '',
        '    follow: false',
      ]
        .filter(Boolean)
        .join('\n');
    });
  const file = path.join(stateDir, 'kwok-config.yaml');
  writeFileSync(file, stages.replaceAll('${KUBE_VERSION}', s.versions.kubernetes) + '\n' + logs.join('\n') + '\n');
  return file;
}

/** The kube-apiserver's flags, serving on `port`. */
function apiserverArgs(s: ClusterState, port: number): string[] {
  const p = (f: string) => path.join(pkiDir, f);
  return [
    `--etcd-servers=http://127.0.0.1:${s.ports.etcdClient}`,
    '--bind-address=127.0.0.1',
    '--advertise-address=127.0.0.1',
    `--secure-port=${port}`,
    `--cert-dir=${pkiDir}`,
    `--tls-cert-file=${p('apiserver.crt')}`,
    `--tls-private-key-file=${p('apiserver.key')}`,
    `--client-ca-file=${p('ca.crt')}`,
    `--kubelet-client-certificate=${p('apiserver-kubelet-client.crt')}`,
    `--kubelet-client-key=${p('apiserver-kubelet-client.key')}`,
    '--kubelet-preferred-address-types=InternalDNS,InternalIP,Hostname',
    '--service-account-issuer=https://kubernetes.default.svc.cluster.local',
    `--service-account-key-file=${p('sa.pub')}`,
    `--service-account-signing-key-file=${p('sa.key')}`,
    '--service-cluster-ip-range=10.96.0.0/16',
    '--authorization-mode=Node,RBAC',
    '--allow-privileged=true',
    '--enable-priority-and-fairness=true',
    '--max-requests-inflight=800',
    '--max-mutating-requests-inflight=400',
    '--v=1',
  ];
}

function startComponent(c: Component, bin: Binaries, s: ClusterState, kwokConfig: string): void {
  const kc = (id: string) => path.join(stateDir, `${id}.kubeconfig`);
  const p = (f: string) => path.join(pkiDir, f);
  switch (c) {
    case 'etcd':
      startProcess(c, bin.etcd, [
        '--name=sandbox',
        `--data-dir=${path.join(stateDir, 'etcd')}`,
        `--listen-client-urls=http://127.0.0.1:${s.ports.etcdClient}`,
        `--advertise-client-urls=http://127.0.0.1:${s.ports.etcdClient}`,
        `--listen-peer-urls=http://127.0.0.1:${s.ports.etcdPeer}`,
        `--initial-advertise-peer-urls=http://127.0.0.1:${s.ports.etcdPeer}`,
        `--initial-cluster=sandbox=http://127.0.0.1:${s.ports.etcdPeer}`,
        '--listen-metrics-urls=',
        // A throwaway test cluster: trading durability for speed is fine.
        '--unsafe-no-fsync=true',
        '--quota-backend-bytes=8589934592',
        '--log-level=warn',
      ]);
      return;
    case 'kube-apiserver':
      startProcess(c, bin['kube-apiserver'], apiserverArgs(s, s.ports.apiserver));
      return;
    case 'kube-controller-manager':
      startProcess(c, bin['kube-controller-manager'], [
        `--kubeconfig=${kc('kube-controller-manager')}`,
        `--authentication-kubeconfig=${kc('kube-controller-manager')}`,
        `--authorization-kubeconfig=${kc('kube-controller-manager')}`,
        '--bind-address=127.0.0.1',
        `--secure-port=${s.ports.controllerManager}`,
        '--leader-elect=true',
        `--service-account-private-key-file=${p('sa.key')}`,
        `--root-ca-file=${p('ca.crt')}`,
        `--cluster-signing-cert-file=${p('ca.crt')}`,
        `--cluster-signing-key-file=${p('ca.key')}`,
        '--use-service-account-credentials=true',
        '--service-cluster-ip-range=10.96.0.0/16',
        '--cluster-name=kube-explain-sandbox',
        '--kube-api-qps=200',
        '--kube-api-burst=400',
        '--v=1',
      ]);
      return;
    case 'kube-scheduler':
      startProcess(c, bin['kube-scheduler'], [
        `--kubeconfig=${kc('kube-scheduler')}`,
        `--authentication-kubeconfig=${kc('kube-scheduler')}`,
        `--authorization-kubeconfig=${kc('kube-scheduler')}`,
        '--bind-address=127.0.0.1',
        `--secure-port=${s.ports.scheduler}`,
        '--leader-elect=true',
        // Benchmark clusters bind tens of thousands of pods.
        '--kube-api-qps=500',
        '--kube-api-burst=1000',
        '--v=1',
      ]);
      return;
    case 'kwok':
      startProcess(c, bin.kwok, [
        `--kubeconfig=${kc('kwok')}`,
        `--config=${kwokConfig}`,
        '--manage-all-nodes=false',
        '--manage-nodes-with-annotation-selector=kwok.x-k8s.io/node=fake',
        `--server-address=127.0.0.1:${s.ports.kwok}`,
        `--node-port=${s.ports.kwok}`,
        `--tls-cert-file=${p('kwok-serving.crt')}`,
        `--tls-private-key-file=${p('kwok-serving.key')}`,
        '--cidr=10.244.0.1/16',
        '--node-ip=172.18.0.1',
        '--node-lease-duration-seconds=40',
      ]);
      return;
  }
}

async function waitHealthy(c: Component, s: ClusterState, timeoutMs: number): Promise<void> {
  const started = Date.now();
  const r = await waitFor(async () => {
    const h = await componentHealth(c, s);
    if (!h.running) return { ok: false, body: 'exited' };
    return { ok: h.healthy, body: h.detail };
  }, timeoutMs);
  if (!r.ok) {
    throw new SandboxError(`${c} did not become healthy within ${formatElapsed(timeoutMs)} (${r.body}). Last log lines (${path.join(stateDir, 'logs', `${c}.log`)}):\n${logTail(c)}`);
  }
  say(`${c} healthy after ${formatElapsed(Date.now() - started)}`);
}

/** Runs the built kubectl against the sandbox as admin. */
export function kubectl(args: string[], input?: string): Promise<string> {
  return capture(binaryPaths().kubectl, args, { env: { ...process.env, KUBECONFIG: kubeconfigPath }, input });
}

async function applyBootstrap(): Promise<void> {
  const nodes = defaultNodes(3).map(nodeObject);
  await kubectl(['apply', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: nodes }));
  await kubectl(['apply', '-f', path.join(sandboxDir, 'scenarios')]);
  await applySecondRevisions();
}

/**
 * The rollout scenarios: scenarios/ holds each Deployment's first revision
 * and scenarios/revision-2/<deployment>.yaml its second. Applying the second
 * once the first is available starts a real rollout on every `up`, even when
 * etcd kept the objects of an earlier run (the first apply then rolls back to
 * revision 1, whose pods are ready within seconds). `up` waits only for the
 * first revisions; the rollouts themselves run on after it returns.
 */
async function applySecondRevisions(): Promise<void> {
  const dir = path.join(sandboxDir, 'scenarios', 'revision-2');
  const files = readdirSync(dir).filter((f) => f.endsWith('.yaml'));
  await Promise.all(
    files.map(async (f) => {
      const name = f.replace(/\.yaml$/, '');
      try {
        await kubectl(['rollout', 'status', `deployment/${name}`, '-n', 'explain-demo', '--timeout=90s']);
      } catch (e) {
        say(`deployment ${name}: revision 1 is not available yet (${(e as Error).message.split('\n')[0]}); applying revision 2 anyway`);
      }
      await kubectl(['apply', '-f', path.join(dir, f)]);
    }),
  );
  say(`applied the second revisions of ${files.map((f) => f.replace(/\.yaml$/, '')).join(', ')}; their rollouts go on in the background`);
}

/**
 * Benchmark scale: `nodes` in total (the default three plus KWOK scale
 * nodes) and `pods` replicas in Deployments over scale-N namespaces, then
 * progress until the Deployments report their replicas available.
 */
async function applyScale(totalNodes: number, pods: number): Promise<void> {
  const extra = Math.max(totalNodes - 3, pods > 0 ? Math.ceil(pods / 100) : 0);
  const specs = scaleNodes(extra, 3);
  for (let i = 0; i < specs.length; i += 200) {
    await kubectl(['apply', '--server-side', '--force-conflicts', '-f', '-'], JSON.stringify({ apiVersion: 'v1', kind: 'List', items: specs.slice(i, i + 200).map(nodeObject) }));
    say(`scale: ${Math.min(i + 200, specs.length)}/${specs.length} extra nodes created`);
  }
  if (pods <= 0) return;
  const plan = planScale(pods);
  await kubectl(['apply', '--server-side', '--force-conflicts', '-f', '-'], JSON.stringify(scaleManifests(plan)));
  say(`scale: ${plan.deployments.length} Deployments in ${plan.namespaces.length} namespaces for ${pods} pods; waiting for them to run…`);
  const started = Date.now();
  let last = -1;
  while (Date.now() - started < 20 * 60_000) {
    const out = await kubectl(['get', 'deployments', '-A', '-o', 'jsonpath={range .items[*]}{.metadata.namespace} {.status.availableReplicas}{"\\n"}{end}']);
    const available = out
      .split('\n')
      .filter((l) => l.startsWith('scale-'))
      .reduce((n, l) => n + (Number(l.split(' ')[1]) || 0), 0);
    if (available !== last) say(`scale: ${available}/${pods} pods available after ${formatElapsed(Date.now() - started)}`);
    last = available;
    if (available >= pods) return;
    await new Promise((r) => setTimeout(r, 5000));
  }
  say(`scale: stopped waiting after 20 minutes with ${last}/${pods} pods available`);
}

export interface UpOptions {
  /** Total nodes for a benchmark cluster (default 3). */
  nodes?: number;
  /** Extra load pods for benchmarks (default 0). */
  pods?: number;
}

/**
 * Brings the sandbox up: builds missing binaries, starts etcd, the
 * apiserver, controller-manager, scheduler and KWOK, waits for /readyz,
 * creates the nodes and demo scenarios and writes .sandbox/kubeconfig.
 * Idempotent: when everything is already healthy it says so and returns.
 */
export async function up(opts: UpOptions = {}): Promise<ClusterState> {
  const started = Date.now();
  const previous = readClusterState();
  if (previous && (await allHealthy(previous))) {
    say(`the sandbox is already up (kube-apiserver https://127.0.0.1:${previous.ports.apiserver}); kubeconfig: ${kubeconfigPath}`);
    if ((opts.nodes ?? 3) > 3 || (opts.pods ?? 0) > 0) await applyScale(opts.nodes ?? 3, opts.pods ?? 0);
    return previous;
  }
  const bin = await ensureBinaries();
  mkdirSync(stateDir, { recursive: true });
  const sameVersions = previous !== undefined && JSON.stringify(previous.versions) === JSON.stringify(readVersions());
  if (previous && sameVersions && allRecords().some(isOurs)) {
    // Some components still run (e.g. one crashed): restart only the others,
    // so watches and leader leases of the healthy ones survive.
    const kwokConfig = writeKwokConfig(previous);
    for (const c of COMPONENTS) {
      const h = await componentHealth(c, previous);
      if (h.healthy) continue;
      if (h.running) await stopProcess(c);
      say(`${c} is not running; starting it`);
      startComponent(c, bin, previous, kwokConfig);
      await waitHealthy(c, previous, c === 'kube-apiserver' ? 60_000 : 30_000);
    }
    await applyBootstrap();
    say(`sandbox up in ${formatElapsed(Date.now() - started)}`);
    printUsage(previous);
    return previous;
  }
  await cleanStale();
  const s: ClusterState = { ports: await choosePorts(previous), versions: readVersions(), createdAt: previous?.createdAt ?? new Date().toISOString() };
  writeFileSync(clusterFile, JSON.stringify(s, null, 2));
  await ensurePki(pkiDir);
  writeComponentKubeconfigs(s);
  const kwokConfig = writeKwokConfig(s);
  for (const c of COMPONENTS) {
    startComponent(c, bin, s, kwokConfig);
    // The apiserver needs etcd and everything else needs the apiserver; the
    // last three only need to be started before the final health check.
    if (c === 'etcd') await waitHealthy(c, s, 20_000);
    if (c === 'kube-apiserver') await waitHealthy(c, s, 60_000);
  }
  for (const c of ['kube-controller-manager', 'kube-scheduler', 'kwok'] as const) await waitHealthy(c, s, 30_000);
  await applyBootstrap();
  if ((opts.nodes ?? 3) > 3 || (opts.pods ?? 0) > 0) await applyScale(opts.nodes ?? 3, opts.pods ?? 0);
  say(`sandbox up in ${formatElapsed(Date.now() - started)}`);
  printUsage(s);
  return s;
}

export function printUsage(s: ClusterState): void {
  say(`kube-apiserver ${s.versions.kubernetes} at https://127.0.0.1:${s.ports.apiserver}`);
  say(`use it:   export KUBECONFIG=${kubeconfigPath}`);
  say(`          npm run sandbox:kubectl -- get pods -n explain-demo`);
  say(`stop it:  npm run sandbox:down`);
}

/** Stops only the processes this sandbox started (by recorded PID), in reverse start order. */
export async function down(opts: { purge?: boolean } = {}): Promise<void> {
  let any = false;
  for (const c of [...COMPONENTS].reverse()) {
    const r = await stopProcess(c);
    if (r === 'stopped') {
      any = true;
      say(`stopped ${c}`);
    }
  }
  // Anything else we recorded (a fault test's second apiserver) goes too.
  for (const rec of allRecords()) {
    if (isOurs(rec) && (await stopProcess(rec.name)) === 'stopped') {
      any = true;
      say(`stopped ${rec.name}`);
    }
    forget(rec.name);
  }
  if (!any) say('the sandbox was not running');
  if (opts.purge) {
    for (const d of ['etcd', 'logs', 'pids']) rmSync(path.join(stateDir, d), { recursive: true, force: true });
    rmSync(clusterFile, { force: true });
    say('removed cluster state (etcd data, logs)');
  }
}

/**
 * Stops (SIGTERM, graceful), kills (SIGKILL, a crash) or starts the
 * kube-apiserver alone, for fault tests. `start` waits for /readyz and
 * restarts any component that exited while the apiserver was away.
 */
export async function apiserver(action: 'stop' | 'kill' | 'start'): Promise<void> {
  const s = readClusterState();
  if (!s) throw new SandboxError('the sandbox has never been started here: run npm run sandbox:up');
  if (action === 'stop') {
    const r = await stopProcess('kube-apiserver');
    say(r === 'stopped' ? 'kube-apiserver stopped' : 'kube-apiserver was not running');
    return;
  }
  if (action === 'kill') {
    const r = await killProcess('kube-apiserver');
    say(r === 'killed' ? 'kube-apiserver killed (SIGKILL)' : 'kube-apiserver was not running');
    return;
  }
  const rec = readRecord('kube-apiserver');
  if (rec && isOurs(rec)) {
    say('kube-apiserver is already running');
  } else {
    if (!(await portFree(s.ports.apiserver))) throw new SandboxError(`port ${s.ports.apiserver} is taken by another program; cannot restart kube-apiserver on it`);
    startComponent('kube-apiserver', binaryPaths(s.versions), s, path.join(stateDir, 'kwok-config.yaml'));
    await waitHealthy('kube-apiserver', s, 60_000);
  }
  await restartExited(s, 'the apiserver');
}

/**
 * A control-plane component that lost its leader lease while the apiserver
 * or etcd was away exits, as it does on a real cluster, where the kubelet
 * restarts the static pod. Play that part here.
 */
async function restartExited(s: ClusterState, away: string): Promise<void> {
  const bin = binaryPaths(s.versions);
  const kwokConfig = path.join(stateDir, 'kwok-config.yaml');
  for (const c of ['kube-controller-manager', 'kube-scheduler', 'kwok'] as const) {
    const r = readRecord(c);
    if (r && isOurs(r)) continue;
    say(`${c} had exited while ${away} was down; restarting it`);
    startComponent(c, bin, s, kwokConfig);
    await waitHealthy(c, s, 30_000);
  }
}

/**
 * Stops or starts etcd alone, for fault tests: the apiserver keeps running
 * and answers, but its /readyz etcd check fails until etcd is back. `start`
 * waits for etcd's /health, then for the apiserver's /readyz, and restarts
 * any component that exited meanwhile (a lost leader lease).
 */
export async function etcd(action: 'stop' | 'start'): Promise<void> {
  const s = readClusterState();
  if (!s) throw new SandboxError('the sandbox has never been started here: run npm run sandbox:up');
  if (action === 'stop') {
    const r = await stopProcess('etcd');
    say(r === 'stopped' ? 'etcd stopped' : 'etcd was not running');
    return;
  }
  const rec = readRecord('etcd');
  if (rec && isOurs(rec)) {
    say('etcd is already running');
  } else {
    if (!(await portFree(s.ports.etcdClient))) throw new SandboxError(`port ${s.ports.etcdClient} is taken by another program; cannot restart etcd on it`);
    startComponent('etcd', binaryPaths(s.versions), s, path.join(stateDir, 'kwok-config.yaml'));
    await waitHealthy('etcd', s, 30_000);
  }
  const api = readRecord('kube-apiserver');
  if (api && isOurs(api)) {
    await waitHealthy('kube-apiserver', s, 60_000);
    await restartExited(s, 'etcd');
  }
}

/** A second kube-apiserver for one fault test (see startSecondApiserver). */
export interface SecondApiserver {
  name: string;
  port: number;
  /** An admin kubeconfig that talks to this apiserver only. */
  kubeconfig: string;
}

/**
 * Starts a second kube-apiserver against the sandbox's etcd, on a free port,
 * with extra flags (e.g. `--watch-cache=false`, so watches are served from
 * etcd itself and etcd compaction expires them), as a highly available
 * control plane runs several. The sandbox's own apiserver and everyone
 * using it are not disturbed. Recorded as `name`; stop it with
 * stopSecondApiserver (down stops it too).
 * @example const extra = await startSecondApiserver('kube-apiserver-nocache', ['--watch-cache=false']);
 */
export async function startSecondApiserver(name: string, extraArgs: string[]): Promise<SecondApiserver> {
  const s = readClusterState();
  if (!s) throw new SandboxError('the sandbox has never been started here: run npm run sandbox:up');
  if ((COMPONENTS as readonly string[]).includes(name)) throw new SandboxError(`${name} is a sandbox component, not a second apiserver`);
  const rec = readRecord(name);
  if (rec && isOurs(rec)) await stopProcess(name);
  const port = await pickPort(s.ports.apiserver + 1000, new Set());
  const bin = binaryPaths(s.versions);
  startProcess(name, bin['kube-apiserver'], [...apiserverArgs(s, port), ...extraArgs]);
  const kubeconfig = path.join(stateDir, `${name}.kubeconfig`);
  writeFileSync(kubeconfig, renderKubeconfig(pkiDir, 'admin', `https://127.0.0.1:${port}`), { mode: 0o600 });
  const started = Date.now();
  const r = await waitFor(async () => {
    const now = readRecord(name);
    if (!now || !isOurs(now)) return { ok: false, body: 'exited' };
    return probe(`https://127.0.0.1:${port}/readyz`, pkiDir);
  }, 90_000);
  if (!r.ok) {
    await stopProcess(name);
    throw new SandboxError(`${name} did not become ready within 90 s (${r.body}). Last log lines:\n${logTail(name)}`);
  }
  say(`${name} ready on port ${port} after ${formatElapsed(Date.now() - started)}`);
  return { name, port, kubeconfig };
}

/** Stops a second apiserver started by startSecondApiserver and removes its kubeconfig. */
export async function stopSecondApiserver(name: string): Promise<void> {
  if ((COMPONENTS as readonly string[]).includes(name)) throw new SandboxError(`${name} is a sandbox component, not a second apiserver`);
  await stopProcess(name);
  rmSync(path.join(stateDir, `${name}.kubeconfig`), { force: true });
}

export async function status(): Promise<boolean> {
  const s = readClusterState();
  const v = readVersions();
  say(`versions: Kubernetes ${v.kubernetes}, etcd ${v.etcd}, kwok ${v.kwok}`);
  if (!s) {
    say('the sandbox has not been started in this checkout (npm run sandbox:up)');
    return false;
  }
  let ok = true;
  for (const c of COMPONENTS) {
    const h = await componentHealth(c, s);
    ok &&= h.healthy;
    say(`${c.padEnd(24)} ${h.healthy ? 'healthy' : h.running ? 'UNHEALTHY' : 'stopped'}${h.pid ? ` (pid ${h.pid})` : ''}${h.healthy ? '' : ` — ${h.detail}`}`);
  }
  if ((await componentHealth('kube-apiserver', s)).healthy) {
    try {
      const ver = JSON.parse(await kubectl(['version', '-o', 'json'])) as { serverVersion?: { gitVersion?: string } };
      say(`server version: ${ver.serverVersion?.gitVersion ?? 'unknown'}`);
    } catch (e) {
      say(`could not read server version: ${(e as Error).message}`);
    }
  }
  return ok;
}
