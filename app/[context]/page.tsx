import type { Metadata } from 'next';
import { ClusterOverview } from '@/components/cluster/cluster-overview';
import { getClusterPage } from '@/lib/pages/cluster';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Cluster' };

/** The context's home: the cluster overview (architecture map, pods by STATUS, namespaces). */
export default async function ClusterPage({ params }: { params: Promise<{ context: string }> }) {
  const { context } = await params;
  const page = await getClusterPage(decodeURIComponent(context));
  return <ClusterOverview page={page} />;
}
