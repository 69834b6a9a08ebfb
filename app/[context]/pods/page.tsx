import type { Metadata } from 'next';
import { EarlyStreamScript } from '@/components/live/early-stream-script';
import { PodsView } from '@/components/pods/pods-view';
import { podsLiveSpec } from '@/components/pods/pods-spec';
import { getPodsPage } from '@/lib/pages/pods';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Pods' };

export default async function PodsPage({ params, searchParams }: { params: Promise<{ context: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context } = await params;
  const sp = await searchParams;
  const namespace = typeof sp.namespace === 'string' ? sp.namespace : '';
  const owner = typeof sp.owner === 'string' ? sp.owner : '';
  const model = await getPodsPage(decodeURIComponent(context), namespace, owner);
  // The live rows start on their way while the page's code loads and hydrates.
  return (
    <>
      <EarlyStreamScript specs={[podsLiveSpec(model)]} />
      <PodsView model={model} />
    </>
  );
}
