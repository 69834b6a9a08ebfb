import type { Metadata } from 'next';
import { headers } from 'next/headers';
import Link from 'next/link';
import { SignInForm } from '@/components/auth/signin-form';
import { SignOutButton } from '@/components/auth/sign-out-button';
import { safeNext } from '@/lib/auth/gate';
import { sessionOf } from '@/lib/auth/request';
import { authMode } from '@/lib/auth/runtime';
import type { SignInRefusal } from '@/lib/contract/auth';
import { getLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n/messages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Sign in' };

const REFUSALS: SignInRefusal[] = ['empty', 'malformed', 'expired', 'rejected', 'unavailable', 'not-token-mode', 'too-large'];

/** Paste a token the cluster accepts (AUTH=token); says why when a session expired, and who is signed in already. */
export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const q = await searchParams;
  const locale = await getLocale();
  const mode = authMode();
  const next = safeNext(typeof q.next === 'string' ? q.next : null);
  const session = mode === 'none' ? null : await sessionOf(await headers());
  return (
    <main id="main" className="mx-auto mt-12 max-w-xl px-4">
      <h1 className="text-2xl font-semibold">{t(locale, 'auth.signin.title')}</h1>
      {mode === 'none' && <p className="mt-4">{t(locale, 'auth.signin.noneMode')} <Link href="/">kube-explain</Link></p>}
      {mode === 'proxy' && <p className="mt-4">{t(locale, 'auth.signin.proxyMode')}</p>}
      {mode === 'token' && (
        <>
          {q.reason === 'expired' && (
            <p role="status" className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100" data-testid="signin-expired">
              {t(locale, 'auth.signin.expired')}
            </p>
          )}
          {session && (
            <p className="mt-4 flex flex-wrap items-center gap-2" data-testid="signin-current">
              {t(locale, 'auth.signin.signedInAs', { user: session.principal.username })}
              <Link href="/whoami">{t(locale, 'auth.whoami.link')}</Link>
              <SignOutButton label={t(locale, 'auth.signout')} />
            </p>
          )}
          <p className="mt-4">{t(locale, 'auth.signin.intro')}</p>
          <p className="mt-2 font-mono text-sm text-zinc-600 dark:text-zinc-400">{t(locale, 'auth.signin.how')}</p>
          <SignInForm
            next={next}
            text={{
              token: t(locale, 'auth.signin.token'),
              submit: t(locale, 'auth.signin.submit'),
              checking: t(locale, 'auth.signin.checking'),
              refusals: Object.fromEntries(REFUSALS.map((r) => [r, t(locale, `auth.refusal.${r}`)])) as Record<SignInRefusal, string>,
            }}
          />
          <p className="text-sm text-zinc-600 dark:text-zinc-400">{t(locale, 'auth.signin.kept')}</p>
        </>
      )}
    </main>
  );
}
