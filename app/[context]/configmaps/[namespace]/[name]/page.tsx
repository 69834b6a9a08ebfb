import type { Metadata } from 'next';
import { ConfigMapDetailView } from '@/components/storage/config-detail-view';
import { getStorageDetailPage } from '@/lib/pages/storage';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `ConfigMap ${decodeURIComponent(name)}` };
}

export default async function ConfigMapPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getStorageDetailPage(decodeURIComponent(context), 'configmap', decodeURIComponent(namespace), decodeURIComponent(name));
  return <ConfigMapDetailView page={page} />;
}
