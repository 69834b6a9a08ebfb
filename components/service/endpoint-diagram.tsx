import Link from 'next/link';
import { t } from '@/lib/i18n/messages';
import type { ServiceExplanation } from '@/lib/explain/service';
import { serviceDiagram, type DiagramEndpoint, type EndpointState } from '@/lib/views/service-diagram';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useLocale } from '@/components/ui/page-context';

const STATE_STYLE: Record<EndpointState, string> = {
  ready: 'border-emerald-400 bg-emerald-50 dark:border-emerald-700 dark:bg-emerald-950/60',
  terminating: 'border-amber-400 bg-amber-50 dark:border-amber-700 dark:bg-amber-950/60',
  'not-ready': 'border-red-400 bg-red-50 dark:border-red-700 dark:bg-red-950/60',
};

const STATE_LABEL = { ready: 'svc.diagram.state.ready', terminating: 'svc.diagram.state.terminating', 'not-ready': 'svc.diagram.state.notReady' } as const;

const BOX = 'rounded-lg border-2 px-3 py-2 text-sm';

/** A connector between two boxes; decorative, the nesting of the lists carries the structure. */
function Arrow() {
  return (
    <span aria-hidden="true" className="flex shrink-0 items-center self-center text-zinc-500 dark:text-zinc-400">
      <span className="block h-0.5 w-6 bg-zinc-400 dark:bg-zinc-500" />
      <span className="-ml-1 text-xs">▶</span>
    </span>
  );
}

function Condition({ name, value }: { name: 'ready' | 'serving' | 'terminating'; value: boolean }) {
  const locale = useLocale();
  return (
    <span className="inline-flex items-center gap-1 font-mono text-xs" data-condition={name} data-value={String(value)}>
      <span aria-hidden="true" className={value ? 'text-emerald-700 dark:text-emerald-400' : 'text-zinc-500 dark:text-zinc-400'}>
        {value ? '✓' : '✗'}
      </span>
      {name}
      <span className="sr-only">{value ? t(locale, 'svc.true') : t(locale, 'svc.false')}</span>
    </span>
  );
}

function Endpoint({ e, base }: { e: DiagramEndpoint; base: string }) {
  const locale = useLocale();
  return (
    <li data-testid="endpoint" data-pod={e.pod?.name ?? ''} data-state={e.state} className={`${BOX} min-w-56 ${STATE_STYLE[e.state]}`}>
      <div className="flex flex-wrap items-center justify-between gap-2">
        {e.pod ? (
          <Link href={`${base}/pods/${encodeURIComponent(e.pod.namespace)}/${encodeURIComponent(e.pod.name)}`} className="break-all font-mono font-medium" data-testid="endpoint-pod">
            {e.pod.name}
          </Link>
        ) : (
          <span className="font-mono">{t(locale, 'svc.diagram.noTarget')}</span>
        )}
        <span className="text-xs font-semibold" data-testid="endpoint-state">
          {t(locale, STATE_LABEL[e.state])}
        </span>
      </div>
      <div className="mt-1 font-mono text-xs text-zinc-700 dark:text-zinc-300">
        {e.addresses.join(', ')}
        {e.nodeName && <> · {e.nodeName}</>}
      </div>
      <div className="mt-1 flex flex-wrap gap-3">
        <Condition name="ready" value={e.ready} />
        <Condition name="serving" value={e.serving} />
        <Condition name="terminating" value={e.terminating} />
      </div>
      {e.unknownConditions.length > 0 && <p className="mt-1 text-xs">{t(locale, 'svc.diagram.unsetConditions', { names: e.unknownConditions.join(', ') })}</p>}
    </li>
  );
}

/** Service → EndpointSlices → endpoints (pods), as nested lists drawn as boxes with connectors. */
export function EndpointDiagram({ x, base }: { x: ServiceExplanation; base: string }) {
  const locale = useLocale();
  const d = serviceDiagram(x);
  return (
    <section aria-labelledby="diagram-title" className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <h2 id="diagram-title" className="text-lg font-semibold">
          {t(locale, 'svc.diagram.title')}
        </h2>
        <ConceptChip id="endpointslice" />
        <ConceptChip id="kube-proxy" />
      </div>
      <p className="text-sm text-zinc-700 dark:text-zinc-300" data-testid="diagram-counts">
        {t(locale, 'svc.diagram.counts', { ready: d.counts.ready, notReady: d.counts.notReady, terminating: d.counts.terminating })}
      </p>
      <div className="flex flex-col gap-3 overflow-x-auto pb-2 md:flex-row md:items-start" data-testid="diagram">
        <div className={`${BOX} shrink-0 self-start border-sky-400 bg-sky-50 dark:border-sky-700 dark:bg-sky-950/60`}>
          <div className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Service</div>
          <div className="font-mono font-medium">{x.name}</div>
          <div className="font-mono text-xs">{x.columns.clusterIP}</div>
        </div>
        <Arrow />
        {d.slices.length === 0 ? (
          <p className="self-center text-sm text-zinc-700 dark:text-zinc-300" data-testid="diagram-empty">
            {x.endpointsFrom === 'none' ? t(locale, 'svc.diagram.externalName') : x.endpointsFrom === 'manual' ? t(locale, 'svc.diagram.manual') : t(locale, 'svc.diagram.noSlices')}
          </p>
        ) : (
          <ol className="flex flex-col gap-3" aria-label={t(locale, 'svc.diagram.slices')}>
            {d.slices.map((s) => (
              <li key={s.name} className="flex flex-col gap-3 md:flex-row md:items-start" data-testid="slice" data-slice={s.name}>
                <div className={`${BOX} shrink-0 self-start border-violet-400 bg-violet-50 dark:border-violet-700 dark:bg-violet-950/60`}>
                  <div className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">EndpointSlice</div>
                  <div className="font-mono font-medium">{s.name}</div>
                  <div className="font-mono text-xs">
                    {s.addressType}
                    {s.ports.length > 0 && <> · {s.ports.join(', ')}</>}
                  </div>
                  {s.managedBy && <div className="font-mono text-xs text-zinc-600 dark:text-zinc-400">{s.managedBy}</div>}
                </div>
                <Arrow />
                {s.endpoints.length === 0 ? (
                  <p className="self-center text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'svc.diagram.emptySlice')}</p>
                ) : (
                  <ul className="flex flex-col gap-2" aria-label={t(locale, 'svc.diagram.endpointsOf', { slice: s.name })}>
                    {s.endpoints.map((e) => (
                      <Endpoint key={e.key} e={e} base={base} />
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
