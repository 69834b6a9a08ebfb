import type { Request } from '@playwright/test';
import { STREAM_SUBS_PARAM } from '../../lib/contract/stream';

/**
 * The subscription specs a browser request asks for: the views a tab's
 * stream opens with (`GET /api/stream?subs=[[subId, spec], …]`, how a page's
 * first views and every reconnect travel) and one added later
 * (`POST /api/stream/subscriptions`). Empty for any other request.
 * @example page.on('request', (r) => specs.push(...streamSpecsOf(r)))
 */
export function streamSpecsOf(r: Request): unknown[] {
  const url = new URL(r.url());
  if (r.method() === 'POST' && url.pathname === '/api/stream/subscriptions') {
    const body = r.postDataJSON() as { spec?: unknown } | null;
    return body?.spec ? [body.spec] : [];
  }
  if (r.method() === 'GET' && url.pathname === '/api/stream') {
    const raw = url.searchParams.get(STREAM_SUBS_PARAM);
    if (!raw) return [];
    const list = JSON.parse(raw) as [string, unknown][];
    return list.map(([, spec]) => spec);
  }
  return [];
}
