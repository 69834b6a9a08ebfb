import { openStream } from '@/lib/k8s/stream-hub';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** One Server-Sent Events stream per browser tab; subscriptions are multiplexed over it. */
export function GET(request: Request): Response {
  return new Response(openStream(request.signal), {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-cache, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
