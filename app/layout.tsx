import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import './globals.css';
import { headers } from 'next/headers';
import { getLocale } from '@/lib/i18n/server';
import { t } from '@/lib/i18n/messages';

export const metadata: Metadata = {
  title: { default: 'kube-explain', template: '%s · kube-explain' },
  description: 'A Kubernetes dashboard that explains what it shows, in English and Chinese.',
};

// Runs before first paint so dark mode never flashes: the saved choice, else the OS setting.
const THEME_SCRIPT = `try{var t=localStorage.getItem('theme');var d=t?t==='dark':matchMedia('(prefers-color-scheme: dark)').matches;document.documentElement.classList.toggle('dark',d)}catch(e){}`;

export default async function RootLayout({ children }: { children: ReactNode }) {
  const locale = await getLocale();
  // proxy.ts puts this request's CSP nonce here; without it the browser refuses the inline script.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return (
    <html lang={locale === 'zh' ? 'zh-CN' : 'en'} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
      </head>
      <body className="min-h-screen antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 dark:focus:bg-zinc-900">
          {t(locale, 'nav.skip')}
        </a>
        {children}
      </body>
    </html>
  );
}
