import Link from 'next/link';
import type { ReactNode } from 'react';
import { ContextSwitch } from '@/components/chrome/context-switch';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { LanguageSwitch } from '@/components/chrome/language-switch';
import { NavGroup } from '@/components/chrome/nav-group';
import { ThemeToggle } from '@/components/chrome/theme-toggle';
import { UserMenu } from '@/components/auth/user-menu';
import { headers } from 'next/headers';
import { sessionOf } from '@/lib/auth/request';
import { authMode } from '@/lib/auth/runtime';
import { PageProvider } from '@/components/ui/page-context';
import { buildGlossary } from '@/lib/concepts/glossary';
import { getContextShell } from '@/lib/pages/context';
import { getLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';

export default async function ContextLayout({ children, params }: { children: ReactNode; params: Promise<{ context: string }> }) {
  const { context: raw } = await params;
  const context = decodeURIComponent(raw);
  const locale = await getLocale();
  const shell = getContextShell(context);
  // AUTH=token|proxy: the signed-in person, shown in the header (AUTH=none has nobody to show).
  const mode = authMode();
  const session = mode === 'none' ? null : await sessionOf(await headers());
  const base = `/${encodeURIComponent(context)}`;
  const nav: ({ href: string; label: string } | { group: string; id: 'workloads' | 'storage' })[] = [
    { href: base, label: t(locale, 'nav.overview') },
    { href: `${base}/pods`, label: t(locale, 'nav.pods') },
    { group: t(locale, 'nav.workloads'), id: 'workloads' },
    { href: `${base}/services`, label: t(locale, 'nav.services') },
    { href: `${base}/nodes`, label: t(locale, 'nav.nodes') },
    { group: t(locale, 'nav.storage'), id: 'storage' },
    { href: '/concepts', label: t(locale, 'nav.concepts') },
  ];
  const workloads = (['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'] as const).map((r) => ({ href: `${base}/${r}`, label: t(locale, `wl.kinds.${r}`) }));
  const storage = (['persistentvolumeclaims', 'persistentvolumes', 'storageclasses', 'configmaps', 'secrets'] as const).map((r) => ({ href: `${base}/${r}`, label: t(locale, `st.kinds.${r}`) }));
  // The language and the catalogue's chip/diagnosis texts reach the client components once, here; concept bodies stay on the server.
  return (
    <PageProvider locale={locale} glossary={buildGlossary(locale)}>
      <header className="sticky top-0 z-20 border-b border-zinc-200 bg-white/90 backdrop-blur dark:border-zinc-800 dark:bg-zinc-950/90">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2">
          <Link href={base} className="font-semibold text-zinc-900 no-underline dark:text-zinc-100">
            {t(locale, 'app.name')}
          </Link>
          <nav aria-label="main" className="flex flex-wrap gap-1 text-sm">
            {nav.map((n) =>
              'group' in n ? (
                <NavGroup key={n.id} label={n.group} items={n.id === 'storage' ? storage : workloads} testId={`nav-${n.id}`} />
              ) : (
                <Link key={n.href} href={n.href} className="rounded px-2 py-1 text-zinc-700 no-underline hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-800">
                  {n.label}
                </Link>
              ),
            )}
          </nav>
          <div className="ml-auto flex items-center gap-2">
            {shell.contexts.length > 0 && <ContextSwitch contexts={shell.contexts} current={context} label={t(locale, 'nav.context')} />}
            {session && <UserMenu locale={locale} username={session.principal.username} canSignOut={mode === 'token'} />}
            <LanguageSwitch locale={locale} label={t(locale, 'nav.language')} />
            <ThemeToggle label={t(locale, 'theme.toggle')} />
          </div>
        </div>
      </header>
      <main id="main" className="px-4 py-4">
        {shell.error ? <ErrorPanel error={shell.error} locale={locale} /> : children}
      </main>
    </PageProvider>
  );
}
