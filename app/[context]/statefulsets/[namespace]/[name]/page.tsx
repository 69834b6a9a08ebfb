import type { Metadata } from 'next';
import { StatefulSetDetailView } from '@/components/statefulset/statefulset-detail-view';
import { getWorkloadDetailPage } from '@/lib/pages/workloads';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `StatefulSet ${decodeURIComponent(name)}` };
}

export default async function StatefulSetPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getWorkloadDetailPage(decodeURIComponent(context), 'statefulset', decodeURIComponent(namespace), decodeURIComponent(name));
  return <StatefulSetDetailView page={page} />;
}
