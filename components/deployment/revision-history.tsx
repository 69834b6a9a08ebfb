import Link from 'next/link';
import { ConceptChip } from '@/components/explain/concept-chip';
import { Age, Pill, Section } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import type { TemplateChange } from '@/lib/explain/workloads/pod-template';
import { t } from '@/lib/i18n/messages';
import type { DeploymentHistory, HistoryRevision } from '@/lib/views/deployment-history';

const CODE = 'block rounded bg-zinc-100 px-2 py-1 text-xs break-all text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100';

function Changes({ r }: { r: HistoryRevision }) {
  const locale = useLocale();
  const absent = <span className="text-zinc-600 dark:text-zinc-400">{t(locale, 'deploy.change.absent')}</span>;
  return (
    <DataTable
      caption={r.diffFrom === null ? t(locale, 'deploy.history.first', { revision: r.revision }) : t(locale, 'deploy.history.diffTitle', { revision: r.revision, from: r.diffFrom })}
      testId="revision-changes"
      density="compact"
      alignTop
      fixed
      rows={r.changes}
      rowKey={(c, i) => `${i}:${c.field}`}
      rowData={(c: TemplateChange) => ({ 'data-testid': 'change-row', 'data-kind': c.kind, 'data-field': c.field })}
      empty={r.diffFrom === null ? t(locale, 'deploy.history.first', { revision: r.revision }) : t(locale, 'deploy.history.noChanges')}
      columns={[
        { id: 'what', header: t(locale, 'deploy.change.what'), rowHeader: true, cell: (c) => t(locale, `deploy.change.${c.kind}`) },
        { id: 'container', header: t(locale, 'deploy.change.container'), className: 'font-mono', cell: (c) => c.container ?? '—' },
        { id: 'field', header: t(locale, 'deploy.change.field'), className: 'font-mono text-xs', cell: (c) => <span title={c.path}>{c.field}</span> },
        { id: 'before', header: t(locale, 'deploy.change.before'), className: 'font-mono text-xs', testId: 'change-before', cell: (c) => c.before ?? absent },
        { id: 'after', header: t(locale, 'deploy.change.after'), className: 'font-mono text-xs', testId: 'change-after', cell: (c) => c.after ?? absent },
      ]}
    />
  );
}

/** The revisions newest first, what each changed in the pod template, and the commands to inspect it and roll back to it. */
export function RevisionHistory({ history, base, namespace, now }: { history: DeploymentHistory; base: string; namespace: string; now: Date }) {
  const locale = useLocale();
  const rsHref = (name: string) => `${base}/replicasets/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
  return (
    <>
      <Section id="history" title={t(locale, 'deploy.history.title')} actions={<ConceptChip id="revision-history" />}>
        <p className="mb-2 text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'deploy.history.intro')}</p>
        <code className={`${CODE} mb-3`} data-testid="history-command">
          {history.list}
        </code>
        <DataTable
          caption={t(locale, 'deploy.history.title')}
          testId="revisions"
          density="compact"
          alignTop
          rows={history.revisions}
          rowKey={(r) => String(r.revision)}
          rowHref={(r) => rsHref(r.replicaSet)}
          rowData={(r) => ({ 'data-testid': 'revision-row', 'data-revision': String(r.revision), 'data-current': String(r.current) })}
          empty={t(locale, 'deploy.history.empty')}
          columns={[
            {
              id: 'revision',
              header: t(locale, 'deploy.history.revision'),
              rowHeader: true,
              cell: (r) => (
                <span className="flex flex-wrap items-center gap-1">
                  <span className="font-mono">{r.revision}</span>
                  {r.current && <Pill tone="info">{t(locale, 'deploy.history.current')}</Pill>}
                  {r.previousRevisions.length > 0 && <span className="text-xs">{t(locale, 'deploy.history.reused', { revisions: r.previousRevisions.join(', ') })}</span>}
                </span>
              ),
            },
            {
              id: 'rs',
              header: t(locale, 'deploy.history.replicaSet'),
              className: 'font-mono',
              cell: (r) => (
                <Link href={rsHref(r.replicaSet)} className="underline">
                  {r.replicaSet}
                </Link>
              ),
            },
            { id: 'images', header: t(locale, 'deploy.history.images'), className: 'font-mono text-xs break-all', cell: (r) => r.images.join(', ') },
            { id: 'cause', header: t(locale, 'deploy.history.cause'), className: 'text-xs', cell: (r) => r.changeCause ?? <span className="font-mono">&lt;none&gt;</span> },
            { id: 'created', header: t(locale, 'deploy.history.created'), ticking: true, cell: (r) => <Age iso={r.createdAt} now={now} /> },
          ]}
        />
      </Section>
      {history.revisions.map((r) => (
        <section
          key={r.revision}
          aria-labelledby={`revision-${r.revision}-h`}
          data-testid="revision-diff"
          data-revision={r.revision}
          className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800"
        >
          <h3 id={`revision-${r.revision}-h`} className="mb-2 font-semibold">
            {r.diffFrom === null ? t(locale, 'deploy.history.first', { revision: r.revision }) : t(locale, 'deploy.history.diffTitle', { revision: r.revision, from: r.diffFrom })}
          </h3>
          {r.diffFrom !== null && <Changes r={r} />}
          <h4 className="mt-3 mb-1 text-sm font-medium">{t(locale, 'deploy.history.commands')}</h4>
          <dl className="grid grid-cols-1 gap-x-3 gap-y-1 text-xs sm:grid-cols-[max-content_1fr]">
            <dt className="self-center text-zinc-700 dark:text-zinc-300">{t(locale, 'deploy.cmd.historyRevision', { revision: r.revision })}</dt>
            <dd>
              <code className={CODE} data-testid="revision-history-command">
                {r.commands.history}
              </code>
            </dd>
            {r.commands.undo && (
              <>
                <dt className="self-center text-zinc-700 dark:text-zinc-300">{t(locale, 'deploy.cmd.undoTo', { revision: r.revision })}</dt>
                <dd>
                  <code className={CODE} data-testid="undo-command">
                    {r.commands.undo}
                  </code>
                </dd>
              </>
            )}
          </dl>
        </section>
      ))}
    </>
  );
}
