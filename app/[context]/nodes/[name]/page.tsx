import type { Metadata } from 'next';
import { NodeDetailView } from '@/components/node/node-detail-view';
import { getNodePage } from '@/lib/pages/nodes';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `Node ${decodeURIComponent(name)}` };
}

export default async function NodePage({ params }: { params: Params }) {
  const { context, name } = await params;
  const page = await getNodePage(decodeURIComponent(context), decodeURIComponent(name));
  return <NodeDetailView page={page} />;
}
