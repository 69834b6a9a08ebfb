import type { Metadata } from 'next';
import { StorageClassDetailView } from '@/components/storage/storage-class-detail-view';
import { getStorageDetailPage } from '@/lib/pages/storage';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `StorageClass ${decodeURIComponent(name)}` };
}

export default async function StorageClassPage({ params }: { params: Params }) {
  const { context, name } = await params;
  const page = await getStorageDetailPage(decodeURIComponent(context), 'storageclass', '', decodeURIComponent(name));
  return <StorageClassDetailView page={page} />;
}
