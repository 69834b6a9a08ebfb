import { ConceptChip } from '@/components/explain/concept-chip';
import type { Locale } from '@/lib/concepts/ids';
import type { PodCommand } from '@/lib/explain/commands';
import { t } from '@/lib/i18n/messages';
import { Section } from './bits';

/** The kubectl commands that show what this page shows, each beside its closest Docker command. */
export function CommandsBox({ commands, locale }: { commands: PodCommand[]; locale: Locale }) {
  return (
    <Section
      id="commands"
      title={t(locale, 'pod.cmd.title')}
      actions={
        <>
          <ConceptChip id="kubectl" locale={locale} /> <ConceptChip id="docker-commands" locale={locale} />
        </>
      }
    >
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="commands">
          <caption className="sr-only">{t(locale, 'pod.cmd.title')}</caption>
          <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.cmd.what')}</th>
              <th scope="col" className="px-2 py-1 font-medium">kubectl</th>
              <th scope="col" className="px-2 py-1 font-medium">docker</th>
            </tr>
          </thead>
          <tbody>
            {commands.map((c) => (
              <tr key={`${c.id}:${c.container ?? ''}`} data-command={c.id} className="border-t border-zinc-200 align-top dark:border-zinc-800">
                <th scope="row" className="px-2 py-1 text-left font-normal">
                  {t(locale, `pod.cmd.${c.id}` as const)}
                  {c.container && <span className="font-mono text-xs"> ({c.container})</span>}
                </th>
                <td className="px-2 py-1">
                  <code className="block rounded bg-zinc-100 px-2 py-1 text-xs break-all text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">{c.kubectl}</code>
                </td>
                <td className="px-2 py-1">
                  {c.docker ? (
                    <code className="block rounded bg-zinc-100 px-2 py-1 text-xs break-all text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">{c.docker}</code>
                  ) : (
                    <span className="text-xs">{t(locale, 'pod.cmd.noDocker')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'pod.cmd.note')}</p>
    </Section>
  );
}
