import type { Metadata } from 'next';
import { NodesView } from '@/components/node/nodes-view';
import { getNodesPage } from '@/lib/pages/nodes';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Nodes' };

export default async function NodesPage({ params }: { params: Promise<{ context: string }> }) {
  const { context } = await params;
  const page = await getNodesPage(decodeURIComponent(context));
  return <NodesView page={page} />;
}
