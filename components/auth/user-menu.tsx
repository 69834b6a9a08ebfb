import Link from 'next/link';
import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import { SignOutButton } from './sign-out-button';

/** The signed-in person in the page header: their name, "who am I", and sign-out (token mode only: a proxy keeps its own sessions). */
export function UserMenu({ locale, username, canSignOut }: { locale: Locale; username: string; canSignOut: boolean }) {
  return (
    <div className="flex items-center gap-1 text-sm" data-testid="user-menu">
      <Link href="/whoami" className="max-w-64 truncate rounded px-2 py-1 text-zinc-700 no-underline hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-800" title={username} data-testid="user-name">
        {t(locale, 'auth.user.label', { user: username })}
      </Link>
      {canSignOut && <SignOutButton label={t(locale, 'auth.signout')} />}
    </div>
  );
}
