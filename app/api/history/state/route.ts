import { NextResponse } from 'next/server';
import { getRecorderState } from '@/lib/pages/history';

export const dynamic = 'force-dynamic';
export const runtime = 'nodejs';

/** GET /api/history/state: the recorder's state (recording, paused with why, off with why), as RecorderState. */
export async function GET(): Promise<Response> {
  return NextResponse.json(await getRecorderState(), { headers: { 'Cache-Control': 'no-store' } });
}
