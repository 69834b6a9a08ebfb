import Link from 'next/link';
import type { DaemonSetDetailModel } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import type { DaemonNodeView } from '@/lib/views/daemonset-view';
import { ConceptChip } from '@/components/explain/concept-chip';
import { Fact, Facts, Pill, Section } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { CommandLines, Note, PILL_TONE, Say, Sentences } from './run-bits';

type Found = Extract<DaemonSetDetailModel, { found: true }>;

/** `/<context>` and the DaemonSet's model. */
interface Props {
  model: Found;
  base: string;
}

const nodeHref = (base: string, node: string) => `${base}/nodes/${encodeURIComponent(node)}`;
const podHref = (base: string, namespace: string, name: string) => `${base}/pods/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;

function PodCell({ row, base, namespace }: { row: DaemonNodeView; base: string; namespace: string }) {
  const locale = useLocale();
  if (row.pods.length === 0) return <span className="text-zinc-600 dark:text-zinc-400">—</span>;
  return (
    <ul className="flex flex-col gap-1">
      {row.pods.map((p) => (
        <li key={p.name} className="flex flex-wrap items-center gap-1" data-testid="ds-pod" data-pod={p.name}>
          <Link href={podHref(base, namespace, p.name)} className="whitespace-nowrap font-mono underline">
            {p.name}
          </Link>
          {!p.updated && <Pill tone="warn">{t(locale, 'ds.pod.old')}</Pill>}
          {p.terminating ? (
            <Pill tone="muted">{t(locale, 'ds.pod.terminating')}</Pill>
          ) : !p.ready ? (
            <Pill tone="info">{t(locale, 'ds.pod.notReady')}</Pill>
          ) : (
            !p.available && <Pill tone="info">{t(locale, 'ds.pod.notAvailable')}</Pill>
          )}
        </li>
      ))}
    </ul>
  );
}

/** The node × pod table: for each node, whether it should run a daemon pod, why (check by check), and the pod on it. */
export function DaemonSetNodes({ model, base }: Props) {
  const locale = useLocale();
  const v = model.view;
  return (
    <Section id="nodes" title={t(locale, 'ds.nodes.title')} actions={<><ConceptChip id="daemonset-scheduling" /> <ConceptChip id="taints-tolerations" /></>}>
      <div className="mb-3 flex flex-col gap-1">
        <Note testId="ds-summary">
          <Say s={v.summary} />
        </Note>
        {v.desiredMismatch && (
          <Note testId="ds-desired-mismatch">
            <Say s={v.desiredMismatch} />
          </Note>
        )}
      </div>
      <DataTable
        caption={t(locale, 'ds.nodes.caption')}
        testId="ds-nodes"
        rows={v.nodes}
        rowKey={(r) => r.node}
        rowHref={(r) => nodeHref(base, r.node)}
        rowData={(r) => ({ 'data-testid': 'ds-node-row', 'data-node': r.node, 'data-state': r.state, 'data-should-run': String(r.shouldRun) })}
        alignTop
        columns={[
          {
            id: 'node',
            header: t(locale, 'ds.col.node'),
            rowHeader: true,
            className: 'font-mono',
            cell: (r) => (
              <Link href={nodeHref(base, r.node)} className="whitespace-nowrap underline">
                {r.node}
              </Link>
            ),
          },
          { id: 'ready', header: t(locale, 'ds.col.nodeReady'), className: 'font-mono', testId: 'ds-node-ready', cell: (r) => r.nodeReady ?? t(locale, 'ds.nodeReady.unknown') },
          { id: 'should', header: t(locale, 'ds.col.shouldRun'), testId: 'ds-should-run', cell: (r) => t(locale, r.shouldRun ? 'ds.shouldRun.yes' : 'ds.shouldRun.no') },
          { id: 'pod', header: t(locale, 'ds.col.pod'), cell: (r) => <PodCell row={r} base={base} namespace={model.namespace} /> },
          {
            id: 'state',
            header: t(locale, 'ds.col.state'),
            testId: 'ds-state',
            cell: (r) => <Pill tone={PILL_TONE[r.tone]}>{t(locale, `ds.stateWord.${r.state}`)}</Pill>,
          },
          {
            id: 'why',
            header: t(locale, 'ds.col.why'),
            headerClassName: 'w-1/2',
            testId: 'ds-why',
            cell: (r) => (
              <div className="flex flex-col gap-1">
                <p data-testid="ds-verdict">
                  <Say s={r.verdict} />
                </p>
                <ul className="flex list-disc flex-col gap-0.5 pl-4 text-xs text-zinc-700 dark:text-zinc-300">
                  {r.why.map((w, i) => (
                    <li key={`${w.key}-${i}`} data-key={w.key}>
                      <Say s={w} />
                    </li>
                  ))}
                </ul>
              </div>
            ),
          },
        ]}
      />
      {v.unplaced.length > 0 && (
        <p className="mt-2 text-sm" data-testid="ds-unplaced">
          {t(locale, 'ds.unplaced', { pods: v.unplaced.join(', ') })}
        </p>
      )}
    </Section>
  );
}

/** The update strategy in numbers, how far the current template has got, and the rollout commands. */
export function DaemonSetUpdate({ model }: Props) {
  const locale = useLocale();
  const x = model.explanation;
  const u = x.updateStrategy;
  const ref = `daemonset/${model.name} -n ${model.namespace}`;
  return (
    <Section id="update" title={t(locale, 'ds.update.title')} actions={<><ConceptChip id="rolling-update" /> <ConceptChip id="max-surge-max-unavailable" /></>}>
      <Facts testId="ds-strategy">
        <Fact term={t(locale, 'ds.update.strategy')}>
          <span className="font-mono">{u.type}</span>
        </Fact>
        {u.type === 'RollingUpdate' && (
          <>
            <Fact term="maxUnavailable" testId="ds-max-unavailable">
              <span className="font-mono">{String(u.maxUnavailableSource) === String(u.maxUnavailable) ? u.maxUnavailable : `${u.maxUnavailableSource} → ${u.maxUnavailable}`}</span>
            </Fact>
            <Fact term="maxSurge" testId="ds-max-surge">
              <span className="font-mono">{String(u.maxSurgeSource) === String(u.maxSurge) ? u.maxSurge : `${u.maxSurgeSource} → ${u.maxSurge}`}</span>
            </Fact>
          </>
        )}
        <Fact term="minReadySeconds">
          <span className="font-mono">{x.minReadySeconds}</span>
        </Fact>
      </Facts>
      <div className="mt-3 flex flex-col gap-2">
        <Note testId="ds-progress">
          <Say s={model.view.progress} />
        </Note>
        <Sentences items={model.view.budget} testId="ds-budget" />
        <h3 className="mt-2 text-sm font-semibold">{t(locale, 'dbj.commands')}</h3>
        <CommandLines commands={[`kubectl rollout status ${ref}`, `kubectl rollout history ${ref}`, `kubectl rollout undo ${ref}`]} testId="ds-commands" />
      </div>
    </Section>
  );
}
