import { ConceptChip } from '@/components/explain/concept-chip';
import type { Locale } from '@/lib/concepts/ids';
import type { VolumeExplanation } from '@/lib/explain/volumes';
import { t } from '@/lib/i18n/messages';
import { Pill, Section } from './bits';

/** The pod's volumes: what each is, how long its data lives, its Docker analogue, and who mounts it where. Only names of referenced objects, never their data. */
export function VolumesPanel({ volumes, locale }: { volumes: VolumeExplanation[]; locale: Locale }) {
  return (
    <Section id="volumes" title={t(locale, 'pod.vol.title')} actions={<ConceptChip id="docker-volume" locale={locale} />}>
      {volumes.length === 0 ? (
        <p className="text-sm">{t(locale, 'pod.vol.none')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-sm" data-testid="volumes">
            <caption className="sr-only">{t(locale, 'pod.vol.title')}</caption>
            <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
              <tr>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.vol.name')}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.vol.kind')}</th>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.vol.lifetime')}</th>
                <th scope="col" className="px-2 py-1 font-medium">Docker</th>
                <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.vol.mounts')}</th>
              </tr>
            </thead>
            <tbody>
              {volumes.map((v) => (
                <tr key={v.name} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                  <th scope="row" className="px-2 py-1 text-left font-mono font-normal">
                    {v.name}
                  </th>
                  <td className="px-2 py-1">
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
                        <ConceptChip key={c} id={c} locale={locale} />
                      ))}
                    </div>
                  </td>
                  <td className="px-2 py-1">{t(locale, `pod.vol.life.${v.lifetime}` as const)}</td>
                  <td className="px-2 py-1">{t(locale, `pod.vol.docker.${v.dockerAnalogue}` as const)}</td>
                  <td className="px-2 py-1">
                    <ul>
                      {v.mounts.map((m) => (
                        <li key={`${m.container}:${m.mountPath}`} className="font-mono text-xs">
                          {m.container} → {m.mountPath}
                          {m.subPath ? ` (subPath ${m.subPath})` : ''}
                          {m.readOnly ? ' (ro)' : ''}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Section>
  );
}
