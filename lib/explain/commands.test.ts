import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { listFixtures, loadFixture } from '../testing/fixtures';
import { sandboxCapture } from '../testing/sandbox-capture';
import { shellHazards } from '../testing/shell-hazards';
import { podCommands } from './commands';
import { explainContainers } from './containers';

const commandsFor = (file: string, now: string) => {
  const pod = loadFixture<V1Pod>(`pods/${file}`);
  return podCommands(pod, explainContainers(pod, [], new Date(now)));
};

describe('podCommands', () => {
  it('offers logs --previous for a restarted container, with the Docker command for the dead container', () => {
    expect(commandsFor('minikube-crashloopbackoff-lastState-error.json', '2018-12-02T09:20:40Z')).toStrictEqual([
      { id: 'get', container: null, kubectl: 'kubectl get pod my-pod -n argocd -o wide', docker: 'docker ps --filter name=my-pod', conceptIds: ['kubectl', 'docker-commands'] },
      { id: 'get-yaml', container: null, kubectl: 'kubectl get pod my-pod -n argocd -o yaml', docker: 'docker inspect c3aa0064b95a', conceptIds: ['kubectl', 'pod'] },
      { id: 'describe', container: null, kubectl: 'kubectl describe pod my-pod -n argocd', docker: 'docker inspect c3aa0064b95a', conceptIds: ['kubectl', 'events'] },
      { id: 'events', container: null, kubectl: 'kubectl events --for pod/my-pod -n argocd', docker: null, conceptIds: ['events'] },
      { id: 'logs', container: 'main', kubectl: 'kubectl logs my-pod -n argocd -c main', docker: 'docker logs c3aa0064b95a', conceptIds: ['kubectl', 'docker-commands'] },
      { id: 'logs-previous', container: 'main', kubectl: 'kubectl logs my-pod -n argocd -c main --previous', docker: 'docker logs c3aa0064b95a', conceptIds: ['kubectl', 'restart-policy'] },
    ]);
  });

  it('offers exec only for running containers and uses a placeholder where the runtime is not Docker', () => {
    const commands = commandsFor('kind-native-sidecar-init-completed-running.json', '2024-08-24T02:00:00Z');
    expect(commands.filter((c) => c.id === 'exec')).toStrictEqual([
      { id: 'exec', container: 'sidecar', kubectl: 'kubectl exec -it sleep -n default -c sidecar -- sh', docker: 'docker exec -it <container-id> sh', conceptIds: ['kubectl', 'docker-commands', 'linux-namespaces'] },
      { id: 'exec', container: 'sleep', kubectl: 'kubectl exec -it sleep -n default -c sleep -- sh', docker: 'docker exec -it <container-id> sh', conceptIds: ['kubectl', 'docker-commands', 'linux-namespaces'] },
    ]);
    // The finished init container still has logs; nothing restarted, so no --previous.
    expect(commands.filter((c) => c.id === 'logs').map((c) => c.container)).toStrictEqual(['init', 'sidecar', 'sleep']);
    expect(commands.some((c) => c.id === 'logs-previous')).toBe(false);
  });

  it('offers no logs for a container that never started', () => {
    const commands = commandsFor('docker-desktop-imagepullbackoff.json', '2019-04-04T16:10:00Z');
    expect(commands.map((c) => c.id)).toStrictEqual(['get', 'get-yaml', 'describe', 'events']);
  });

  it('emits only commands that run as written in bash and zsh, for every captured pod', () => {
    const pods = [...listFixtures('pods').map((file) => loadFixture<V1Pod>(`pods/${file}`)), ...sandboxCapture.pods(), ...sandboxCapture.podsInitSteps()];
    const lines = pods.flatMap((pod) => podCommands(pod, explainContainers(pod, [], new Date('2026-11-26T02:10:09Z'))).flatMap((c) => [c.kubectl, c.docker ?? '']));
    expect(lines.length).toBeGreaterThan(100);
    expect(lines.filter((line) => shellHazards(line).length > 0)).toStrictEqual([]);
  });
});
