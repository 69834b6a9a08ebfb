import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import type { VolumeExplanation } from '@/lib/explain/volumes';
import { t } from '@/lib/i18n/messages';
import { Pill, Section } from './bits';

/** The pod's volumes: what each is, how long its data lives, its Docker analogue, and who mounts it where. Only names of referenced objects, never their data. */
export function VolumesPanel({ volumes }: { volumes: VolumeExplanation[] }) {
  const locale = useLocale();
  return (
    <Section id="volumes" title={t(locale, 'pod.vol.title')} actions={<ConceptChip id="docker-volume" />}>
      <DataTable
        caption={t(locale, 'pod.vol.title')}
        testId="volumes"
        density="compact"
        alignTop
        rows={volumes}
        rowKey={(v) => v.name}
        empty={t(locale, 'pod.vol.none')}
        columns={[
          { id: 'name', header: t(locale, 'pod.vol.name'), rowHeader: true, className: 'font-mono', cell: (v) => v.name },
          {
            id: 'kind',
            header: t(locale, 'pod.vol.kind'),
            cell: (v) => (
              <>
                <span className="font-mono">{v.kind}</span>
                {v.securityRisk && (
                  <>
                    {' '}
                    <Pill tone="warn">{t(locale, 'pod.vol.risk')}</Pill>
                  </>
                )}
                <div className="font-mono text-xs text-zinc-700 dark:text-zinc-300">
                  {Object.entries(v.params)
                    .map(([k, val]) => `${k}=${String(val)}`)
                    .join(' ')}
                </div>
                <div className="mt-1 flex flex-wrap gap-1">
                  {v.conceptIds.map((c) => (
                    <ConceptChip key={c} id={c} />
                  ))}
                </div>
              </>
            ),
          },
          { id: 'lifetime', header: t(locale, 'pod.vol.lifetime'), cell: (v) => t(locale, `pod.vol.life.${v.lifetime}` as const) },
          { id: 'docker', header: 'Docker', cell: (v) => t(locale, `pod.vol.docker.${v.dockerAnalogue}` as const) },
          {
            id: 'mounts',
            header: t(locale, 'pod.vol.mounts'),
            cell: (v) => (
              <ul>
                {v.mounts.map((m) => (
                  <li key={`${m.container}:${m.mountPath}`} className="font-mono text-xs">
                    {m.container} → {m.mountPath}
                    {m.subPath ? ` (subPath ${m.subPath})` : ''}
                    {m.readOnly ? ' (ro)' : ''}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Section>
  );
}
