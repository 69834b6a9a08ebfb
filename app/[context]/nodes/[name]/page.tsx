import type { Metadata } from 'next';
import { NodeDetailView } from '@/components/node/node-detail-view';
import { getNodePage } from '@/lib/pages/nodes';
import { getLocale } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `Node ${decodeURIComponent(name)}` };
}

export default async function NodePage({ params }: { params: Params }) {
  const { context, name } = await params;
  const [page, locale] = await Promise.all([getNodePage(decodeURIComponent(context), decodeURIComponent(name)), getLocale()]);
  return <NodeDetailView page={page} locale={locale} />;
}
