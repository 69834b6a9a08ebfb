'use client';

import { usePathname, useSearchParams } from 'next/navigation';
import type { Locale } from '@/lib/concepts/ids';

/** en/zh links that keep the current page and its query; proxy.ts stores the choice in a cookie. */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams();
  const href = (lang: Locale) => {
    const q = new URLSearchParams(search.toString());
    q.set('lang', lang);
    return `${pathname}?${q.toString()}`;
  };
  return (
    <nav aria-label={label} className="flex gap-1 text-sm">
      {(['en', 'zh'] as const).map((l) => (
        <a
          key={l}
          href={href(l)}
          lang={l === 'zh' ? 'zh-CN' : 'en'}
          aria-current={l === locale ? 'true' : undefined}
          className={`rounded px-2 py-1 no-underline ${l === locale ? 'bg-zinc-900 text-white dark:bg-zinc-100 dark:text-zinc-900' : 'text-zinc-700 hover:bg-zinc-200 dark:text-zinc-300 dark:hover:bg-zinc-800'}`}
        >
          {l === 'en' ? 'EN' : '中文'}
        </a>
      ))}
    </nav>
  );
}
