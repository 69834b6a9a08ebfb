import type { Metadata } from 'next';
import { ReplicaSetView } from '@/components/workloads/replicaset-view';
import { getWorkloadDetailPage } from '@/lib/pages/workloads';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `ReplicaSet ${decodeURIComponent(name)}` };
}

export default async function ReplicaSetPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getWorkloadDetailPage(decodeURIComponent(context), 'replicaset', decodeURIComponent(namespace), decodeURIComponent(name));
  return <ReplicaSetView page={page} />;
}
