import type { Metadata } from 'next';
import { JobDetailView } from '@/components/workloads/job-detail-view';
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
  return <JobDetailView page={page} />;
}
