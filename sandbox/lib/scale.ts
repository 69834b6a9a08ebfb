/**
 * Objects for a benchmark-sized sandbox: extra KWOK nodes and Deployments
 * spread over namespaces so the total replica count is the requested number
 * of pods. The controller-manager, scheduler and KWOK then do the real work
 * of creating, binding and "running" them.
 */
export interface ScalePlan {
  namespaces: string[];
  deployments: { namespace: string; name: string; replicas: number }[];
}

/**
 * Splits `pods` replicas over namespaces of at most 10 Deployments of at
 * most 100 replicas each.
 * @example planScale(250).deployments.map((d) => d.replicas) → [100, 100, 50]
 */
export function planScale(pods: number, perDeployment = 100, deploymentsPerNamespace = 10): ScalePlan {
  const deployments: ScalePlan['deployments'] = [];
  let left = Math.max(0, Math.floor(pods));
  let i = 0;
  while (left > 0) {
    const replicas = Math.min(perDeployment, left);
    const ns = `scale-${Math.floor(i / deploymentsPerNamespace)}`;
    deployments.push({ namespace: ns, name: `load-${i % deploymentsPerNamespace}`, replicas });
    left -= replicas;
    i++;
  }
  return { namespaces: [...new Set(deployments.map((d) => d.namespace))], deployments };
}

/** The manifests for a plan, as one kubectl-applicable List. */
export function scaleManifests(plan: ScalePlan): Record<string, unknown> {
  const items: Record<string, unknown>[] = plan.namespaces.map((name) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: { 'sandbox.kube-explain.dev/scale': 'true' } } }));
  for (const d of plan.deployments) {
    const labels = { app: d.name };
    items.push({
      apiVersion: 'apps/v1',
      kind: 'Deployment',
      metadata: { name: d.name, namespace: d.namespace },
      spec: {
        replicas: d.replicas,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            // Scale pods go to the extra nodes only, never to the demo's three.
            nodeSelector: { 'sandbox.kube-explain.dev/pool': 'scale' },
            containers: [{ name: 'app', image: 'registry.k8s.io/pause:3.10', resources: { requests: { cpu: '1m', memory: '1Mi' } } }],
          },
        },
      },
    });
  }
  return { apiVersion: 'v1', kind: 'List', items };
}
