export const dynamic = 'force-dynamic';

/**
 * GET /api/auth/session: 204 while the request may read the cluster. With
 * AUTH=token|proxy the request proxy answers 401 before this runs when the
 * person's session is over, which is what a tab whose stream dropped asks
 * (components/live/stream-client.ts) before it reconnects.
 */
export function GET(): Response {
  return new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
}
