import { NextResponse } from 'next/server';
import { authMode } from '@/lib/auth/runtime';
import { sessionOf } from '@/lib/auth/request';
import { whoAmIFor } from '@/lib/auth/whoami';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/auth/whoami: who the cluster thinks the signed-in person is and what they may read (WhoAmIModel); 404 in AUTH=none. */
export async function GET(request: Request): Promise<Response> {
  if (authMode() === 'none') return NextResponse.json({ error: 'AUTH=none: everyone reads with the server\'s own access' }, { status: 404 });
  const session = await sessionOf(request.headers);
  if (!session) return NextResponse.json({ error: 'not signed in' }, { status: 401 });
  return NextResponse.json(await whoAmIFor(session), { headers: { 'Cache-Control': 'no-store' } });
}
