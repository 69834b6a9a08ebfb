import type { V1Pod } from '@kubernetes/client-node';
import type { ConceptId } from '../concepts/ids';
import type { ContainerExplanation } from './containers';

/**
 * kubectl commands for looking at a pod, each with its closest Docker
 * equivalent (docs: reference/kubectl/docker-cli-to-kubectl): docker ps ≈
 * kubectl get pods, docker inspect ≈ kubectl describe / get -o yaml, docker
 * logs ≈ kubectl logs (--previous for the container instance before the last
 * restart), docker exec ≈ kubectl exec. Commands are code, not prose.
 */

/** Which command a PodCommand is. */
export type PodCommandId = 'get' | 'get-yaml' | 'describe' | 'events' | 'logs' | 'logs-previous' | 'exec';

/** One kubectl command and its Docker counterpart. */
export interface PodCommand {
  id: PodCommandId;
  /** The container it targets, for per-container commands. */
  container: string | null;
  kubectl: string;
  /** Closest Docker command, null when Docker has none. Uses the runtime container ID when the node runs Docker. */
  docker: string | null;
  conceptIds: ConceptId[];
}

/** Short container ID as `docker ps` prints it, when the runtime is Docker; else a placeholder. */
function dockerRef(containerId: string | null | undefined): string {
  const match = /^docker:\/\/([0-9a-f]{12})/.exec(containerId ?? '');
  return match?.[1] ?? '<container-id>';
}

/**
 * Commands for a pod: get, get -o yaml, describe, events; per container logs,
 * logs --previous (only after a restart, when there is a previous instance)
 * and exec (only while it runs).
 * @example podCommands(pod, containers)[0] // { id: 'get', container: null, kubectl: 'kubectl get pod my-pod -n argocd -o wide', docker: 'docker ps --filter name=my-pod', … }
 */
export function podCommands(pod: V1Pod, containers: readonly ContainerExplanation[]): PodCommand[] {
  const name = pod.metadata?.name ?? '<pod>';
  const ns = pod.metadata?.namespace ?? 'default';
  const target = `${name} -n ${ns}`;
  const first = containers.find((c) => c.kind === 'app');
  const commands: PodCommand[] = [
    {
      id: 'get',
      container: null,
      kubectl: `kubectl get pod ${target} -o wide`,
      // dockershim named containers k8s_<container>_<pod>_…, so a name filter finds them.
      docker: `docker ps --filter name=${name}`,
      conceptIds: ['kubectl', 'docker-commands'],
    },
    {
      id: 'get-yaml',
      container: null,
      kubectl: `kubectl get pod ${target} -o yaml`,
      docker: first ? `docker inspect ${dockerRef(first.containerId)}` : null,
      conceptIds: ['kubectl', 'pod'],
    },
    {
      id: 'describe',
      container: null,
      kubectl: `kubectl describe pod ${target}`,
      docker: first ? `docker inspect ${dockerRef(first.containerId)}` : null,
      conceptIds: ['kubectl', 'events'],
    },
    {
      id: 'events',
      container: null,
      // kubectl events orders by time; get events --sort-by=.lastTimestamp cannot place
      // events written through events.k8s.io (the scheduler's), which carry no lastTimestamp.
      kubectl: `kubectl events --for pod/${name} -n ${ns}`,
      docker: null,
      conceptIds: ['events'],
    },
  ];
  for (const c of containers) {
    const ran = c.state.kind === 'running' || c.state.kind === 'terminated' || c.lastState !== null;
    if (ran) {
      commands.push({
        id: 'logs',
        container: c.name,
        kubectl: `kubectl logs ${target} -c ${c.name}`,
        docker: `docker logs ${dockerRef(c.containerId)}`,
        conceptIds: ['kubectl', 'docker-commands'],
      });
    }
    if (c.restartCount > 0) {
      // The kubelet keeps the previous dead container; Docker can read it by its own ID.
      const previousId = c.lastState?.kind === 'terminated' ? c.lastState.containerId : null;
      commands.push({
        id: 'logs-previous',
        container: c.name,
        kubectl: `kubectl logs ${target} -c ${c.name} --previous`,
        docker: previousId ? `docker logs ${dockerRef(previousId)}` : null,
        conceptIds: ['kubectl', 'restart-policy'],
      });
    }
    if (c.state.kind === 'running') {
      commands.push({
        id: 'exec',
        container: c.name,
        kubectl: `kubectl exec -it ${target} -c ${c.name} -- sh`,
        docker: `docker exec -it ${dockerRef(c.containerId)} sh`,
        conceptIds: ['kubectl', 'docker-commands', 'linux-namespaces'],
      });
    }
  }
  return commands;
}
