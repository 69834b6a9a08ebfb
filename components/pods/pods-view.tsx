'use client';

import Link from 'next/link';
import { useRouter, useSearchParams, usePathname } from 'next/navigation';
import { useMemo, useRef } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Locale } from '@/lib/concepts/ids';
import { t } from '@/lib/i18n/messages';
import type { PodsPageModel } from '@/lib/contract';
import { restartsText } from '@/lib/explain/pod-columns';
import { age } from '@/lib/views/age';
import { filterPods, statusCounts } from '@/lib/views/pod-filter';
import type { PodRow } from '@/lib/views/pod-row';
import { ConnectionIndicator } from '@/components/live/connection-indicator';
import { useLiveList, useNow } from '@/components/live/use-live';
import { ErrorPanel } from '@/components/chrome/error-panel';
import { StatusBadge } from './status-badge';

const ROW_HEIGHT = 36;

/** The live Pods table: kubectl's columns, filters kept in the URL, virtualized for big clusters. */
export function PodsView({ model, locale }: { model: PodsPageModel; locale: Locale }) {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const text = search.get('q') ?? '';
  const status = search.get('status') ?? '';
  const live = useLiveList<PodRow>({ view: 'pods', context: model.context, namespace: model.namespace }, model.rows);
  const now = useNow(5000);
  const rows = useMemo(() => filterPods(live.items, { text, status }), [live.items, text, status]);
  const statuses = useMemo(() => statusCounts(live.items), [live.items]);
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12, initialRect: { width: 1200, height: 900 } });
  const items = virtual.getVirtualItems();
  const padTop = items[0]?.start ?? 0;
  const padBottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  const base = `/${encodeURIComponent(model.context)}`;

  const setParam = (key: string, value: string) => {
    const q = new URLSearchParams(search.toString());
    if (value) q.set(key, value);
    else q.delete(key);
    router.replace(`${pathname}?${q.toString()}`, { scroll: false });
  };

  const state = live.state;
  // A view that never loaded names its problem; one that did keeps its rows and shows "reconnecting…".
  const neverLoaded = live.items.length === 0 && state?.phase === 'reconnecting' && state.kind !== undefined && state.kind !== 'unknown';
  const forbidden = state?.phase === 'forbidden' || state?.phase === 'error' || neverLoaded;
  const allNs = !model.namespace;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-xl font-semibold">{t(locale, 'pods.title')}</h1>
        <ConnectionIndicator state={state} locale={locale} />
        <span className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="pod-count">
          {t(locale, 'pods.count', { shown: rows.length, total: live.items.length })}
        </span>
      </div>
      <form className="flex flex-wrap items-end gap-3" role="search" onSubmit={(e) => e.preventDefault()}>
        <label className="flex flex-col text-sm">
          {t(locale, 'pods.namespace')}
          <select
            data-testid="namespace-select"
            value={model.namespace}
            onChange={(e) => setParam('namespace', e.target.value)}
            className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">{t(locale, 'pods.allNamespaces')}</option>
            {model.namespaces.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col text-sm">
          {t(locale, 'pods.filter')}
          <input
            type="search"
            data-testid="text-filter"
            defaultValue={text}
            onChange={(e) => setParam('q', e.target.value)}
            className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
          />
        </label>
        <label className="flex flex-col text-sm">
          {t(locale, 'pods.statusFilter')}
          <select
            data-testid="status-filter"
            value={status}
            onChange={(e) => setParam('status', e.target.value)}
            className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
          >
            <option value="">{t(locale, 'pods.anyStatus')}</option>
            {[...statuses, ...(status && !statuses.some((s) => s.status === status) ? [{ status, count: 0 }] : [])].map((s) => (
              <option key={s.status} value={s.status}>
                {s.status} ({s.count})
              </option>
            ))}
          </select>
        </label>
      </form>
      {model.error && live.state === null ? (
        <ErrorPanel error={model.error} locale={locale} compact />
      ) : forbidden && state ? (
        <ErrorPanel
          compact
          locale={locale}
          error={
            state.phase === 'forbidden'
              ? { kind: 'forbidden', message: `cannot ${state.verb} ${state.resource}`, verb: state.verb, resource: state.resource, fix: { id: 'fix.rbac.forbidden', params: {} } }
              : { kind: state.kind ?? 'unknown', message: state.message ?? '', fix: state.fix ?? { id: 'fix.unknown', params: {} } }
          }
        />
      ) : (
        <div ref={scroller} className="max-h-[calc(100vh-13rem)] overflow-auto rounded border border-zinc-200 dark:border-zinc-800" tabIndex={0} aria-label={t(locale, 'pods.title')}>
          <table className="w-full border-collapse text-sm" data-testid="pods-table">
            <thead className="sticky top-0 z-10 bg-zinc-100 text-left text-xs text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
              <tr>
                {allNs && <th className="px-2 py-2 font-medium">{t(locale, 'col.namespace')}</th>}
                <th className="px-2 py-2 font-medium">{t(locale, 'col.name')}</th>
                <th className="px-2 py-2 font-medium">{t(locale, 'col.ready')}</th>
                <th className="px-2 py-2 font-medium">{t(locale, 'col.status')}</th>
                <th className="px-2 py-2 font-medium">{t(locale, 'col.restarts')}</th>
                <th className="px-2 py-2 font-medium">{t(locale, 'col.age')}</th>
                <th className="px-2 py-2 font-medium">{t(locale, 'col.node')}</th>
                <th className="px-2 py-2 font-medium">{t(locale, 'col.ip')}</th>
              </tr>
            </thead>
            <tbody>
              {padTop > 0 && (
                <tr aria-hidden="true">
                  <td style={{ height: padTop }} colSpan={8} />
                </tr>
              )}
              {items.map((vi) => {
                const r = rows[vi.index];
                if (!r) return null;
                return (
                  <tr key={r.uid} data-testid="pod-row" data-pod={`${r.namespace}/${r.name}`} className="border-t border-zinc-100 hover:bg-zinc-50 dark:border-zinc-800/60 dark:hover:bg-zinc-900" style={{ height: ROW_HEIGHT }}>
                    {allNs && <td className="px-2 text-zinc-600 dark:text-zinc-400">{r.namespace}</td>}
                    <td className="px-2 font-mono">
                      <Link href={`${base}/pods/${encodeURIComponent(r.namespace)}/${encodeURIComponent(r.name)}`} data-testid="pod-name">
                        {r.name}
                      </Link>
                    </td>
                    <td className="px-2 font-mono" data-testid="pod-ready">{r.ready}</td>
                    <td className="px-2" data-testid="pod-status">
                      <StatusBadge status={r.status} severity={r.severity} />
                    </td>
                    <td className="px-2 font-mono" data-testid="pod-restarts" suppressHydrationWarning>
                      {restartsText(r.restartCount, r.lastRestartAt, now)}
                    </td>
                    <td className="px-2 font-mono" suppressHydrationWarning>
                      {age(r.createdAt, now)}
                    </td>
                    <td className="px-2 font-mono">{r.node}</td>
                    <td className="px-2 font-mono">{r.ip}</td>
                  </tr>
                );
              })}
              {padBottom > 0 && (
                <tr aria-hidden="true">
                  <td style={{ height: padBottom }} colSpan={8} />
                </tr>
              )}
            </tbody>
          </table>
          {rows.length === 0 && (
            <p className="p-6 text-center text-zinc-600 dark:text-zinc-400" data-testid="pods-empty">
              {live.items.length === 0 && model.namespace ? t(locale, 'pods.emptyNamespace') : t(locale, 'pods.empty')}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
