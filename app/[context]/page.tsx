import { redirect } from 'next/navigation';

export const dynamic = 'force-dynamic';

// Until the cluster overview lands, the context's home is its Pods view.
export default async function ContextHome({ params }: { params: Promise<{ context: string }> }) {
  const { context } = await params;
  redirect(`/${context}/pods`);
}
