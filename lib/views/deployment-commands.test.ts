import { describe, expect, it } from 'vitest';
import type { V1Deployment } from '@kubernetes/client-node';
import { explainDeploymentRollout } from '../explain/workloads/deployment-rollout';
import { named, workloadSnapshot } from '../testing/workload-capture';
import { shellHazards } from '../testing/shell-hazards';
import { deploymentCommands, shellSelector } from './deployment-commands';

function rolloutOf(capture: string, name: string, change?: (d: V1Deployment) => V1Deployment) {
  const s = workloadSnapshot(capture);
  const d = named(s.deployments, name);
  return explainDeploymentRollout({ deployment: change ? change(d) : d, replicaSets: s.replicaSets, pods: s.pods, events: s.events, hpas: s.hpas, now: new Date(s.capturedAt) });
}

describe('deploymentCommands', () => {
  it('offers status, its ReplicaSets by selector, history, undo to the previous revision, pause and restart for a Deployment with history', () => {
    expect(deploymentCommands(rolloutOf('stuck-rollout-deadline-exceeded', 'stuck-rollout'), 'app=stuck-rollout')).toStrictEqual([
      { id: 'status', kubectl: 'kubectl rollout status deployment/stuck-rollout -n hh-scratch' },
      { id: 'replica-sets', kubectl: 'kubectl get rs -n hh-scratch -l app=stuck-rollout' },
      { id: 'history', kubectl: 'kubectl rollout history deployment/stuck-rollout -n hh-scratch' },
      { id: 'undo', kubectl: 'kubectl rollout undo deployment/stuck-rollout -n hh-scratch' },
      { id: 'pause', kubectl: 'kubectl rollout pause deployment/stuck-rollout -n hh-scratch' },
      { id: 'restart', kubectl: 'kubectl rollout restart deployment/stuck-rollout -n hh-scratch' },
    ]);
  });

  it('offers resume instead of pause while paused, and no undo when only one revision is kept', () => {
    expect(deploymentCommands(rolloutOf('rollout-demo-rev1', 'rollout-demo', (d) => ({ ...d, spec: { ...d.spec!, paused: true } })), '')).toStrictEqual([
      { id: 'status', kubectl: 'kubectl rollout status deployment/rollout-demo -n hh-scratch' },
      { id: 'history', kubectl: 'kubectl rollout history deployment/rollout-demo -n hh-scratch' },
      { id: 'resume', kubectl: 'kubectl rollout resume deployment/rollout-demo -n hh-scratch' },
      { id: 'restart', kubectl: 'kubectl rollout restart deployment/rollout-demo -n hh-scratch' },
    ]);
  });

  it('quotes a set-based selector so the shell passes it as one word, and every command runs as written', () => {
    expect([shellSelector('app=web,tier=front'), shellSelector('tier in (web,api),!canary')]).toStrictEqual(['app=web,tier=front', "'tier in (web,api),!canary'"]);
    const commands = deploymentCommands(rolloutOf('web-undo-complete', 'web'), 'tier in (web,api),!canary');
    expect(commands.find((c) => c.id === 'replica-sets')?.kubectl).toBe("kubectl get rs -n hf-capture -l 'tier in (web,api),!canary'");
    expect(commands.flatMap((c) => shellHazards(c.kubectl))).toStrictEqual([]);
  });
});
