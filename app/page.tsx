import { redirect } from 'next/navigation';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { getLanding } from '@/lib/pages/context';
import { getLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

/** The landing URL sends you to the kubeconfig's current context. */
export default async function Home() {
  const landing = getLanding();
  if ('redirect' in landing) redirect(landing.redirect);
  const locale = await getLocale();
  return (
    <main id="main" className="p-6">
      <h1 className="sr-only">{t(locale, 'error.title')}</h1>
      <ErrorPanel error={landing.error} locale={locale} />
    </main>
  );
}
