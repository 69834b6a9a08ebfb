import type { Metadata } from 'next';
import { WorkloadDetailView } from '@/components/workloads/workload-detail-view';
import { getWorkloadDetailPage } from '@/lib/pages/workloads';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `Job ${decodeURIComponent(name)}` };
}

export default async function JobPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getWorkloadDetailPage(decodeURIComponent(context), 'job', decodeURIComponent(namespace), decodeURIComponent(name));
  return <WorkloadDetailView page={page} resource="jobs" />;
}
