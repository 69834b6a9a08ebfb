import { NextResponse, type NextRequest } from 'next/server';
import { getNamespaceFeed, parseFeedQuery } from '@/lib/pages/history';
import { historyState } from '@/lib/history/runtime';
import { historyAllowed } from '@/lib/history/access';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * GET /api/history/feed?context&namespace[&from][&to][&kind=Pod,Event][&reason=…][&severity=critical,warning][&limit]:
 * what happened in a namespace (default: the last hour) as HistoryResponse<NamespaceFeed>.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const q = parseFeedQuery(request.nextUrl.searchParams);
  if (!q) return NextResponse.json({ ok: false, reason: 'invalid', message: 'expected context and namespace; from/to ISO times; kind, reason, severity comma-separated', recorder: await historyState() }, { status: 400, headers: NO_STORE });
  if (!(await historyAllowed(request.headers, { context: q.context, namespace: q.namespace, kind: 'Event' }))) return NextResponse.json({ ok: false, reason: 'forbidden', message: 'not allowed to list events here', recorder: await historyState() }, { status: 403, headers: NO_STORE });
  const r = await getNamespaceFeed(q);
  return NextResponse.json(r, { status: r.ok ? 200 : r.reason === 'off' ? 503 : 500, headers: NO_STORE });
}
