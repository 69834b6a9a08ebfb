import { STREAM_SUBS_PARAM } from '@/lib/contract';
import { openStream } from '@/lib/k8s/stream-hub';
import { authMode } from '@/lib/auth/runtime';
import { sessionOf, streamOwner, subscriberFor } from '@/lib/auth/request';
import { parseInitialSubscriptions } from '@/lib/k8s/stream-initial';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/**
 * Pending updates per tab before a tab that stopped reading is resynced
 * (the hub's default when unset). The load benchmark lowers it so a paused
 * tab overflows within its run; there is no reason to change it otherwise.
 */
function maxPending(): number | undefined {
  const n = Number(process.env.KUBE_EXPLAIN_STREAM_MAX_PENDING);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

/**
 * One Server-Sent Events stream per browser tab; subscriptions are multiplexed
 * over it. `?subs=[[subId, spec], …]` starts it with the tab's current views
 * (a reconnect, maybe to another replica).
 */
export async function GET(request: Request): Promise<Response> {
  // AUTH=token|proxy: the tab belongs to its signed-in person and reads the shared caches as they may (proxy.ts refused anyone else).
  let auth = {};
  let signal = request.signal;
  if (authMode() !== 'none') {
    const session = await sessionOf(request.headers);
    if (!session) return Response.json({ error: 'not signed in' }, { status: 401 });
    auth = { owner: streamOwner(session), subscribe: await subscriberFor(session) };
    // A token session's stream ends with the session: a tab left open past its expiry stops receiving.
    if (authMode() === 'token') signal = AbortSignal.any([request.signal, AbortSignal.timeout(Math.min(2 ** 31 - 1, Math.max(0, session.expiresAt * 1000 - Date.now())))]);
  }
  const initial = parseInitialSubscriptions(new URL(request.url).searchParams.get(STREAM_SUBS_PARAM));
  return new Response(openStream(signal, { maxPending: maxPending(), ...auth }, initial), {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
