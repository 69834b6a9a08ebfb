import { NextResponse, type NextRequest } from 'next/server';
import { getObjectTimeline, parseTimelineQuery } from '@/lib/pages/history';
import { historyState } from '@/lib/history/runtime';
import { historyAllowed } from '@/lib/history/access';
import { timelineMarkdown } from '@/lib/explain/history/export';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * GET /api/history/export?context&kind&namespace&name[&uid]&format=md|json:
 * the timeline as a download for a bug report (Markdown, or the
 * ObjectTimeline JSON); errors as in /api/history/timeline.
 */
export async function GET(request: NextRequest): Promise<Response> {
  const q = parseTimelineQuery(request.nextUrl.searchParams);
  const format = request.nextUrl.searchParams.get('format') ?? 'md';
  if (!q || (format !== 'md' && format !== 'json')) return NextResponse.json({ ok: false, reason: 'invalid', message: 'expected context, kind, namespace, name and format=md|json', recorder: await historyState() }, { status: 400, headers: NO_STORE });
  if (!(await historyAllowed(request.headers, q))) return NextResponse.json({ ok: false, reason: 'forbidden', message: `not allowed to list ${q.kind} here`, recorder: await historyState() }, { status: 403, headers: NO_STORE });
  const r = await getObjectTimeline(q);
  if (!r.ok) return NextResponse.json(r, { status: r.reason === 'not-found' ? 404 : r.reason === 'off' ? 503 : 500, headers: NO_STORE });
  const base = `${q.kind.toLowerCase()}-${q.namespace ? `${q.namespace}-` : ''}${q.name}-timeline`.replace(/[^A-Za-z0-9._-]/g, '_');
  const body = format === 'md' ? timelineMarkdown(r.data) : `${JSON.stringify(r.data, null, 2)}\n`;
  return new Response(body, {
    headers: {
      ...NO_STORE,
      'Content-Type': format === 'md' ? 'text/markdown; charset=utf-8' : 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${base}.${format === 'md' ? 'md' : 'json'}"`,
    },
  });
}
