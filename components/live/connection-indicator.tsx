import { t } from '@/lib/i18n/messages';
import { connectionView } from '@/lib/views/connection';
import type { LiveState } from '@/lib/contract';
import { useLocale } from '@/components/ui/page-context';
import { useConnStatus, useNow } from './use-live';

const DOT: Record<string, string> = {
  live: 'bg-emerald-500',
  syncing: 'bg-sky-500 animate-pulse',
  connecting: 'bg-zinc-400 animate-pulse',
  reconnecting: 'bg-amber-500 animate-pulse',
  stale: 'bg-red-500',
  forbidden: 'bg-red-500',
  error: 'bg-red-500',
};

/** `live`, `reconnecting…` or `stale since HH:MM:SS` for one live view. */
export function ConnectionIndicator({ state }: { state: LiveState | null }) {
  const locale = useLocale();
  const { status, brokeAt } = useConnStatus();
  const now = useNow(1000);
  // The last moment this view was known good: when the tab's stream dropped,
  // else when its cache stopped being synced.
  const lastHealthy = status === 'reconnecting' ? brokeAt : state?.phase === 'synced' ? now.getTime() : (state?.healthyAt ?? null);
  const v = connectionView(status, state, now, lastHealthy === null ? null : new Date(lastHealthy));
  const text = (() => {
    switch (v.kind) {
      case 'live':
        return t(locale, 'conn.live');
      case 'connecting':
        return t(locale, 'conn.connecting');
      case 'syncing':
        return t(locale, 'conn.syncing', { count: v.count });
      case 'reconnecting':
        return t(locale, 'conn.reconnecting');
      case 'stale':
        return t(locale, 'conn.staleSince', { time: new Date(v.since).toLocaleTimeString(locale === 'zh' ? 'zh-CN' : 'en-GB', { hour12: false }) });
      case 'forbidden':
        return t(locale, 'conn.forbidden', { verb: v.verb, resource: v.resource });
      case 'error':
        return t(locale, 'conn.error', { message: v.message });
    }
  })();
  return (
    <span role="status" aria-live="polite" data-testid="connection" data-state={v.kind} className="inline-flex items-center gap-2 rounded-full border border-zinc-300 px-2 py-0.5 text-xs dark:border-zinc-700">
      <span aria-hidden="true" className={`h-2 w-2 rounded-full ${DOT[v.kind]}`} />
      {text}
    </span>
  );
}
