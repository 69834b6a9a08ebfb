import { ConceptChip } from '@/components/explain/concept-chip';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import type { PodCommand } from '@/lib/explain/commands';
import { t } from '@/lib/i18n/messages';
import { Section } from './bits';

const CODE = 'block rounded bg-zinc-100 px-2 py-1 text-xs break-all text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100';

/** The kubectl commands that show what this page shows, each beside its closest Docker command. */
export function CommandsBox({ commands }: { commands: PodCommand[] }) {
  const locale = useLocale();
  return (
    <Section
      id="commands"
      title={t(locale, 'pod.cmd.title')}
      actions={
        <>
          <ConceptChip id="kubectl" /> <ConceptChip id="docker-commands" />
        </>
      }
    >
      <DataTable
        caption={t(locale, 'pod.cmd.title')}
        testId="commands"
        density="compact"
        alignTop
        rows={commands}
        rowKey={(c) => `${c.id}:${c.container ?? ''}`}
        rowData={(c) => ({ 'data-command': c.id })}
        columns={[
          {
            id: 'what',
            header: t(locale, 'pod.cmd.what'),
            rowHeader: true,
            cell: (c) => (
              <>
                {t(locale, `pod.cmd.${c.id}` as const)}
                {c.container && <span className="font-mono text-xs"> ({c.container})</span>}
              </>
            ),
          },
          { id: 'kubectl', header: 'kubectl', cell: (c) => <code className={CODE}>{c.kubectl}</code> },
          { id: 'docker', header: 'docker', cell: (c) => (c.docker ? <code className={CODE}>{c.docker}</code> : <span className="text-xs">{t(locale, 'pod.cmd.noDocker')}</span>) },
        ]}
      />
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'pod.cmd.note')}</p>
    </Section>
  );
}
