'use client';

import { useState } from 'react';

/** Clears the session cookie (POST /api/auth/signout) and goes to the sign-in page. */
export function SignOutButton({ label }: { label: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        await fetch('/api/auth/signout', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}', cache: 'no-store' }).catch(() => undefined);
        // A full load on purpose: no page of the signed-out person stays in the client router's cache.
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.href = '/signin';
      }}
      className="rounded px-2 py-1 text-sm text-zinc-700 hover:bg-zinc-200 focus:outline-2 focus:outline-offset-2 focus:outline-blue-600 dark:text-zinc-300 dark:hover:bg-zinc-800"
      data-testid="signout"
    >
      {label}
    </button>
  );
}
