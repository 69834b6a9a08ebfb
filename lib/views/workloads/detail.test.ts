import { describe, expect, it } from 'vitest';
import { normalizeEvents } from '../../explain/pod-events';
import { explainDeploymentRollout } from '../../explain/workloads/deployment-rollout';
import { explainReplicaSet } from '../../explain/workloads/replicaset';
import { explainStatefulSet } from '../../explain/workloads/statefulset';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { toPodRow } from '../pod-row';
import { buildCronJobDetail } from './cronjob-detail';
import { buildDaemonSetDetail } from './daemonset-detail';
import { buildDeploymentDetail } from './deployment-detail';
import { findWorkload } from './detail';
import { buildJobDetail } from './job-detail';
import { healingStory } from './replicaset-healing';
import { buildReplicaSetDetail } from './replicaset-detail';
import { toDeploymentRow, toReplicaSetRow, toStatefulSetRow } from './rows';
import { buildStatefulSetDetail } from './statefulset-detail';

const demo = workloadSnapshot('explain-demo-workloads');
const AT = new Date(demo.capturedAt);
const NS = 'explain-demo';

describe('findWorkload', () => {
  it('finds by namespace and name, never by name alone', () => {
    const copy = { ...named(demo.deployments, 'web'), metadata: { ...named(demo.deployments, 'web').metadata, namespace: 'other' } };
    expect(findWorkload([copy, ...demo.deployments], { namespace: NS, name: 'web' })).toBe(named(demo.deployments, 'web'));
    expect(findWorkload(demo.deployments, { namespace: 'other', name: 'web' })).toBeUndefined();
  });
});

describe('workload detail models', () => {
  it('builds the Deployment page from its row and the rollout explained over its ReplicaSets, pods, events and HPAs', () => {
    const inputs = { deployments: demo.deployments, replicasets: demo.replicaSets, pods: demo.pods, events: demo.events, horizontalpodautoscalers: demo.hpas };
    const deployment = named(demo.deployments, 'stuck-rollout');
    expect(buildDeploymentDetail(inputs, AT, { namespace: NS, name: 'stuck-rollout' })).toStrictEqual({
      found: true,
      namespace: NS,
      name: 'stuck-rollout',
      row: toDeploymentRow(deployment, AT),
      rollout: explainDeploymentRollout({ deployment, replicaSets: demo.replicaSets, pods: demo.pods, events: demo.events, hpas: demo.hpas, now: AT }),
    });
  });

  it('builds the ReplicaSet page with the pods it owns as Pods-table rows, sorted by name, and its healing story', () => {
    const s = workloadSnapshot('rs-self-heal');
    const at = new Date(s.capturedAt);
    const rs = named(s.replicaSets, 'web-64d544fcbb');
    const model = buildReplicaSetDetail({ replicasets: s.replicaSets, pods: s.pods, events: s.events }, at, { namespace: 'hf-capture', name: 'web-64d544fcbb' });
    const explanation = explainReplicaSet({ replicaSet: rs, pods: s.pods, events: s.events, now: at });
    const owned = ['web-64d544fcbb-7jqkd', 'web-64d544fcbb-f8m2f', 'web-64d544fcbb-g74cj', 'web-64d544fcbb-pbz57'].map((n) => named(s.pods, n));
    expect(model).toStrictEqual({
      found: true,
      namespace: 'hf-capture',
      name: 'web-64d544fcbb',
      row: toReplicaSetRow(rs, at),
      explanation,
      podRows: owned.map((p) => toPodRow(p, at)),
      healing: healingStory(explanation, owned, normalizeEvents(s.events), s.pods),
    });
    expect(model.found && model.healing.replacements.map((r) => [r.lost.pod, r.replacement?.pod])).toStrictEqual([['web-64d544fcbb-4l96f', 'web-64d544fcbb-f8m2f']]);
  });

  it('builds the StatefulSet page from its row and the ordinals explained with its governing Service', () => {
    const db = named(demo.statefulSets, 'db');
    expect(buildStatefulSetDetail({ statefulsets: demo.statefulSets, pods: demo.pods, services: demo.services }, AT, { namespace: NS, name: 'db' })).toStrictEqual({
      found: true,
      namespace: NS,
      name: 'db',
      row: toStatefulSetRow(db, AT),
      explanation: explainStatefulSet({ statefulSet: db, pods: demo.pods, services: demo.services, now: AT }),
    });
  });

  it('says not found for a name or namespace that has no object, for every kind', () => {
    const none = { deployments: [], replicasets: [], pods: [], events: [], horizontalpodautoscalers: [], statefulsets: [], services: [], daemonsets: [], nodes: [], jobs: [], cronjobs: [] };
    const id = { namespace: NS, name: 'gone' };
    const missing = { found: false, namespace: NS, name: 'gone' };
    expect([
      buildDeploymentDetail({ ...none, deployments: demo.deployments }, AT, id),
      buildReplicaSetDetail({ ...none, replicasets: demo.replicaSets }, AT, id),
      buildStatefulSetDetail({ ...none, statefulsets: demo.statefulSets }, AT, { namespace: 'kube-system', name: 'db' }),
      buildDaemonSetDetail(none, AT, id),
      buildJobDetail(none, AT, id),
      buildCronJobDetail(none, AT, id),
    ]).toStrictEqual([missing, missing, { found: false, namespace: 'kube-system', name: 'db' }, missing, missing, missing]);
  });
});
