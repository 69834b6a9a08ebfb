import { redirect } from 'next/navigation';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { listContexts } from '@/lib/k8s/query';
import { errorView } from '@/lib/views/error-view';
import { getLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

/** The landing URL sends you to the kubeconfig's current context. */
export default async function Home() {
  const r = listContexts();
  if (r.ok && r.current) redirect(`/${encodeURIComponent(r.current)}`);
  const locale = await getLocale();
  const error = r.ok
    ? { kind: 'unknown', message: 'the kubeconfig has no current context', fix: { id: 'fix.kubeconfig.noCurrentContext', params: {} } }
    : errorView(r.error);
  return (
    <main id="main" className="p-6">
      <h1 className="sr-only">{t(locale, 'error.title')}</h1>
      <ErrorPanel error={error} locale={locale} />
    </main>
  );
}
