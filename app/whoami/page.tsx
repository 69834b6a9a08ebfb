import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { sessionOf } from '@/lib/auth/request';
import { authMode } from '@/lib/auth/runtime';
import { whoAmIFor } from '@/lib/auth/whoami';
import { getLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n/messages';
import { qualifiedResource } from '@/lib/k8s/resources';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Who am I' };

/** Who the cluster thinks the signed-in person is, and what they may read (SubjectAccessReviews for them). */
export default async function WhoAmIPage() {
  const locale = await getLocale();
  const mode = authMode();
  const session = mode === 'none' ? null : await sessionOf(await headers());
  if (!session) {
    return (
      <main id="main" className="mx-auto mt-12 max-w-xl px-4">
        <h1 className="text-2xl font-semibold">{t(locale, 'auth.whoami.title')}</h1>
        <p className="mt-4">{mode === 'none' ? t(locale, 'auth.whoami.noneMode') : <Link href="/signin?next=%2Fwhoami">{t(locale, 'auth.signin.title')}</Link>}</p>
      </main>
    );
  }
  const m = await whoAmIFor(session);
  const reach = (clusterWide: boolean, namespaces: string[]) =>
    clusterWide ? t(locale, 'auth.whoami.everywhere') : namespaces.length > 0 ? t(locale, 'auth.whoami.inNamespaces', { namespaces: namespaces.join(', ') }) : t(locale, 'auth.whoami.nowhere');
  return (
    <main id="main" className="mx-auto mt-8 max-w-3xl px-4 pb-12">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-semibold">{t(locale, 'auth.whoami.title')}</h1>
        <Link href={`/${encodeURIComponent(m.context)}`} className="text-sm">
          {t(locale, 'nav.overview')}
        </Link>
        {mode === 'token' && <SignOutButton label={t(locale, 'auth.signout')} />}
      </div>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">{t(locale, 'auth.whoami.intro')}</p>
      <dl className="mt-6 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-medium">{t(locale, 'auth.whoami.username')}</dt>
        <dd className="break-all font-mono" data-testid="whoami-username">{m.username}</dd>
        <dt className="font-medium">{t(locale, 'auth.whoami.groups')}</dt>
        <dd className="break-all font-mono" data-testid="whoami-groups">{m.groups.length > 0 ? m.groups.join(', ') : t(locale, 'auth.whoami.noGroups')}</dd>
        <dt className="font-medium">{t(locale, 'auth.whoami.context')}</dt>
        <dd className="font-mono">{m.context}</dd>
        <dt className="font-medium">{t(locale, 'auth.whoami.expires')}</dt>
        <dd>{m.expiresAt ? <time dateTime={m.expiresAt}>{m.expiresAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC')}</time> : t(locale, 'auth.whoami.viaProxy')}</dd>
      </dl>
      <table className="mt-8 w-full border-collapse text-sm" data-testid="whoami-access">
        <thead>
          <tr className="border-b border-zinc-300 text-left dark:border-zinc-700">
            <th scope="col" className="py-2 pr-4">{t(locale, 'auth.whoami.kind')}</th>
            <th scope="col" className="py-2">{t(locale, 'auth.whoami.access')}</th>
          </tr>
        </thead>
        <tbody>
          {m.kinds.map((k) => (
            <tr key={qualifiedResource({ plural: k.resource, group: k.group })} className="border-b border-zinc-200 dark:border-zinc-800" data-testid={`whoami-kind-${k.resource}`}>
              <th scope="row" className="py-1.5 pr-4 text-left font-mono font-normal">{qualifiedResource({ plural: k.resource, group: k.group })}</th>
              <td className="py-1.5">{reach(k.clusterWide, k.namespaces)}</td>
            </tr>
          ))}
          <tr className="border-b border-zinc-200 dark:border-zinc-800" data-testid="whoami-kind-pods-log">
            <th scope="row" className="py-1.5 pr-4 text-left font-normal">{t(locale, 'auth.whoami.logs')} <span className="font-mono">(get pods/log)</span></th>
            <td className="py-1.5">{reach(m.logs.clusterWide, m.logs.namespaces)}</td>
          </tr>
        </tbody>
      </table>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400">{t(locale, m.namespacesScope === 'all' ? 'auth.whoami.checked' : 'auth.whoami.checkedPods', { count: m.namespacesChecked })}</p>
    </main>
  );
}
