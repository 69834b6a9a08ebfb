import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ConceptDetail } from '@/components/concepts/concept-detail';
import { conceptText } from '@/lib/concepts';
import { getConceptPage, isConceptId } from '@/lib/pages/concepts';
import { getLocale } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  return { title: isConceptId(id) ? conceptText(id, await getLocale()).title : 'Concepts' };
}

/** One concept: explanation, the common misconception corrected, docs, commands, and live examples. */
export default async function ConceptPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!isConceptId(id)) notFound();
  const [model, locale] = await Promise.all([getConceptPage(id), getLocale()]);
  return <ConceptDetail model={model} locale={locale} />;
}
