import { NextResponse, type NextRequest } from 'next/server';
import { getReplacedObjects, parseReplacedQuery } from '@/lib/pages/history';
import { historyState } from '@/lib/history/runtime';
import { historyAllowed } from '@/lib/history/access';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NO_STORE = { 'Cache-Control': 'no-store' };

/** GET /api/history/replaced?context&namespace&ownerKind&ownerName: the deleted pods a workload replaced, as HistoryResponse<ReplacedObjects>. */
export async function GET(request: NextRequest): Promise<Response> {
  const q = parseReplacedQuery(request.nextUrl.searchParams);
  if (!q) return NextResponse.json({ ok: false, reason: 'invalid', message: 'expected context, namespace, ownerKind (a workload kind) and ownerName', recorder: await historyState() }, { status: 400, headers: NO_STORE });
  if (!(await historyAllowed(request.headers, { context: q.context, namespace: q.namespace, kind: 'Pod' }))) return NextResponse.json({ ok: false, reason: 'forbidden', message: 'not allowed to list pods here', recorder: await historyState() }, { status: 403, headers: NO_STORE });
  const r = await getReplacedObjects(q);
  return NextResponse.json(r, { status: r.ok ? 200 : r.reason === 'off' ? 503 : 500, headers: NO_STORE });
}
