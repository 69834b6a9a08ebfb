import Link from 'next/link';
import { ConceptChip } from '@/components/explain/concept-chip';
import { Pill, Section } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { toTimestampMs } from '@/lib/explain/human-duration';
import { t } from '@/lib/i18n/messages';
import type { BarPod, BarPodState, DeploymentView, RolloutBar } from '@/lib/views/deployment-view';

type Count = 'desired' | 'current' | 'ready' | 'available';
const COUNTS: readonly Count[] = ['desired', 'current', 'ready', 'available'];

const FILL: Record<Count, string> = {
  desired: 'bg-zinc-400 dark:bg-zinc-500',
  current: 'bg-sky-500 dark:bg-sky-500',
  ready: 'bg-indigo-500 dark:bg-indigo-400',
  available: 'bg-emerald-600 dark:bg-emerald-500',
};

const POD_STYLE: Record<BarPodState, string> = {
  available: 'border-emerald-500 bg-emerald-50 text-emerald-950 dark:border-emerald-600 dark:bg-emerald-950/60 dark:text-emerald-100',
  ready: 'border-indigo-400 bg-indigo-50 text-indigo-950 dark:border-indigo-500 dark:bg-indigo-950/60 dark:text-indigo-100',
  running: 'border-sky-400 bg-sky-50 text-sky-950 dark:border-sky-600 dark:bg-sky-950/60 dark:text-sky-100',
  pending: 'border-amber-400 bg-amber-50 text-amber-950 dark:border-amber-600 dark:bg-amber-950/60 dark:text-amber-100',
  terminating: 'border-dashed border-zinc-400 bg-zinc-50 text-zinc-800 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-200',
};

/** One count as a bar out of `scale` pods, with the number as text (the bar itself is decoration). */
function CountBar({ count, value, scale }: { count: Count; value: number; scale: number }) {
  const locale = useLocale();
  const width = `${Math.min(100, (value / scale) * 100)}%`;
  return (
    <div className="flex min-w-24 items-center gap-2" data-testid={`rs-${count}`} data-count={value}>
      <div aria-hidden="true" className="h-2.5 w-20 overflow-hidden rounded bg-zinc-100 dark:bg-zinc-800">
        <div className={`h-full rounded transition-[width] duration-500 ${FILL[count]}`} style={{ width }} />
      </div>
      <span className="font-mono text-sm">
        {value}
        <span className="sr-only"> {t(locale, `deploy.bars.${count}`)}</span>
      </span>
    </div>
  );
}

function PodChip({ pod, href, now }: { pod: BarPod; href: string; now: Date }) {
  const locale = useLocale();
  const at = toTimestampMs(pod.availableAt);
  const left = at === undefined ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
  return (
    <li>
      <Link
        href={href}
        data-testid="rs-pod"
        data-pod={pod.name}
        data-state={pod.state}
        title={t(locale, `deploy.pod.${pod.state}`)}
        className={`inline-flex items-center gap-1 rounded border px-1.5 py-0.5 font-mono text-xs no-underline hover:underline ${POD_STYLE[pod.state]}`}
      >
        {pod.name.slice(pod.name.lastIndexOf('-') + 1)}
        <span className="font-sans">· {t(locale, `deploy.pod.${pod.state}`)}</span>
        {left !== null && (
          <span className="font-sans" suppressHydrationWarning>
            ({t(locale, 'deploy.pod.availableIn', { seconds: left })})
          </span>
        )}
      </Link>
    </li>
  );
}

/**
 * The Deployment's ReplicaSets, new first: revision, pod-template-hash and
 * images, the four counts as bars on one scale (the most pods the rollout
 * may run), and each pod's state with its minReadySeconds countdown.
 */
export function ReplicaSetBars({ bars, base, namespace, now }: { bars: DeploymentView['bars']; base: string; namespace: string; now: Date }) {
  const locale = useLocale();
  const rsHref = (r: RolloutBar) => `${base}/replicasets/${encodeURIComponent(namespace)}/${encodeURIComponent(r.name)}`;
  const podHref = (p: BarPod) => `${base}/pods/${encodeURIComponent(namespace)}/${encodeURIComponent(p.name)}`;
  return (
    <Section
      id="replicasets"
      title={t(locale, 'deploy.bars.title')}
      actions={
        <>
          <ConceptChip id="replicaset" /> <ConceptChip id="pod-template-hash" /> <ConceptChip id="revision-history" />
        </>
      }
    >
      <DataTable
        caption={t(locale, 'deploy.bars.title')}
        testId="rs-bars"
        density="compact"
        alignTop
        rows={bars.sets}
        rowKey={(r) => r.name}
        rowHref={rsHref}
        rowData={(r) => ({ 'data-testid': 'rs-row', 'data-rs': r.name, 'data-role': r.role, 'data-revision': r.revision === null ? undefined : String(r.revision) })}
        empty={t(locale, 'deploy.bars.none')}
        columns={[
          {
            id: 'rs',
            header: 'ReplicaSet',
            rowHeader: true,
            cell: (r) => (
              <div className="flex flex-col gap-1">
                <Link href={rsHref(r)} className="font-mono underline">
                  {r.name}
                </Link>
                <span className="flex flex-wrap items-center gap-1">
                  <Pill tone={r.role === 'new' ? 'info' : 'muted'} testId="rs-role">
                    {t(locale, r.role === 'new' ? 'deploy.bars.new' : 'deploy.bars.old')}
                  </Pill>
                  {r.revision !== null && <Pill tone="muted">{t(locale, 'deploy.bars.revision', { revision: r.revision })}</Pill>}
                </span>
                {r.podTemplateHash && <span className="font-mono text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'deploy.bars.hash', { hash: r.podTemplateHash })}</span>}
                <span className="font-mono text-xs break-all text-zinc-700 dark:text-zinc-300">{r.images.join(', ')}</span>
              </div>
            ),
          },
          ...COUNTS.map((count) => ({ id: count, header: t(locale, `deploy.bars.${count}`), cell: (r: RolloutBar) => <CountBar count={count} value={r[count]} scale={bars.scale} /> })),
          {
            id: 'pods',
            header: t(locale, 'deploy.bars.pods'),
            cell: (r) =>
              r.pods.length === 0 ? (
                <span className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'deploy.bars.noPods')}</span>
              ) : (
                <ul className="flex flex-wrap gap-1">
                  {r.pods.map((p) => (
                    <PodChip key={p.name} pod={p} href={podHref(p)} now={now} />
                  ))}
                </ul>
              ),
          },
        ]}
      />
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'deploy.bars.scale', { scale: bars.scale })}</p>
    </Section>
  );
}
