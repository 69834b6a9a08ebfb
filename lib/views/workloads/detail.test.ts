import { describe, expect, it } from 'vitest';
import { normalizeEvents } from '../../explain/pod-events';
import { explainDeploymentRollout } from '../../explain/workloads/deployment-rollout';
import { explainReplicaSet } from '../../explain/workloads/replicaset';
import { explainStatefulSet } from '../../explain/workloads/statefulset';
import { named, workloadSnapshot } from '../../testing/workload-capture';
import { toPodRow } from '../pod-row';
import { deploymentHistory } from '../deployment-history';
import { deploymentStory } from '../deployment-story';
import { deploymentView } from '../deployment-view';
import { statefulSetView } from '../statefulset-view';
import { diagnoseDeployment, diagnoseStatefulSet } from '../../explain/workloads/workload-diagnoses';
import { workloadEvidence } from './workload-evidence';
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
  it('builds the Deployment page from its row, the rollout explained and projected, and the stuck rollout diagnosed with its new pod pulled in', () => {
    const inputs = { deployments: demo.deployments, replicasets: demo.replicaSets, pods: demo.pods, events: demo.events, horizontalpodautoscalers: demo.hpas };
    const deployment = named(demo.deployments, 'stuck-rollout');
    const rollout = explainDeploymentRollout({ deployment, replicaSets: demo.replicaSets, pods: demo.pods, events: demo.events, hpas: demo.hpas, now: AT });
    const diagnoses = diagnoseDeployment(deployment, rollout, demo.replicaSets, { pods: demo.pods, events: demo.events, now: AT });
    const model = buildDeploymentDetail(inputs, AT, { namespace: NS, name: 'stuck-rollout' });
    expect(model).toStrictEqual({
      found: true,
      namespace: NS,
      name: 'stuck-rollout',
      row: toDeploymentRow(deployment, AT),
      rollout,
      view: deploymentView(rollout),
      story: deploymentStory(rollout),
      history: deploymentHistory(rollout),
      diagnoses,
      evidence: workloadEvidence(diagnoses, { kind: 'Deployment', object: deployment, pods: demo.pods, events: demo.events }),
    });
    // Past its 30 s deadline, held up by its one new pod's image pull; the evidence reads the Deployment and that pod.
    expect(model.found && [model.diagnoses.map((d) => d.id), model.evidence]).toStrictEqual([
      ['rollout-stuck', 'image-pull-failed'],
      {
        'status.conditions[1].reason': 'ProgressDeadlineExceeded',
        'status.conditions[1].message': 'ReplicaSet "stuck-rollout-5c846db944" has timed out progressing.',
        'spec.progressDeadlineSeconds': '30',
        'pod[stuck-rollout-5c846db944-48p9k].status.containerStatuses[0].state.waiting.reason': 'ImagePullBackOff',
        'pod[stuck-rollout-5c846db944-48p9k].status.containerStatuses[0].state.waiting.message': 'Back-off pulling image "registry.example.invalid/team/api:v2.0.0-typo"',
        'pod[stuck-rollout-5c846db944-48p9k].events[reason=Failed].message': 'Failed to pull image: rpc error: code = NotFound desc = failed to pull and unpack image: not found',
      },
    ]);
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

  it('builds the StatefulSet page from its row, the ordinals explained with its Service and claims, and the ordinal OrderedReady waits on', () => {
    const s = workloadSnapshot('db-ordered-2');
    const at = new Date(s.capturedAt);
    const db = named(s.statefulSets, 'db');
    const explanation = explainStatefulSet({ statefulSet: db, pods: s.pods, pvcs: s.pvcs, services: s.services, now: at });
    const diagnoses = diagnoseStatefulSet(db, explanation, { pods: s.pods, events: s.events, now: at });
    const model = buildStatefulSetDetail({ statefulsets: s.statefulSets, pods: s.pods, services: s.services, persistentvolumeclaims: s.pvcs, events: s.events }, at, { namespace: 'hh-scratch', name: 'db' });
    expect(model).toStrictEqual({
      found: true,
      namespace: 'hh-scratch',
      name: 'db',
      row: toStatefulSetRow(db, at),
      explanation,
      view: statefulSetView(explanation),
      diagnoses,
      evidence: workloadEvidence(diagnoses, { kind: 'StatefulSet', object: db, pods: s.pods, events: s.events }),
    });
    expect(model.found && [model.diagnoses.map((d) => [d.id, d.params.pod]), model.evidence['pod[db-1].status.phase']]).toStrictEqual([[['statefulset-ordinal-blocked', 'db-1']], 'Pending']);
  });

  it('says not found for a name or namespace that has no object, for every kind', () => {
    const none = { deployments: [], replicasets: [], pods: [], events: [], horizontalpodautoscalers: [], statefulsets: [], services: [], persistentvolumeclaims: [], daemonsets: [], nodes: [], jobs: [], cronjobs: [] };
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
