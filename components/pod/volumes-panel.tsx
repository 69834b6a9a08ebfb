import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import Link from 'next/link';
import type { VolumeLink } from '@/lib/contract';
import type { VolumeExplanation } from '@/lib/explain/volumes';
import { t } from '@/lib/i18n/messages';
import { objectHref } from '@/lib/views/object-href';
import { Pill, Section } from './bits';

/** The objects a volume stands for (claim → volume → class, ConfigMaps, Secrets), each linked to its page; a missing one is struck through. */
function VolumeObjects({ links, context }: { links: VolumeLink[]; context: string }) {
  const locale = useLocale();
  return (
    <ul className="flex flex-col gap-0.5 text-xs" data-testid="volume-objects">
      {links.map((l) => (
        <li key={`${l.kind}/${l.name}`} data-kind={l.kind} data-name={l.name} data-exists={String(l.exists)}>
          <span className="text-zinc-700 dark:text-zinc-300">{l.kind}</span>{' '}
          {l.exists ? (
            <Link href={objectHref(context, l.kind, l.namespace, l.name) ?? '#'} className="font-mono underline">
              {l.name}
            </Link>
          ) : (
            <>
              <span className="font-mono line-through decoration-red-500">{l.name}</span> <Pill tone={l.optional ? 'muted' : 'bad'}>{t(locale, l.optional ? 'st.vol.missingOptional' : 'st.vol.missing')}</Pill>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}

/**
 * The pod's volumes: what each is, the objects it stands for (linked, once the
 * storage part of the page has loaded), how long its data lives, what is
 * really comparable in Docker, and who mounts it where. Only names of
 * referenced objects, never their data.
 */
export function VolumesPanel({ volumes, links = null, context = '' }: { volumes: VolumeExplanation[]; links?: Record<string, VolumeLink[]> | null; context?: string }) {
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
          {
            id: 'objects',
            header: t(locale, 'st.vol.objects'),
            cell: (v) => {
              const l = links?.[v.name];
              if (!links) return <span className="text-xs">…</span>;
              return l && l.length > 0 ? <VolumeObjects links={l} context={context} /> : <span className="text-xs">—</span>;
            },
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
