import type { Metadata } from 'next';
import { ServiceDetailView } from '@/components/service/service-detail-view';
import { getServicePage } from '@/lib/pages/services';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `Service ${decodeURIComponent(name)}` };
}

export default async function ServicePage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getServicePage(decodeURIComponent(context), decodeURIComponent(namespace), decodeURIComponent(name));
  return <ServiceDetailView page={page} />;
}
