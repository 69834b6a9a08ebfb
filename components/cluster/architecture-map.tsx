import Link from 'next/link';
import type { ClusterComponent, ClusterComponentId } from '@/lib/explain/cluster';
import { t } from '@/lib/i18n/messages';
import { age } from '@/lib/views/age';
import { readyzLine } from '@/lib/views/cluster-evidence';
import type { ClusterNodeBox, ClusterOverviewModel } from '@/lib/views/cluster-overview';
import { ConceptChip } from '@/components/explain/concept-chip';
import { ComponentBox } from './component-box';
import { useLocale } from '@/components/ui/page-context';

/** A label and a value; `ticking` values are ages that differ between the server's render and the browser's first one. */
function Fact({ label, children, testId, ticking = false }: { label: string; children: React.ReactNode; testId?: string; ticking?: boolean }) {
  return (
    <div className="flex flex-wrap gap-x-1 text-xs" data-testid={testId}>
      <dt className="text-zinc-600 dark:text-zinc-400">{label}</dt>
      <dd className="font-mono" suppressHydrationWarning={ticking}>
        {children}
      </dd>
    </div>
  );
}

/** An arrow between boxes, with the words that say what flows along it. */
function Connector({ label, direction }: { label: string; direction: 'horizontal' | 'vertical' | 'both' }) {
  const glyph = direction === 'vertical' ? '↕' : direction === 'both' ? '⇄' : '⇆';
  return (
    <div className="flex items-center justify-center gap-2 px-1 py-1 text-center text-xs text-zinc-600 md:flex-col dark:text-zinc-400" data-testid="connector">
      <span aria-hidden="true" className={`text-lg leading-none text-sky-700 dark:text-sky-400 ${direction === 'vertical' ? '' : 'rotate-90 md:rotate-0'}`}>
        {glyph}
      </span>
      <span className="max-w-[12rem]">{label}</span>
    </div>
  );
}

/** Who holds a controller's leader Lease and when it last renewed it. */
function LeaseFacts({ model, id, now }: { model: ClusterOverviewModel; id: 'kube-scheduler' | 'kube-controller-manager'; now: Date }) {
  const locale = useLocale();
  const lease = model.cluster.leaders?.find((l) => l.component === id);
  if (!lease?.found) return <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.noLease', { name: id })}</p>;
  return (
    <dl className="flex flex-col gap-0.5" data-testid="lease">
      <Fact label={t(locale, 'overview.leader')} testId="lease-holder">
        {lease.holder ?? '—'}
      </Fact>
      <Fact label={t(locale, 'overview.renewed')} testId="lease-renewed" ticking>
        {lease.renewTime ? t(locale, 'overview.ago', { age: age(lease.renewTime, now) }) : '—'}
        {lease.leaseDurationSeconds !== null && ` · ${t(locale, 'overview.leaseDuration', { seconds: lease.leaseDurationSeconds })}`}
      </Fact>
      {lease.leaseTransitions !== null && <Fact label={t(locale, 'overview.transitions')}>{lease.leaseTransitions}</Fact>}
      <Fact label="Lease">kube-system/{id}</Fact>
    </dl>
  );
}

function NodeCard({ node, base, now }: { node: ClusterNodeBox; base: string; now: Date }) {
  const locale = useLocale();
  const headingId = `node-${node.name}`;
  return (
    <article aria-labelledby={headingId} data-testid="node-box" data-node={node.name} className="flex min-w-0 flex-col gap-2 rounded-lg border border-zinc-300 bg-zinc-50 p-3 dark:border-zinc-700 dark:bg-zinc-900/60">
      <div className="flex flex-wrap items-center gap-2">
        <h4 id={headingId} className="font-mono text-sm font-semibold">
          <Link href={`${base}/nodes/${encodeURIComponent(node.name)}`}>{node.name}</Link>
        </h4>
        <span className="text-xs text-zinc-700 dark:text-zinc-300">{node.roles.length > 0 ? node.roles.join(',') : '<none>'}</span>
        <span className="font-mono text-xs">{node.status}</span>
        {node.simulated && (
          <span className="rounded bg-violet-100 px-1.5 py-0.5 text-xs text-violet-900 dark:bg-violet-950 dark:text-violet-200" data-testid="simulated">
            {t(locale, 'overview.simulated')}
          </span>
        )}
      </div>
      {node.taints.length > 0 && (
        <p className="flex flex-wrap items-center gap-1 text-xs">
          <span className="font-mono">{node.taints.join(', ')}</span>
          <ConceptChip id="taints-tolerations" />
        </p>
      )}
      <ul className="grid gap-2 sm:grid-cols-3">
        <li className="rounded border border-zinc-200 bg-white p-2 dark:border-zinc-700 dark:bg-zinc-950" data-testid="agent" data-agent="kubelet">
          <p className="font-mono text-xs font-semibold">kubelet</p>
          <dl className="mt-1 flex flex-col gap-0.5">
            <Fact label="Ready">
              {node.ready ?? 'Unknown'}
              {node.readyReason ? ` (${node.readyReason})` : ''}
            </Fact>
            <Fact label={t(locale, 'overview.heartbeat')} ticking>{node.heartbeatAt ? t(locale, 'overview.ago', { age: age(node.heartbeatAt, now) }) : '—'}</Fact>
            <Fact label={t(locale, 'overview.version')}>{node.kubeletVersion ?? '—'}</Fact>
          </dl>
          <div className="mt-1">
            <ConceptChip id="kubelet" />
          </div>
        </li>
        <li className="rounded border border-zinc-200 bg-white p-2 dark:border-zinc-700 dark:bg-zinc-950" data-testid="agent" data-agent="container-runtime">
          <p className="font-mono text-xs font-semibold">{t(locale, 'overview.runtime')}</p>
          <dl className="mt-1 flex flex-col gap-0.5">
            <Fact label="containerRuntimeVersion">{node.containerRuntime ?? '—'}</Fact>
            <Fact label={t(locale, 'overview.pods')}>{node.pods}</Fact>
          </dl>
          <div className="mt-1">
            <ConceptChip id="container-runtime" />
          </div>
        </li>
        <li className="rounded border border-zinc-200 bg-white p-2 dark:border-zinc-700 dark:bg-zinc-950" data-testid="agent" data-agent="kube-proxy">
          <p className="font-mono text-xs font-semibold">kube-proxy</p>
          <p className="mt-1 text-xs">
            {node.kubeProxy ? (
              <span className="font-mono">
                {node.kubeProxy.name} · {node.kubeProxy.ready ? 'Ready' : 'NotReady'}
              </span>
            ) : (
              t(locale, 'overview.noKubeProxyOnNode')
            )}
          </p>
          <div className="mt-1">
            <ConceptChip id="kube-proxy" />
          </div>
        </li>
      </ul>
    </article>
  );
}

/** What an absent or unobservable component means, said plainly. */
function Silence({ component }: { component: ClusterComponent }) {
  const locale = useLocale();
  if (component.health === 'absent') return <p className="text-xs text-zinc-700 dark:text-zinc-300" data-testid="absent-note">{t(locale, `overview.absent.${component.id}`)}</p>;
  if (component.health === 'unknown') return <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.unknown')}</p>;
  return null;
}

/**
 * The cluster drawn as the docs draw it: the control plane (scheduler and
 * controller manager talk only to the apiserver, which alone talks to etcd),
 * the nodes with their agents, and the add-ons — each box with its live evidence.
 */
export function ArchitectureMap({ model, base, now }: { model: ClusterOverviewModel; base: string; now: Date }) {
  const locale = useLocale();
  const byId = new Map(model.cluster.components.map((c) => [c.id, c]));
  const comp = (id: ClusterComponentId) => byId.get(id) as ClusterComponent;
  const readyz = model.cluster.readyz;
  const etcdLines = readyz?.checks.filter((c) => c.name === 'etcd' || c.name.startsWith('etcd-')) ?? [];
  const controlPlaneNodes = model.nodes.filter((n) => n.roles.includes('control-plane') || n.roles.includes('master'));
  const hasStaticPods = ['kube-apiserver', 'etcd', 'kube-scheduler', 'kube-controller-manager'].some((id) => comp(id as ClusterComponentId).pods.length > 0);
  const simulated = model.nodes.some((n) => n.simulated);
  const passed = readyz?.checks.filter((c) => c.ok).length ?? 0;

  return (
    <div className="flex flex-col gap-2" data-testid="architecture-map">
      <section aria-labelledby="control-plane-title" className="rounded-xl border-2 border-dashed border-sky-300 p-3 dark:border-sky-800" data-testid="control-plane">
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <h3 id="control-plane-title" className="font-semibold">
            {t(locale, 'overview.controlPlane')}
          </h3>
          <ConceptChip id="control-plane" />
          {controlPlaneNodes.length > 0 && (
            <span className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.controlPlaneNodes', { nodes: controlPlaneNodes.map((n) => n.name).join(', ') })}</span>
          )}
        </div>
        {!hasStaticPods && <p className="mb-2 text-xs text-zinc-700 dark:text-zinc-300" data-testid="no-static-pods">{t(locale, 'overview.noStaticPods')}</p>}
        <div className="grid items-stretch gap-2 md:grid-cols-[minmax(0,1fr)_auto_minmax(0,1.3fr)_auto_minmax(0,1fr)]">
          <div className="flex flex-col gap-2">
            <ComponentBox component={comp('kube-scheduler')} evidence={model.evidence['kube-scheduler']}>
              <LeaseFacts model={model} id="kube-scheduler" now={now} />
              <Silence component={comp('kube-scheduler')} />
            </ComponentBox>
            <ComponentBox component={comp('kube-controller-manager')} evidence={model.evidence['kube-controller-manager']}>
              <LeaseFacts model={model} id="kube-controller-manager" now={now} />
              <Silence component={comp('kube-controller-manager')} />
            </ComponentBox>
          </div>
          <Connector direction="horizontal" label={t(locale, 'overview.flow.controllers')} />
          <ComponentBox component={comp('kube-apiserver')} evidence={model.evidence['kube-apiserver']}>
            <dl className="flex flex-col gap-0.5">
              <Fact label={t(locale, 'overview.version')} testId="apiserver-version">
                {model.cluster.version ? `${model.cluster.version.gitVersion} · ${model.cluster.version.platform}` : '—'}
              </Fact>
              <Fact label="/readyz" testId="readyz-summary">
                {readyz ? t(locale, 'overview.readyzSummary', { passed, total: readyz.checks.length, status: readyz.status }) : t(locale, 'overview.readyzUnknown')}
              </Fact>
              {model.apiservers.map((a) => (
                <Fact key={a.name} label={t(locale, 'overview.identityLease')} ticking>
                  {a.name} · {a.renewTime ? t(locale, 'overview.ago', { age: age(a.renewTime, now) }) : '—'}
                </Fact>
              ))}
            </dl>
            {readyz && readyz.failed.length > 0 && (
              <ul className="font-mono text-xs text-red-800 dark:text-red-300">
                {readyz.checks
                  .filter((c) => !c.ok)
                  .map((c) => (
                    <li key={c.name}>{readyzLine(c)}</li>
                  ))}
              </ul>
            )}
            {readyz && readyz.checks.length > 0 && (
              <details className="text-xs">
                <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.readyzAll')}</summary>
                <pre className="mt-1 max-h-64 overflow-auto rounded bg-zinc-100 p-2 text-[11px] leading-snug dark:bg-zinc-950" data-testid="readyz-lines">
                  {readyz.checks.map(readyzLine).join('\n')}
                </pre>
              </details>
            )}
            <Silence component={comp('kube-apiserver')} />
          </ComponentBox>
          <Connector direction="both" label={t(locale, 'overview.flow.etcd')} />
          <ComponentBox component={comp('etcd')} evidence={model.evidence.etcd}>
            {etcdLines.length > 0 && (
              <ul className="font-mono text-xs" data-testid="etcd-readyz">
                {etcdLines.map((c) => (
                  <li key={c.name} className={c.ok ? '' : 'text-red-800 dark:text-red-300'}>
                    {readyzLine(c)}
                  </li>
                ))}
              </ul>
            )}
            <Silence component={comp('etcd')} />
          </ComponentBox>
        </div>
      </section>

      <Connector direction="vertical" label={t(locale, 'overview.flow.nodes')} />

      <section aria-labelledby="nodes-title" className="rounded-xl border-2 border-dashed border-zinc-300 p-3 dark:border-zinc-700" data-testid="nodes">
        <div className="mb-2 flex flex-wrap items-center gap-2">
          <h3 id="nodes-title" className="font-semibold">
            {t(locale, 'overview.nodes', { count: model.nodes.length })}
          </h3>
          <ConceptChip id="node" />
          <HealthLine component={comp('kubelet')} label="kubelet" />
          <HealthLine component={comp('container-runtime')} label={t(locale, 'overview.runtime')} />
        </div>
        {simulated && <p className="mb-2 text-xs text-zinc-700 dark:text-zinc-300" data-testid="simulated-note">{t(locale, 'overview.simulatedNote')}</p>}
        {model.nodes.length === 0 ? (
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.absent.kubelet')}</p>
        ) : (
          <div className="grid gap-2 lg:grid-cols-2 2xl:grid-cols-3">
            {model.nodes.map((n) => (
              <NodeCard key={n.name} node={n} base={base} now={now} />
            ))}
          </div>
        )}
      </section>

      <section aria-labelledby="addons-title" className="rounded-xl border-2 border-dashed border-zinc-300 p-3 dark:border-zinc-700" data-testid="addons">
        <h3 id="addons-title" className="mb-2 font-semibold">
          {t(locale, 'overview.addons')}
        </h3>
        <div className="grid gap-2 md:grid-cols-2">
          {(['kube-proxy', 'coredns'] as const).map((id) => (
            <ComponentBox key={id} component={comp(id)} evidence={model.evidence[id]} title={id === 'coredns' ? 'CoreDNS' : id}>
              <Silence component={comp(id)} />
            </ComponentBox>
          ))}
        </div>
      </section>
    </div>
  );
}

function HealthLine({ component, label }: { component: ClusterComponent; label: string }) {
  const locale = useLocale();
  return (
    <span className="text-xs text-zinc-700 dark:text-zinc-300" data-testid="agent-health" data-component={component.id} data-health={component.health}>
      {label}: {t(locale, `overview.health.${component.health}`)}
      {component.params.totalNodes !== undefined && ` (${component.params.readyNodes}/${component.params.totalNodes})`}
    </span>
  );
}
