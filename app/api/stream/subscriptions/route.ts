import { NextResponse } from 'next/server';
import { parseSubscriptionSpec } from '@/lib/k8s/subscriptions';
import { streamSubscribe, streamUnsubscribe } from '@/lib/k8s/stream-hub';
import { sessionOf, streamOwner } from '@/lib/auth/request';
import { SUB_ID as ID } from '@/lib/k8s/stream-initial';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

async function body(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const b: unknown = await request.json();
    return typeof b === 'object' && b !== null ? (b as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Adds a subscription to a tab's stream: { streamId, subId, spec }. */
export async function POST(request: Request): Promise<Response> {
  const b = await body(request);
  const spec = parseSubscriptionSpec(b?.spec);
  if (!b || typeof b.streamId !== 'string' || typeof b.subId !== 'string' || !ID.test(b.subId) || !spec) {
    return NextResponse.json({ error: 'bad subscription request' }, { status: 400 });
  }
  if (!streamSubscribe(b.streamId, b.subId, spec, streamOwner(await sessionOf(request.headers)))) return NextResponse.json({ error: 'unknown stream' }, { status: 404 });
  return NextResponse.json({ ok: true });
}

/**
 * Removes a subscription: { streamId, subId }. 404 when this server holds no
 * such stream (another replica does, or it is gone): the browser then reopens
 * its stream with the views it still wants.
 */
export async function DELETE(request: Request): Promise<Response> {
  const b = await body(request);
  if (!b || typeof b.streamId !== 'string' || typeof b.subId !== 'string') return NextResponse.json({ error: 'bad request' }, { status: 400 });
  if (!streamUnsubscribe(b.streamId, b.subId, streamOwner(await sessionOf(request.headers)))) return NextResponse.json({ error: 'unknown stream' }, { status: 404 });
  return NextResponse.json({ ok: true });
}
