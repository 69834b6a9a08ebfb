export const dynamic = 'force-dynamic';

/** Liveness of the dashboard process itself (not the cluster). */
export function GET(): Response {
  return Response.json({ ok: true });
}
