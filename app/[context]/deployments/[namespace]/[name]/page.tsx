import type { Metadata } from 'next';
import { DeploymentDetailView } from '@/components/deployment/deployment-detail-view';
import { getWorkloadDetailPage } from '@/lib/pages/workloads';

export const dynamic = 'force-dynamic';

type Params = Promise<{ context: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { name } = await params;
  return { title: `Deployment ${decodeURIComponent(name)}` };
}

export default async function DeploymentPage({ params }: { params: Params }) {
  const { context, namespace, name } = await params;
  const page = await getWorkloadDetailPage(decodeURIComponent(context), 'deployment', decodeURIComponent(namespace), decodeURIComponent(name));
  return <DeploymentDetailView page={page} />;
}
