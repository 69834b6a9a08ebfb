'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface NavItem {
  href: string;
  label: string;
}

/**
 * A group of the header's navigation behind one button (the ARIA disclosure
 * navigation pattern): Enter, Space or ArrowDown open it, the arrow keys,
 * Home and End move between its links, Escape closes it and returns to the
 * button; it closes when a link is followed or the focus leaves it.
 */
export function NavGroup({ label, items, testId }: { label: string; items: NavItem[]; testId?: string }) {
  const pathname = usePathname();
  // Open on the page it was opened on: following a link (or Back) closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn !== null && openOn === pathname;
  const setOpen = (next: boolean | ((was: boolean) => boolean)) => setOpenOn((typeof next === 'function' ? next(open) : next) ? pathname : null);
  const id = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const links = () => [...(root.current?.querySelectorAll<HTMLAnchorElement>('a[href]') ?? [])];
  const current = items.find((i) => pathname === i.href || pathname?.startsWith(`${i.href}/`));

  useEffect(() => {
    if (!open) return;
    const onPointer = (e: PointerEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpenOn(null);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const focusLink = (index: number) => {
    const all = links();
    all[(index + all.length) % all.length]?.focus();
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      requestAnimationFrame(() => focusLink(0));
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      setOpen(false);
    }
  };

  const onListKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    const keys: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (e.key in keys) {
      e.preventDefault();
      focusLink(keys[e.key] as number);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <div
      ref={root}
      className="relative"
      data-testid={testId}
      onBlur={(e) => {
        if (!root.current?.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-list`}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={onButtonKey}
        className={`rounded px-2 py-1 text-zinc-700 hover:bg-zinc-200 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-zinc-300 dark:hover:bg-zinc-800 dark:focus-visible:outline-sky-400 ${current ? 'font-semibold text-zinc-900 dark:text-zinc-100' : ''}`}
      >
        {label}
        <span aria-hidden="true" className="ml-1 text-xs">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <ul
        id={`${id}-list`}
        hidden={!open}
        onKeyDown={onListKey}
        className="absolute left-0 z-30 mt-1 min-w-44 rounded border border-zinc-200 bg-white py-1 shadow-lg dark:border-zinc-700 dark:bg-zinc-900"
      >
        {items.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item === current ? 'page' : undefined}
              onClick={() => setOpen(false)}
              className={`block px-3 py-1.5 text-zinc-800 no-underline hover:bg-zinc-100 focus-visible:bg-sky-50 focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-sky-600 dark:text-zinc-200 dark:hover:bg-zinc-800 dark:focus-visible:bg-sky-950 dark:focus-visible:outline-sky-400 ${item === current ? 'font-semibold' : ''}`}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
