import type { Metadata } from 'next';
import { VolumeDetailView } from '@/components/storage/volume-detail-view';
import { getStorageDetailPage } from '@/lib/pages/storage';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `PersistentVolume ${decodeURIComponent(name)}` };
}

export default async function PersistentVolumePage({ params }: { params: Params }) {
  const { context, name } = await params;
  const page = await getStorageDetailPage(decodeURIComponent(context), 'persistentvolume', '', decodeURIComponent(name));
  return <VolumeDetailView page={page} />;
}
