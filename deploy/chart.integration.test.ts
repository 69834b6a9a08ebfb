import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppsV1Api, CoreV1Api, KubeConfig, loadYaml, type V1Pod } from '@kubernetes/client-node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binaryPaths, ensureHelm } from '../sandbox/lib/build';
import { kubeconfigPath } from '../sandbox/lib/paths';
import { intendedPermissions, parseCanIList, permissionsOf, unsafeLines, type PolicyRule } from '../lib/deploy/rbac';
import { CHART_DIR } from '../lib/deploy/manifests';
import { explainProbes } from '../lib/explain/probes';
import { RESOURCES } from '../lib/k8s/resources';
import { canListAndWatch } from '../lib/k8s/sources';
import { eventually, sandboxConfig, suffix } from '../lib/testing/sandbox';
import { helmTemplate, renderManifests, repoRoot } from './render';

// The chart against the sandbox's real kube-apiserver: installed with Helm
// into a namespace that enforces the restricted Pod Security Standard, its
// ServiceAccount's rights read back with kubectl auth can-i, and the
// checked-in manifests compared with a fresh render. Helm is built from its Go
// module on first use (a few minutes, with progress lines).

const BUILD_TIMEOUT_MS = 30 * 60_000;

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(cmd: string, args: string[], input?: string): Promise<Run> {
  return new Promise((resolve) => {
    const child = execFile(cmd, args, { cwd: repoRoot, env: { ...process.env, KUBECONFIG: kubeconfigPath }, maxBuffer: 16 << 20 }, (err, stdout, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }),
    );
    if (input !== undefined) child.stdin?.end(input);
  });
}

async function ok(cmd: string, args: string[], input?: string): Promise<Run> {
  const r = await run(cmd, args, input);
  if (r.code !== 0) throw new Error(`${path.basename(cmd)} ${args.join(' ')} exited with ${r.code}: ${r.stderr || r.stdout}`);
  return r;
}

const id = suffix();
const ns = `ke-chart-${id}`;
const release = `ke-${id}`;
const fullname = `${release}-kube-explain`;
const serviceAccount = `system:serviceaccount:${ns}:${fullname}`;
const selector = `app.kubernetes.io/instance=${release}`;

let helm = '';
const kubectl = binaryPaths().kubectl;
const kc = sandboxConfig();
const core = kc.makeApiClient(CoreV1Api);
const apps = kc.makeApiClient(AppsV1Api);

/** What `kubectl auth can-i --list` says an identity may do in the test namespace. */
async function canIList(as: string): Promise<string[]> {
  return parseCanIList((await ok(kubectl, ['auth', 'can-i', '--list', `--as=${as}`, '-n', ns])).stdout);
}

/** kubectl auth can-i's yes/no for one question, as the chart's ServiceAccount. */
async function canI(...question: string[]): Promise<string> {
  return (await run(kubectl, ['auth', 'can-i', ...question, `--as=${serviceAccount}`])).stdout.trim();
}

async function sessionKey(): Promise<string> {
  const secret = await core.readNamespacedSecret({ namespace: ns, name: `${fullname}-session` });
  return secret.data?.key ?? '';
}

beforeAll(async () => {
  helm = await ensureHelm();
  // warn as well as enforce: the apiserver then also checks the Deployment's pod template and says so on install.
  await core.createNamespace({
    body: {
      metadata: {
        name: ns,
        labels: { 'pod-security.kubernetes.io/enforce': 'restricted', 'pod-security.kubernetes.io/warn': 'restricted', 'pod-security.kubernetes.io/enforce-version': 'latest' },
      },
    },
  });
}, BUILD_TIMEOUT_MS);

afterAll(async () => {
  if (helm) await run(helm, ['uninstall', release, '-n', ns]);
  await core.deleteNamespace({ name: ns }).catch(() => undefined);
});

describe('the checked-in manifests', () => {
  it('are exactly what the chart renders now (npm run manifests rewrites them)', async () => {
    for (const { file, text } of await renderManifests(helm)) {
      expect(readFileSync(path.join(repoRoot, file), 'utf8'), `${file} drifted from ${CHART_DIR}: run npm run manifests`).toBe(text);
    }
  });
});

describe('the checked-in manifests applied with kubectl, as deploy/README.md says', () => {
  const file = path.join(repoRoot, 'deploy/manifests/kube-explain.yaml');
  const plainNs = 'kube-explain';

  it('pass the apiserver\'s strict field validation, create a namespace enforcing "restricted", and run both replicas there', async () => {
    const leftover = await core.readNamespace({ name: plainNs }).then((n) => n, () => null);
    if (leftover && !leftover.metadata?.deletionTimestamp) throw new Error(`namespace ${plainNs} already exists in the sandbox; delete it (kubectl delete -f deploy/manifests/kube-explain.yaml) and run again`);
    if (leftover) await eventually(`namespace ${plainNs} to finish terminating`, () => core.readNamespace({ name: plainNs }).then(() => undefined, () => true), 120_000);
    try {
      const applied = await ok(kubectl, ['apply', '--validate=strict', '-f', file]);
      expect(applied.stderr).not.toMatch(/PodSecurity|violate|unknown field/i);
      const namespace = await core.readNamespace({ name: plainNs });
      expect(namespace.metadata?.labels?.['pod-security.kubernetes.io/enforce']).toBe('restricted');
      await core.createNamespacedSecret({ namespace: plainNs, body: { metadata: { name: 'kube-explain-session' }, stringData: { key: `${suffix()}${suffix()}${suffix()}${suffix()}${suffix()}${suffix()}` } } });
      const running = await eventually(
        'two Running pods from the plain manifests',
        async () => {
          const list = await core.listNamespacedPod({ namespace: plainNs, labelSelector: 'app.kubernetes.io/instance=kube-explain' });
          const r = list.items.filter((p) => p.status?.phase === 'Running');
          return r.length === 2 ? r : undefined;
        },
        90_000,
      );
      expect(running.map((p) => p.spec?.serviceAccountName)).toStrictEqual(['kube-explain', 'kube-explain']);
    } finally {
      await run(kubectl, ['delete', '--wait=false', '--ignore-not-found', '-f', file]);
    }
  });
});

describe('the chart', () => {
  it('passes helm lint with its defaults, and with an Ingress and the proxy mode', async () => {
    expect((await ok(helm, ['lint', '--strict', CHART_DIR])).stdout).toContain('0 chart(s) failed');
    const set = ['--set', 'ingress.enabled=true', '--set', 'auth.mode=proxy', '--set', 'auth.proxy.trustedCIDRs={10.0.0.0/8}'];
    expect((await ok(helm, ['lint', '--strict', CHART_DIR, ...set])).stdout).toContain('0 chart(s) failed');
  });

  it('refuses a mode it does not know and proxy mode without trusted addresses', async () => {
    const bad = await run(helm, ['template', 'x', CHART_DIR, '--set', 'auth.mode=open']);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain("at '/auth/mode': value must be one of 'token', 'proxy', 'none'");
    // The template checks again when schema validation is skipped.
    const unchecked = await run(helm, ['template', 'x', CHART_DIR, '--set', 'auth.mode=open', '--skip-schema-validation']);
    expect(unchecked.stderr).toContain('auth.mode must be token, proxy or none, not "open"');
    const proxy = await run(helm, ['template', 'x', CHART_DIR, '--set', 'auth.mode=proxy']);
    expect(proxy.stderr).toContain('auth.mode=proxy needs auth.proxy.trustedCIDRs');
  });

  it('adds the Ingress host to the names the server answers to', async () => {
    const out = await helmTemplate(helm, { release: 'ke', namespace: 'team', set: { 'ingress.enabled': 'true', 'ingress.hosts[0].host': 'dash.example.org', 'ingress.hosts[0].paths[0].path': '/', 'ingress.hosts[0].paths[0].pathType': 'Prefix' } });
    expect(out).toContain('value: "ke-kube-explain,ke-kube-explain.team,ke-kube-explain.team.svc,ke-kube-explain.team.svc.cluster.local,dash.example.org"');
    expect(out).toContain('kind: Ingress');
  });
});

describe('helm install into a namespace enforcing the restricted Pod Security Standard', () => {
  let pods: V1Pod[] = [];

  it('is accepted without a Pod Security warning, and the apiserver admits both replicas', async () => {
    const install = await ok(helm, ['install', release, CHART_DIR, '-n', ns]);
    expect(`${install.stdout}\n${install.stderr}`).not.toMatch(/PodSecurity|violate/i);
    pods = await eventually(
      'two Running pods of the release (KWOK plays the kubelet)',
      async () => {
        const list = await core.listNamespacedPod({ namespace: ns, labelSelector: selector });
        const running = list.items.filter((p) => p.status?.phase === 'Running');
        return running.length === 2 ? running : undefined;
      },
      90_000,
    );
    const events = await core.listNamespacedEvent({ namespace: ns, fieldSelector: 'reason=FailedCreate' });
    expect(events.items.map((e) => e.message)).toStrictEqual([]);
    const deployment = await apps.readNamespacedDeployment({ namespace: ns, name: fullname });
    expect(deployment.spec?.replicas).toBe(2);
  });

  it('really enforces it: the same chart with privilege escalation allowed is warned about and gets no pod', async () => {
    const bad = `bad-${id}`;
    const set = ['--set', 'securityContext.allowPrivilegeEscalation=true', '--set', 'replicaCount=1', '--set', 'rbac.create=false', '--set', 'serviceAccount.create=false'];
    try {
      const install = await ok(helm, ['install', bad, CHART_DIR, '-n', ns, ...set]);
      expect(install.stderr).toContain('would violate PodSecurity \\"restricted:latest\\": allowPrivilegeEscalation != false');
      const refused = await eventually(
        'the ReplicaSet controller to report the refused pod',
        async () => {
          const events = await core.listNamespacedEvent({ namespace: ns, fieldSelector: 'reason=FailedCreate' });
          return events.items.find((e) => e.involvedObject.name?.startsWith(`${bad}-kube-explain-`))?.message;
        },
        30_000,
      );
      expect(refused).toContain('violates PodSecurity "restricted:latest": allowPrivilegeEscalation != false');
      expect((await core.listNamespacedPod({ namespace: ns, labelSelector: `app.kubernetes.io/instance=${bad}` })).items).toStrictEqual([]);
    } finally {
      await run(helm, ['uninstall', bad, '-n', ns]);
    }
  });

  it("explains its own probes as its pod page does: readiness on /api/readyz only takes it out of the Service, liveness on /api/healthz restarts it", async () => {
    const pod = pods[0]!;
    const container = pod.spec!.containers[0]!;
    const status = pod.status?.containerStatuses?.find((s) => s.name === container.name);
    const probes = explainProbes(container, status, [], pod.spec!.restartPolicy ?? 'Always', 'spec.containers[0]', 'status.containerStatuses[0]');
    const summary = probes.map((p) => ({ kind: p.kind, configured: p.configured, path: p.handler?.type === 'httpGet' ? p.handler.path : null, onFailure: p.onFailure }));
    expect(summary).toStrictEqual([
      { kind: 'startup', configured: false, path: null, onFailure: 'kill-and-restart' },
      { kind: 'liveness', configured: true, path: '/api/healthz', onFailure: 'kill-and-restart' },
      { kind: 'readiness', configured: true, path: '/api/readyz', onFailure: 'mark-not-ready' },
    ]);
  });

  it('gives its ServiceAccount exactly the intended rules on top of what every identity may do (kubectl auth can-i --list)', async () => {
    const baseline = await canIList(`system:serviceaccount:${ns}:nobody-${id}`);
    const granted = await canIList(serviceAccount);
    const intended = intendedPermissions(Object.values(RESOURCES), { secrets: false });
    expect(granted).toStrictEqual([...new Set([...baseline, ...intended])].sort());
    // Nothing the chart added can write or reach into a container.
    expect(unsafeLines(granted.filter((p) => !baseline.includes(p)))).toStrictEqual([]);
  });

  it('may not delete pods, exec into them or read Secrets, but may list pods everywhere and read logs', async () => {
    expect(await canI('delete', 'pods', '-A')).toBe('no');
    expect(await canI('create', 'pods', '--subresource=exec', '-n', 'explain-demo')).toBe('no');
    expect(await canI('get', 'secrets', '-n', 'explain-demo')).toBe('no');
    expect(await canI('list', 'secrets', '-A')).toBe('no');
    expect(await canI('patch', 'deployments.apps', '-A')).toBe('no');
    expect(await canI('list', 'pods', '-A')).toBe('yes');
    expect(await canI('get', 'pods', '--subresource=log', '-n', 'explain-demo')).toBe('yes');
    expect(await canI('create', 'tokenreviews.authentication.k8s.io')).toBe('yes');
    expect(await canI('create', 'subjectaccessreviews.authorization.k8s.io')).toBe('yes');
  });

  it("lets the server, signed in with the ServiceAccount's own token, watch every view's kind but Secrets, whose view names the missing list and watch", async () => {
    const { status } = await core.createNamespacedServiceAccountToken({ namespace: ns, name: fullname, body: { spec: { audiences: [], expirationSeconds: 600 } } });
    const asChart = new KubeConfig();
    asChart.loadFromOptions({
      clusters: [kc.getCurrentCluster()!],
      users: [{ name: 'chart', token: status!.token }],
      contexts: [{ name: 'chart', cluster: kc.getCurrentCluster()!.name, user: 'chart' }],
      currentContext: 'chart',
    });
    const answers: Record<string, string[]> = {};
    for (const r of Object.values(RESOURCES)) answers[r.name] = (await canListAndWatch(asChart, r, 'explain-demo')).missing;
    const expected = Object.fromEntries(Object.values(RESOURCES).map((r) => [r.name, r.name === 'secrets' ? ['list', 'watch'] : []]));
    expect(answers).toStrictEqual(expected);
  });

  it('with secrets.enabled=true (helm upgrade) adds get/list/watch on Secrets and nothing else, and keeps the session key', async () => {
    const keyBefore = await sessionKey();
    expect(Buffer.from(keyBefore, 'base64').length).toBeGreaterThanOrEqual(32);
    const before = await canIList(serviceAccount);
    await ok(helm, ['upgrade', release, CHART_DIR, '-n', ns, '--reuse-values', '--set', 'secrets.enabled=true']);
    const after = await eventually(
      'the upgraded ClusterRole to take effect',
      async () => {
        const now = await canIList(serviceAccount);
        return now.length > before.length ? now : undefined;
      },
      15_000,
    );
    expect(after.filter((p) => !before.includes(p))).toStrictEqual(['get secrets', 'list secrets', 'watch secrets']);
    expect(before.filter((p) => !after.includes(p))).toStrictEqual([]);
    expect(await canI('get', 'secrets', '-n', 'explain-demo')).toBe('yes');
    expect(await canI('delete', 'secrets', '-n', 'explain-demo')).toBe('no');
    expect(await sessionKey()).toBe(keyBefore);
  });
});

describe('the ClusterRole rendered with secrets.enabled=true', () => {
  it('grants the intended permissions plus get/list/watch on Secrets', async () => {
    const out = await helmTemplate(helm, { release: 'ke', namespace: 'team', set: { 'secrets.enabled': 'true' } });
    const role = out.split('\n---\n').find((d) => /^kind: ClusterRole$/m.test(d));
    expect(role).toBeDefined();
    const rules = (loadYaml(role!) as { rules: PolicyRule[] }).rules;
    expect(permissionsOf(rules)).toStrictEqual(intendedPermissions(Object.values(RESOURCES), { secrets: true }));
  });
});
