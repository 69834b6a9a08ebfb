import { ConceptChip } from '@/components/explain/concept-chip';
import { Section } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { t } from '@/lib/i18n/messages';
import type { DeploymentCommand } from '@/lib/views/deployment-commands';

const CODE = 'block rounded bg-zinc-100 px-2 py-1 text-xs break-all text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100';

/** The kubectl commands for this Deployment, each with what it does. */
export function DeploymentCommands({ commands }: { commands: DeploymentCommand[] }) {
  const locale = useLocale();
  return (
    <Section id="commands" title={t(locale, 'deploy.cmd.title')} actions={<ConceptChip id="kubectl" />}>
      <DataTable
        caption={t(locale, 'deploy.cmd.title')}
        testId="commands"
        density="compact"
        alignTop
        rows={commands}
        rowKey={(c) => c.id}
        rowData={(c) => ({ 'data-testid': 'deploy-command', 'data-command': c.id })}
        columns={[
          { id: 'what', header: t(locale, 'deploy.cmd.what'), rowHeader: true, cell: (c) => t(locale, `deploy.cmd.${c.id}`) },
          { id: 'kubectl', header: 'kubectl', cell: (c) => <code className={CODE}>{c.kubectl}</code> },
        ]}
      />
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'deploy.cmd.note')}</p>
    </Section>
  );
}
