import type { Metadata } from 'next';
import { ServiceDetailView } from '@/components/service/service-detail-view';
import { getServicePage } from '@/lib/pages/services';
import { getLocale } from '@/lib/i18n/server';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `Service ${decodeURIComponent(name)}` };
}

export default async function ServicePage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const [page, locale] = await Promise.all([getServicePage(decodeURIComponent(context), decodeURIComponent(namespace), decodeURIComponent(name)), getLocale()]);
  return <ServiceDetailView page={page} locale={locale} />;
}
