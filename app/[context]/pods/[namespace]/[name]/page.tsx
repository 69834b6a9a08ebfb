import type { Metadata } from 'next';
import { PodDetailView } from '@/components/pod/pod-detail-view';
import { getPodPage } from '@/lib/pages/pods';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `Pod ${decodeURIComponent(name)}` };
}

export default async function PodPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getPodPage(decodeURIComponent(context), decodeURIComponent(namespace), decodeURIComponent(name));
  return <PodDetailView page={page} />;
}
