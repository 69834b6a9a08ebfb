import type { Metadata } from 'next';
import { WorkloadsView } from '@/components/workloads/workloads-view';
import { getWorkloadListPage } from '@/lib/pages/workloads';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'StatefulSets' };

export default async function StatefulSetsPage({ params, searchParams }: { params: Promise<{ context: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { context } = await params;
  const sp = await searchParams;
  const namespace = typeof sp.namespace === 'string' ? sp.namespace : '';
  const model = await getWorkloadListPage(decodeURIComponent(context), 'statefulsets', namespace);
  return <WorkloadsView model={model} />;
}
