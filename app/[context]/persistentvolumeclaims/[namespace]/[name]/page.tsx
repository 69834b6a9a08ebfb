import type { Metadata } from 'next';
import { ClaimDetailView } from '@/components/storage/claim-detail-view';
import { getStorageDetailPage } from '@/lib/pages/storage';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `PersistentVolumeClaim ${decodeURIComponent(name)}` };
}

export default async function PersistentVolumeClaimPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getStorageDetailPage(decodeURIComponent(context), 'persistentvolumeclaim', decodeURIComponent(namespace), decodeURIComponent(name));
  return <ClaimDetailView page={page} />;
}
