import type { AccessModeView } from '@/lib/explain/storage/volume-source';
import { t } from '@/lib/i18n/messages';
import { ConceptChip } from '@/components/explain/concept-chip';
import { Pill, Section } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';

/**
 * Access modes explained: who may mount the volume at once under each mode
 * (RWO is one node, not one pod; RWOP is one pod; none of them is write
 * protection), the modes asked for and, once bound, the modes the volume has.
 */
export function AccessModes({ requested, actual, conflict }: { requested: AccessModeView[]; actual: AccessModeView[] | null; conflict: string | null }) {
  const locale = useLocale();
  const rows = [...requested.map((m) => ({ ...m, side: 'requested' as const })), ...(actual ?? []).map((m) => ({ ...m, side: 'actual' as const }))];
  return (
    <Section id="access" title={t(locale, 'st.access.title')} actions={<ConceptChip id="access-modes" />}>
      <DataTable
        caption={t(locale, 'st.access.title')}
        testId="access-modes"
        density="compact"
        rows={rows}
        rowKey={(m) => `${m.side}:${m.mode}`}
        rowData={(m) => ({ 'data-mode': m.short, 'data-side': m.side })}
        empty={t(locale, 'st.access.none')}
        columns={[
          { id: 'side', header: <span className="sr-only">{t(locale, 'st.access.side')}</span>, cell: (m) => t(locale, `st.access.side.${m.side}`) },
          { id: 'mode', header: t(locale, 'st.col.accessModes'), rowHeader: true, className: 'font-mono', cell: (m) => `${m.short} (${m.mode})` },
          { id: 'scope', header: t(locale, 'st.access.scope'), cell: (m) => t(locale, `st.access.scope.${m.scope}`) },
        ]}
      />
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'st.access.note')}</p>
      {conflict && (
        <p className="mt-2 text-sm" data-testid="access-conflict">
          <Pill tone="warn">{t(locale, 'st.access.conflict')}</Pill> {conflict}
        </p>
      )}
    </Section>
  );
}
