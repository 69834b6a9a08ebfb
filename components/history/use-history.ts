'use client';

import useSWR from 'swr';
import type { HistoryResponse } from '@/lib/contract/history';

async function fetchHistory<T>(url: string): Promise<HistoryResponse<T>> {
  const res = await fetch(url, { cache: 'no-store', headers: { accept: 'application/json' } });
  const body = (await res.json().catch(() => null)) as HistoryResponse<T> | null;
  // The history API answers refusals (off, not found, invalid) as JSON with ok: false; anything else is a failure to show.
  if (body && typeof body === 'object' && 'ok' in body) return body;
  throw new Error(`${res.status} ${res.statusText}`);
}

/**
 * One history answer, fetched from the history API and refreshed every
 * `refreshMs` (0: once), the previous answer kept while the next loads; a
 * null url fetches nothing. The same url shares one request between
 * components (the Timeline tab and the diagnoses' "since when").
 */
export function useHistory<T>(url: string | null, refreshMs = 5000): { data: HistoryResponse<T> | null; error: string | null; loading: boolean } {
  const { data, error, isLoading } = useSWR<HistoryResponse<T>>(url, fetchHistory, { refreshInterval: refreshMs, keepPreviousData: true, revalidateOnFocus: false });
  return { data: data ?? null, error: error ? String((error as Error).message ?? error) : null, loading: isLoading };
}
