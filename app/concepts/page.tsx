import type { Metadata } from 'next';
import { ConceptsIndex } from '@/components/concepts/concepts-index';
import { getConceptsPage } from '@/lib/pages/concepts';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Concepts' };

/** The whole concept catalogue, grouped, searchable in English and Chinese at once (?q=). */
export default async function ConceptsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const sp = await searchParams;
  const q = typeof sp.q === 'string' ? sp.q : '';
  const { index } = getConceptsPage();
  return <ConceptsIndex index={index} initialQuery={q} />;
}
