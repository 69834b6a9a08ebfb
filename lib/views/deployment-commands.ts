/**
 * The kubectl commands of the Deployment page: follow the rollout, list and
 * undo revisions, see its ReplicaSets, pause or resume, restart. Each is one
 * line that runs as written in bash and zsh.
 */
import type { DeploymentRollout } from '../explain/workloads/deployment-rollout';

export interface DeploymentCommand {
  id: 'status' | 'history' | 'undo' | 'replica-sets' | 'pause' | 'resume' | 'restart';
  kubectl: string;
}

/** Characters a label selector may carry unquoted in a shell word. */
const SHELL_SAFE = /^[A-Za-z0-9._/=,-]+$/;

/**
 * The selector as one shell word: bare when it is safe, else in single
 * quotes (label selectors cannot contain a single quote).
 * @example shellSelector('app=web') // 'app=web'; shellSelector('tier in (web,api)') // "'tier in (web,api)'"
 */
export function shellSelector(selector: string): string {
  return SHELL_SAFE.test(selector) ? selector : `'${selector}'`;
}

/**
 * The Deployment's commands in the order a reader needs them; pause or
 * resume as fits its state, undo only when an older revision is kept, its
 * ReplicaSets only when it has a selector (kubectl -o wide SELECTOR).
 * @example deploymentCommands(rollout, 'app=web').map((c) => c.id) // ['status', 'replica-sets', 'history', 'undo', 'pause', 'restart']
 */
export function deploymentCommands(r: DeploymentRollout, selector: string): DeploymentCommand[] {
  const ns = `-n ${r.namespace}`;
  const out: DeploymentCommand[] = [{ id: 'status', kubectl: r.commands.status }];
  if (selector && selector !== '<invalid>') out.push({ id: 'replica-sets', kubectl: `kubectl get rs ${ns} -l ${shellSelector(selector)}` });
  out.push({ id: 'history', kubectl: r.commands.history });
  if (r.history.some((h) => !h.current)) out.push({ id: 'undo', kubectl: `kubectl rollout undo deployment/${r.name} ${ns}` });
  out.push(r.paused ? { id: 'resume', kubectl: r.commands.resume } : { id: 'pause', kubectl: r.commands.pause });
  out.push({ id: 'restart', kubectl: r.commands.restart });
  return out;
}
