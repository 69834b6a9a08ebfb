import type { Metadata } from 'next';
import { CronJobDetailView } from '@/components/workloads/cronjob-detail-view';
import { getWorkloadDetailPage } from '@/lib/pages/workloads';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `CronJob ${decodeURIComponent(name)}` };
}

export default async function CronJobPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getWorkloadDetailPage(decodeURIComponent(context), 'cronjob', decodeURIComponent(namespace), decodeURIComponent(name));
  return <CronJobDetailView page={page} />;
}
