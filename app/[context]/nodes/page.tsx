import type { Metadata } from 'next';
import { NodesView } from '@/components/node/nodes-view';
import { getNodesPage } from '@/lib/pages/nodes';
import { getLocale } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Nodes' };

export default async function NodesPage({ params }: { params: Promise<{ context: string }> }) {
  const { context } = await params;
  const [page, locale] = await Promise.all([getNodesPage(decodeURIComponent(context)), getLocale()]);
  return <NodesView page={page} locale={locale} />;
}
