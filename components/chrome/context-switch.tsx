'use client';

import { useRouter, usePathname } from 'next/navigation';

/** Switches the cluster context in the URL, keeping the current view. */
export function ContextSwitch({ contexts, current, label }: { contexts: { name: string; server: string | null }[]; current: string; label: string }) {
  const router = useRouter();
  const pathname = usePathname();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="sr-only">{label}</span>
      <select
        value={current}
        onChange={(e) => {
          const segs = pathname.split('/');
          segs[1] = encodeURIComponent(e.target.value);
          router.push(segs.join('/') || '/');
        }}
        className="max-w-[16rem] rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
      >
        {contexts.map((c) => (
          <option key={c.name} value={c.name} title={c.server ?? ''}>
            {c.name}
          </option>
        ))}
      </select>
    </label>
  );
}
