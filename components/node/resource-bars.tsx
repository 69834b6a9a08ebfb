import { t } from '@/lib/i18n/messages';
import type { NodeResources } from '@/lib/explain/node-requests';
import { resourceBars, type ResourceBar } from '@/lib/views/node-resources';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';

const NAME = { cpu: 'nodes.res.cpu', memory: 'nodes.res.memory', pods: 'nodes.res.pods' } as const;

/** Capacity (outline), allocatable (light fill) and requested (solid fill) on one scale; the numbers sit beside it. */
function Bar({ b }: { b: ResourceBar }) {
  const locale = useLocale();
  const label = t(locale, 'nodes.res.meterLabel', { resource: t(locale, NAME[b.resource]) });
  const text = t(locale, 'nodes.res.meterText', { requested: b.requested, allocatable: b.allocatable, percent: b.requestedPercent ?? 0 });
  return (
    <div
      role="meter"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={b.meter.max}
      aria-valuenow={Math.min(b.meter.value, b.meter.max)}
      aria-valuetext={text}
      data-testid="resource-meter"
      className="relative h-4 w-full min-w-40 overflow-hidden rounded border border-zinc-400 bg-zinc-100 dark:border-zinc-500 dark:bg-zinc-800"
    >
      <div className="absolute inset-y-0 left-0 bg-sky-200 dark:bg-sky-900" style={{ width: `${b.allocatableWidth}%` }} />
      <div className="absolute inset-y-0 left-0 bg-sky-600 dark:bg-sky-400" style={{ width: `${b.requestedWidth}%` }} />
    </div>
  );
}

/** What the scheduler compares: capacity, allocatable and the requests of the pods on the node. */
export function ResourceBars({ resources }: { resources: NodeResources }) {
  const locale = useLocale();
  const bars = resourceBars(resources);
  return (
    <section aria-labelledby="resources-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="resources-title" className="text-lg font-semibold">
          {t(locale, 'nodes.res.title')}
        </h2>
        <ConceptChip id="node-allocatable" />
        <ConceptChip id="resources" />
      </div>
      <DataTable
        caption={t(locale, 'nodes.res.title')}
        testId="resources-table"
        rows={bars}
        rowKey={(b) => b.resource}
        rowData={(b) => ({ 'data-testid': 'resource-row', 'data-resource': b.resource })}
        columns={[
          { id: 'resource', header: t(locale, 'nodes.res.resource'), rowHeader: true, className: 'font-mono', cell: (b) => t(locale, NAME[b.resource]) },
          { id: 'capacity', header: t(locale, 'nodes.res.capacity'), className: 'font-mono', testId: 'resource-capacity', cell: (b) => b.capacity },
          {
            id: 'allocatable',
            header: t(locale, 'nodes.res.allocatable'),
            className: 'font-mono',
            testId: 'resource-allocatable',
            cell: (b) => (
              <>
                {b.allocatable}
                {b.reserved !== '0' && b.reserved !== '—' && <span className="text-xs text-zinc-600 dark:text-zinc-400"> ({t(locale, 'nodes.res.reserved', { reserved: b.reserved })})</span>}
              </>
            ),
          },
          {
            id: 'requested',
            header: t(locale, 'nodes.res.requested'),
            className: 'font-mono',
            testId: 'resource-requested',
            cell: (b) => (
              <>
                {b.requested}
                {b.requestedPercent !== null && ` (${b.requestedPercent}%)`}
              </>
            ),
          },
          { id: 'bar', header: t(locale, 'nodes.res.bar'), headerClassName: 'w-1/3', cell: (b) => <Bar b={b} /> },
        ]}
      />
      <p className="flex flex-wrap items-center gap-4 text-xs text-zinc-700 dark:text-zinc-300" aria-hidden="true">
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm border border-zinc-400 bg-zinc-100 dark:border-zinc-500 dark:bg-zinc-800" />
          {t(locale, 'nodes.res.capacity')}
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-sky-200 dark:bg-sky-900" />
          {t(locale, 'nodes.res.allocatable')}
        </span>
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-3 rounded-sm bg-sky-600 dark:bg-sky-400" />
          {t(locale, 'nodes.res.requested')}
        </span>
      </p>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'nodes.res.rule')}</p>
    </section>
  );
}
