import type { Metadata } from 'next';
import { DaemonSetDetailView } from '@/components/workloads/daemonset-detail-view';
import { getWorkloadDetailPage } from '@/lib/pages/workloads';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `DaemonSet ${decodeURIComponent(name)}` };
}

export default async function DaemonSetPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getWorkloadDetailPage(decodeURIComponent(context), 'daemonset', decodeURIComponent(namespace), decodeURIComponent(name));
  return <DaemonSetDetailView page={page} />;
}
