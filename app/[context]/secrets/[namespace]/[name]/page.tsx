import type { Metadata } from 'next';
import { SecretDetailView } from '@/components/storage/config-detail-view';
import { getStorageDetailPage } from '@/lib/pages/storage';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `Secret ${decodeURIComponent(name)}` };
}

export default async function SecretPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getStorageDetailPage(decodeURIComponent(context), 'secret', decodeURIComponent(namespace), decodeURIComponent(name));
  return <SecretDetailView page={page} />;
}
