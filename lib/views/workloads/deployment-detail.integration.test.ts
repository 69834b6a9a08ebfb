import 'server-only';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTEXT, DEMO, kubectl } from '@/e2e/sandbox';
import { parseKubectlTable } from '@/e2e/kubectl-table';
import { getCacheRegistry } from '@/lib/k8s/cache-registry';
import { readModelSnapshot } from '@/lib/k8s/query';
import { eventually, sandboxKubeconfig } from '@/lib/testing/sandbox';
import type { DeploymentDetailModel } from './deployment-detail';
import type { StatefulSetDetailModel } from './statefulset-detail';

// Against the sandbox (npm run sandbox:up): the Deployment and StatefulSet
// page models, read the way the pages read them (the registry's model view
// over the shared watch caches), equal what kubectl shows. The rollout may
// still be moving, so a comparison is retried until kubectl's answer is the
// same before and after the snapshot.

process.env.KUBECONFIG = sandboxKubeconfig;

afterAll(() => getCacheRegistry().stopAll());

const RS_COLUMNS = [
  'NAME:.metadata.name',
  'DESIRED:.spec.replicas',
  'CURRENT:.status.replicas',
  'READY:.status.readyReplicas',
  'AVAILABLE:.status.availableReplicas',
  'REVISION:.metadata.annotations.deployment\\.kubernetes\\.io/revision',
  'HASH:.metadata.labels.pod-template-hash',
  'IMAGES:.spec.template.spec.containers[*].image',
].join(',');

/** kubectl prints <none> for an unset count; the controller leaves readyReplicas unset at 0. */
const count = (cell: string | undefined) => (cell === undefined || cell === '<none>' ? 0 : Number(cell));

/** `kubectl get rs -l app=<name>` with the revision annotation and hash label, as the bars show them, sorted by name. */
async function kubectlReplicaSets(app: string) {
  const { rows } = parseKubectlTable(await kubectl(['get', 'rs', '-n', DEMO, '-l', `app=${app}`, '-o', `custom-columns=${RS_COLUMNS}`]));
  return rows
    .map(([name = '', desired, current, ready, available, revision, hash, images]) => ({
      name,
      desired: count(desired),
      current: count(current),
      ready: count(ready),
      available: count(available),
      revision: revision === '<none>' ? null : Number(revision),
      podTemplateHash: hash ?? null,
      images: (images ?? '').split(','),
    }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

/** The REVISION column of `kubectl rollout history`. */
async function kubectlRevisions(name: string): Promise<number[]> {
  const out = await kubectl(['rollout', 'history', `deployment/${name}`, '-n', DEMO]);
  return [...out.matchAll(/^(\d+)\s/gm)].map((m) => Number(m[1]));
}

async function deploymentModel(name: string) {
  const snap = await readModelSnapshot<DeploymentDetailModel>({ view: 'deployment', context: CONTEXT, namespace: DEMO, name }, { required: ['deployments'] });
  if (!snap.ok) throw new Error(`deployment ${name}: ${snap.error.phase}`);
  return snap.model?.found ? snap.model : undefined;
}

describe('the Deployment page model against kubectl', () => {
  it('shows rollout-demo’s ReplicaSets with the counts, revisions and hashes kubectl gets, the highest revision as the new one, and kubectl’s revision history', async () => {
    let last = '';
    const agreed = await eventually(
      'the rollout-demo model to equal kubectl',
      async () => {
        const before = await kubectlReplicaSets('rollout-demo');
        const model = await deploymentModel('rollout-demo');
        const after = await kubectlReplicaSets('rollout-demo');
        if (!model || JSON.stringify(before) !== JSON.stringify(after)) return undefined;
        const ours = model.rollout.replicaSets
          .map((r) => ({ name: r.name, desired: r.desired, current: r.current, ready: r.ready, available: r.available, revision: r.revision, podTemplateHash: r.podTemplateHash, images: r.images }))
          .sort((a, b) => (a.name < b.name ? -1 : 1));
        last = JSON.stringify({ ours, kubectl: after });
        return JSON.stringify(ours) === JSON.stringify(after) ? { model, kubectl: after } : undefined;
      },
      90_000,
      1_000,
    ).catch((err: unknown) => {
      throw new Error(`${String(err)}\n${last}`);
    });
    const newest = [...agreed.kubectl].sort((a, b) => (b.revision ?? 0) - (a.revision ?? 0))[0];
    expect(agreed.model.rollout.newReplicaSet).toBe(newest?.name);
    expect(agreed.model.view.bars.sets.map((s) => s.name)).toStrictEqual(agreed.model.rollout.replicaSets.map((r) => r.name));
    expect(agreed.model.history.revisions.map((r) => r.revision).reverse()).toStrictEqual(await kubectlRevisions('rollout-demo'));
    // The scenario's revision 2 changed the image and the readiness probe.
    expect(agreed.model.history.revisions[0]?.changes.find((c) => c.kind === 'image')).toMatchObject({ before: 'nginx:1.27', after: 'nginx:1.28' });
  });

  it('says stuck-rollout is past its progress deadline as its Progressing condition does, with its new pod’s image pull as the cause', async () => {
    const model = await eventually('stuck-rollout past its deadline', async () => {
      const m = await deploymentModel('stuck-rollout');
      return m?.rollout.stage === 'timed-out' ? m : undefined;
    }, 90_000, 1_000);
    const reason = await kubectl(['get', 'deployment', 'stuck-rollout', '-n', DEMO, '-o', 'jsonpath={.status.conditions[?(@.type=="Progressing")].reason}']);
    expect([reason, model.view.phase, model.diagnoses.map((d) => d.id)]).toStrictEqual(['ProgressDeadlineExceeded', 'timed-out', ['rollout-stuck', 'image-pull-failed']]);
  });
});

describe('the StatefulSet page model against kubectl', () => {
  it('shows db’s three ordinals with the pods kubectl lists, each with its DNS name under the headless Service', async () => {
    const model = await eventually('db with 3 ordinals', async () => {
      const snap = await readModelSnapshot<StatefulSetDetailModel>({ view: 'statefulset', context: CONTEXT, namespace: DEMO, name: 'db' }, { required: ['statefulsets'] });
      return snap.ok && snap.model?.found && snap.model.view.ordinals.every((o) => o.exists) ? snap.model : undefined;
    }, 60_000, 1_000);
    const pods = (await kubectl(['get', 'pods', '-n', DEMO, '-l', 'app=db', '-o', 'jsonpath={.items[*].metadata.name}'])).split(' ').sort();
    const clusterIP = await kubectl(['get', 'service', 'db', '-n', DEMO, '-o', 'jsonpath={.spec.clusterIP}']);
    expect([model.view.ordinals.map((o) => o.podName), clusterIP, model.view.service?.key]).toStrictEqual([pods, 'None', 'sts.service.headless']);
    expect(model.view.ordinals.map((o) => o.dnsName)).toStrictEqual(pods.map((p) => `${p}.db.${DEMO}.svc.cluster.local`));
  });
});
