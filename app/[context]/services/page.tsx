import type { Metadata } from 'next';
import { ServicesView } from '@/components/service/services-view';
import { getServicesPage } from '@/lib/pages/services';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Services' };

export default async function ServicesPage({ params, searchParams }: { params: Promise<{ context: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context } = await params;
  const sp = await searchParams;
  const namespace = typeof sp.namespace === 'string' ? sp.namespace : '';
  const page = await getServicesPage(decodeURIComponent(context), namespace);
  return <ServicesView page={page} />;
}
