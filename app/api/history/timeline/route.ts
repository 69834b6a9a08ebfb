import { NextResponse, type NextRequest } from 'next/server';
import { getObjectTimeline, parseTimelineQuery } from '@/lib/pages/history';
import { historyState } from '@/lib/history/runtime';
import { historyAllowed } from '@/lib/history/access';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * GET /api/history/timeline?context&kind&namespace&name[&uid]: one object's
 * recorded timeline as HistoryResponse<ObjectTimeline> (deleted objects
 * included); 400 on bad parameters, 403 when the person may not list the
 * kind there, 404 when nothing was recorded, 503 when history is off.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const q = parseTimelineQuery(request.nextUrl.searchParams);
  if (!q) return NextResponse.json({ ok: false, reason: 'invalid', message: 'expected context, kind, namespace (except for nodes) and name', recorder: await historyState() }, { status: 400, headers: NO_STORE });
  if (!(await historyAllowed(request.headers, q))) return NextResponse.json({ ok: false, reason: 'forbidden', message: `not allowed to list ${q.kind} here`, recorder: await historyState() }, { status: 403, headers: NO_STORE });
  const r = await getObjectTimeline(q);
  const status = r.ok ? 200 : r.reason === 'not-found' ? 404 : r.reason === 'off' ? 503 : 500;
  return NextResponse.json(r, { status, headers: NO_STORE });
}
