import { NextResponse, type NextRequest } from 'next/server';
import { readPodLog } from '@/lib/k8s/logs';
import { parseLogRequest } from '@/lib/views/pod-logs';
import { errorState, type K8sErrorInfo } from '@/lib/k8s/errors';
import { errorView } from '@/lib/views/error-view';
import { authMode } from '@/lib/auth/runtime';
import { logAccess, sessionOf } from '@/lib/auth/request';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NO_STORE = { 'Cache-Control': 'no-store' };

// The HTTP status that matches a classified error: the apiserver's own 4xx, else a gateway error.
function statusOf(error: K8sErrorInfo): number {
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return error.statusCode;
  if (error.kind === 'timeout') return 504;
  if (error.kind === 'no-kubeconfig' || error.kind === 'malformed-kubeconfig') return 500;
  return 502;
}

/**
 * GET /api/logs?context&namespace&name&container[&previous=1][&tailLines=N]:
 * one container's log as { text }, or { error: { kind, message, fix } }.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const parsed = parseLogRequest(request.nextUrl.searchParams);
  if (!parsed.ok) {
    return NextResponse.json(
      { error: { kind: 'unknown', message: `invalid or missing parameter: ${parsed.field}`, fix: { id: 'fix.unknown', params: {} } } },
      { status: 400, headers: NO_STORE },
    );
  }
  if (authMode() !== 'none') {
    // AUTH=token|proxy: the signed-in person must be allowed `get` on pods/log there; the server's own access does not count.
    const session = await sessionOf(request.headers);
    const denied = session ? await logAccess(session, parsed.request) : { phase: 'forbidden' as const, verb: 'get', resource: 'pods/log', lastEventAt: null };
    if (denied) return NextResponse.json({ error: errorView(denied) }, { status: 403, headers: NO_STORE });
  }
  const result = await readPodLog(parsed.request);
  if (result.ok) return NextResponse.json({ text: result.text }, { headers: NO_STORE });
  return NextResponse.json({ error: errorView(errorState(result.error)) }, { status: statusOf(result.error), headers: NO_STORE });
}
