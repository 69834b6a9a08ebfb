import type { Metadata } from 'next';
import { PodsView } from '@/components/pods/pods-view';
import { getPodsPage } from '@/lib/pages/pods';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Pods' };

export default async function PodsPage({ params, searchParams }: { params: Promise<{ context: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context } = await params;
  const sp = await searchParams;
  const namespace = typeof sp.namespace === 'string' ? sp.namespace : '';
  const owner = typeof sp.owner === 'string' ? sp.owner : '';
  const model = await getPodsPage(decodeURIComponent(context), namespace, owner);
  return <PodsView model={model} />;
}
