import Link from 'next/link';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '@/components/chrome/language-switch';
import { ThemeToggle } from '@/components/chrome/theme-toggle';
import { PageProvider } from '@/components/ui/page-context';
import { getConceptsShell } from '@/lib/pages/concepts';
import { getLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

/** The concept pages live outside a cluster context: a small header leads back to the current one. */
export default async function ConceptsLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  const shell = getConceptsShell();
  const nav = [
    { href: shell.clusterHref, label: t(locale, 'conceptList.backToCluster'), testId: 'back-to-cluster' },
    { href: '/concepts', label: t(locale, 'nav.concepts'), testId: 'nav-concepts' },
  ];
  return (
    <>
      <header className="sticky top-0 z-20 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link href={shell.clusterHref} className="font-semibold text-zinc-900 no-underline dark:text-zinc-100">
            {t(locale, 'app.name')}
          </Link>
          <nav aria-label="main" className="flex flex-wrap gap-1 text-sm">
            {nav.map((n) => (
              <Link key={n.href} href={n.href} data-testid={n.testId} className="rounded px-2 py-1 text-zinc-700 no-underline hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-800">
                {n.label}
              </Link>
            ))}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            {shell.context && <span className="font-mono text-xs text-zinc-700 dark:text-zinc-300">{shell.context}</span>}
            <LanguageSwitch locale={locale} label={t(locale, 'nav.language')} />
            <ThemeToggle label={t(locale, 'theme.toggle')} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-4 py-6">
        <PageProvider locale={locale}>{children}</PageProvider>
      </main>
    </>
  );
}
