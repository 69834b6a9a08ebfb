import type { ComponentHealth } from '@/lib/explain/cluster';
import { t } from '@/lib/i18n/messages';
import { useLocale } from '@/components/ui/page-context';

const STYLE: Record<ComponentHealth, string> = {
  healthy: 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  degraded: 'bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800',
  unknown: 'bg-zinc-100 text-zinc-800 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-600',
  absent: 'bg-amber-100 text-amber-950 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
};

const ICON: Record<ComponentHealth, string> = { healthy: '✓', degraded: '✕', unknown: '?', absent: '–' };

/** A component's health in words (the colour only helps). */
export function HealthBadge({ health }: { health: ComponentHealth }) {
  const locale = useLocale();
  return (
    <span data-testid="health" data-health={health} className={`inline-flex items-center gap-1 rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${STYLE[health]}`}>
      <span aria-hidden="true">{ICON[health]}</span>
      {t(locale, `overview.health.${health}`)}
    </span>
  );
}
