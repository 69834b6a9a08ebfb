import type { Metadata } from 'next';
import { StorageListView } from '@/components/storage/storage-list-view';
import { getStorageListPage } from '@/lib/pages/storage';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'ConfigMaps' };

export default async function ConfigMapsPage({ params, searchParams }: { params: Promise<{ context: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context } = await params;
  const sp = await searchParams;
  const namespace = typeof sp.namespace === 'string' ? sp.namespace : '';
  const model = await getStorageListPage(decodeURIComponent(context), 'configmaps', namespace);
  return <StorageListView model={model} />;
}
