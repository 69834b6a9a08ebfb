import { getReadinessProbe } from '@/lib/k8s/readiness-probe';
import { readinessStatus } from '@/lib/k8s/readiness';

export const dynamic = 'force-dynamic';

/**
 * Readiness (the Deployment's readinessProbe): 200 only when the current
 * context's namespace and pod caches hold a full, watched list; 503 with the
 * reason otherwise. Liveness is /api/healthz, which never asks the cluster.
 */
export function GET(): Response {
  const report = getReadinessProbe().check();
  return Response.json(report, { status: readinessStatus(report), headers: { 'Cache-Control': 'no-store' } });
}
