'use client';

import { useId, useState, type FormEvent } from 'react';
import type { SignInRefusal, SignInResult } from '@/lib/contract/auth';

/** The words the form shows, in the page's language (the server picks them). */
export interface SignInFormText {
  token: string;
  submit: string;
  checking: string;
  refusals: Record<SignInRefusal, string>;
}

/**
 * Paste a token, sign in: POSTs it as JSON to /api/auth/signin (the only
 * place the token goes; the field is cleared whatever the answer) and on
 * success goes to `next`. A refusal is announced to screen readers.
 */
export function SignInForm({ text, next }: { text: SignInFormText; next: string }) {
  const id = useId();
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    const sent = token;
    setToken('');
    try {
      const res = await fetch('/api/auth/signin', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ token: sent, next }), cache: 'no-store' });
      const result = (await res.json()) as SignInResult;
      if (result.ok) {
        window.location.assign(result.next);
        return;
      }
      setError(text.refusals[result.reason] ?? result.message);
    } catch {
      setError(text.refusals.unavailable);
    }
    setBusy(false);
  }

  return (
    <form onSubmit={submit} className="mt-6 flex flex-col gap-3" data-testid="signin-form">
      <label htmlFor={`${id}-token`} className="font-medium">
        {text.token}
      </label>
      <input
        id={`${id}-token`}
        name="token"
        type="password"
        autoComplete="off"
        spellCheck={false}
        required
        value={token}
        onChange={(e) => setToken(e.target.value)}
        aria-describedby={error ? `${id}-error` : undefined}
        className="rounded border border-zinc-300 bg-white px-3 py-2 font-mono text-sm text-zinc-900 focus:outline-2 focus:outline-offset-2 focus:outline-blue-600 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100"
        data-testid="signin-token"
      />
      <button
        type="submit"
        disabled={busy}
        className="self-start rounded bg-zinc-900 px-4 py-2 text-white hover:bg-zinc-700 focus:outline-2 focus:outline-offset-2 focus:outline-blue-600 disabled:opacity-60 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300"
        data-testid="signin-submit"
      >
        {busy ? text.checking : text.submit}
      </button>
      <p id={`${id}-error`} role="alert" className="min-h-6 text-red-700 dark:text-red-300" data-testid="signin-error">
        {error}
      </p>
    </form>
  );
}
