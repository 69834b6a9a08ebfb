import type { ReactNode } from 'react';
import { ConceptChip, ConceptNote } from '@/components/explain/concept-chip';
import { useNow } from '@/components/live/use-live';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import type { ContainerExplanation, ContainerStateView } from '@/lib/explain/containers';
import type { NamespaceExplanation } from '@/lib/explain/linux-namespaces';
import type { PodQos } from '@/lib/explain/resources';
import { t } from '@/lib/i18n/messages';
import type { PodNodeView } from '@/lib/views/pod-detail';
import { secondsUntil } from '@/lib/views/pod-time';
import { Clock, Fact, Facts, Pill, Section, type Tone } from './bits';

const STATE_TONE: Record<ContainerStateView['kind'], Tone> = { running: 'ok', waiting: 'warn', terminated: 'muted', 'not-reported': 'muted' };

function StateFacts({ state, testPrefix }: { state: ContainerStateView; testPrefix: string }) {
  const locale = useLocale();
  const tone: Tone = state.kind === 'terminated' && state.exitCode !== 0 ? 'bad' : state.reason === 'CrashLoopBackOff' ? 'bad' : STATE_TONE[state.kind];
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-center gap-2">
        <Pill tone={tone} testId={`${testPrefix}-kind`}>
          {state.kind}
        </Pill>
        {state.reason && (
          <span className="font-mono text-sm font-semibold" data-testid={`${testPrefix}-reason`}>
            {state.reason}
          </span>
        )}
        {state.exitCode !== null && (
          <span className="text-sm">
            {t(locale, 'pod.c.exitCode')} <span className="font-mono font-semibold" data-testid={`${testPrefix}-exit-code`}>{state.exitCode}</span>
          </span>
        )}
        {state.signal !== null && state.signal !== 0 && (
          <span className="text-sm">
            {t(locale, 'pod.c.signal')} <span className="font-mono">{state.signal}</span>
          </span>
        )}
      </div>
      {state.message && <p className="break-words font-mono text-xs">{state.message}</p>}
      <p className="text-xs text-zinc-700 dark:text-zinc-300">
        {state.startedAt && (
          <>
            {t(locale, 'pod.c.started')} <Clock iso={state.startedAt} />{' '}
          </>
        )}
        {state.finishedAt && (
          <>
            {t(locale, 'pod.c.finished')} <Clock iso={state.finishedAt} />
          </>
        )}
      </p>
      <ConceptNote id={state.conceptId} />
    </div>
  );
}

function Backoff({ c }: { c: ContainerExplanation }) {
  const locale = useLocale();
  const now = useNow(1000);
  const b = c.backoff;
  if (!b) return null;
  const left = secondsUntil(b.nextRestartAt, now);
  return (
    <p className="text-sm" data-testid="backoff">
      {t(locale, 'pod.c.backoff', { seconds: b.delaySeconds })} ({t(locale, `pod.c.backoffSource.${b.source}` as const)}
      {b.capped ? `, ${t(locale, 'pod.c.backoffCapped')}` : ''}){' '}
      {left !== null && left > 0 && <span suppressHydrationWarning>{t(locale, 'pod.c.nextRestart', { seconds: left })}</span>}
    </p>
  );
}

function shortId(id: string | null): string | null {
  if (!id) return null;
  const raw = id.replace(/^[a-z0-9-]+:\/\//, '');
  return raw.slice(0, 12) || null;
}

function mib(bytes: number | null): string {
  if (bytes === null) return '—';
  return bytes % 1048576 === 0 ? `${bytes / 1048576}Mi` : `${bytes} B`;
}

function ContainerCard({ c, node, namespaces }: { c: ContainerExplanation; node: PodNodeView | null; namespaces: NamespaceExplanation[] }) {
  const locale = useLocale();
  const r = c.resources;
  const pull = c.imagePullPolicy;
  // The pod's own shared namespaces; ones that are simply the node's (user, unless hostUsers: false) are listed apart.
  const shared = namespaces.filter((n) => n.sharedInPod && !n.host).map((n) => n.kind);
  const fromNode = namespaces.filter((n) => n.host).map((n) => n.kind);
  const id = shortId(c.containerId);
  const crosswalk: { kubernetes: ReactNode; docker: ReactNode }[] = [
    { kubernetes: <span className="font-mono">image: {c.image}</span>, docker: <span className="font-mono">docker run {c.image}</span> },
    { kubernetes: <span className="font-mono">containerID: {c.containerId ?? '—'}</span>, docker: <span className="font-mono">{id ? `CONTAINER ID ${id}` : t(locale, 'pod.c.noContainerYet')}</span> },
    {
      kubernetes: (
        <>
          {t(locale, 'pod.c.runtime')}: <span className="font-mono">{node?.runtime ?? c.runtime ?? '—'}</span>
          {node?.simulated && <span> ({t(locale, 'pod.c.runtimeSimulated')})</span>}
        </>
      ),
      docker: (
        <>
          {t(locale, 'pod.c.runtimeDocker')} <ConceptChip id="container-runtime" />
        </>
      ),
    },
    {
      kubernetes: (
        <>
          {t(locale, 'pod.c.sharedNs')}: <span className="font-mono">{shared.join(', ')}</span>
          {fromNode.length > 0 && (
            <>
              {' · '}
              {t(locale, 'pod.c.nodeNs')}: <span className="font-mono">{fromNode.join(', ')}</span>
            </>
          )}
        </>
      ),
      docker: <span className="font-mono">--network container:… --ipc container:…</span>,
    },
  ];
  return (
    <article aria-labelledby={`container-${c.name}`} data-container={c.name} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h3 id={`container-${c.name}`} className="font-mono text-base font-semibold">
          {c.name}
        </h3>
        <Pill tone="info">{t(locale, `pod.kind.${c.kind}` as const)}</Pill>
        {c.conceptIds.map((id) => (
          <ConceptChip key={id} id={id} />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-3">
          <div>
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.state')}</h4>
            <StateFacts state={c.state} testPrefix="state" />
            <p className="mt-1 text-xs">
              ready: <span className="font-mono">{String(c.ready)}</span> · started: <span className="font-mono">{String(c.started)}</span>
            </p>
          </div>
          <div data-testid="last-state">
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.lastState')}</h4>
            {c.lastState ? <StateFacts state={c.lastState} testPrefix="last" /> : <p className="text-sm">{t(locale, 'pod.c.noLastState')}</p>}
          </div>
          <div>
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.restarts')}</h4>
            <p className="text-sm">
              <span className="font-mono font-semibold" data-testid="restart-count">
                {c.restartCount}
              </span>{' '}
              · {t(locale, 'pod.c.policy', { policy: c.restartPolicy })} ({t(locale, `pod.c.policySource.${c.restartPolicySource}` as const)}){' '}
              <ConceptChip id="restart-policy" />
            </p>
            {c.willRestart !== null && <p className="text-sm">{t(locale, c.willRestart ? 'pod.c.willRestart' : 'pod.c.wontRestart')}</p>}
            <Backoff c={c} />
          </div>
        </div>
        <div className="flex flex-col gap-3">
          <div>
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.image')}</h4>
            <Facts>
              <Fact term="image">
                <span className="font-mono">{c.image}</span>
              </Fact>
              {c.imageId && (
                <Fact term="imageID">
                  <span className="font-mono text-xs">{c.imageId}</span>
                </Fact>
              )}
              <Fact term="imagePullPolicy">
                <span className="font-mono font-semibold">{pull.value}</span> <ConceptChip id="image-pull-policy" />
              </Fact>
            </Facts>
            <p className="mt-1 text-sm">
              {t(locale, `pod.pull.rule.${pull.rule}` as const, { policy: pull.defaultValue })} {t(locale, `pod.pull.source.${pull.explicitSource}` as const, { policy: pull.value })}
            </p>
          </div>
          <div>
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.resources')}</h4>
            <DataTable
              caption={t(locale, 'pod.c.resources')}
              density="compact"
              rows={['cpu', 'memory']}
              rowKey={(name) => name}
              columns={[
                { id: 'resource', header: <span className="sr-only">{t(locale, 'pod.c.resource')}</span>, rowHeader: true, className: 'font-mono', cell: (name) => name },
                { id: 'requests', header: 'requests', className: 'font-mono', cell: (name) => r.requests[name] ?? '—' },
                { id: 'limits', header: 'limits', className: 'font-mono', cell: (name) => r.limits[name] ?? '—' },
              ]}
            />
            <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
              {t(locale, 'pod.c.cgroup', {
                weight: r.cgroup.cpuWeight,
                cpuMax: r.cgroup.cpuMax,
                memoryMax: r.memoryLimitBytes === null ? r.cgroup.memoryMax : `${r.cgroup.memoryMax} (${mib(r.memoryLimitBytes)})`,
                oom: r.oomScoreAdj === null ? '?' : r.oomScoreAdj,
              })}{' '}
              <ConceptChip id="resources" /> <ConceptChip id="cgroups" />
            </p>
          </div>
          <div>
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.docker')}</h4>
            <DataTable
              caption={t(locale, 'pod.c.docker')}
              testId="docker-crosswalk"
              density="compact"
              fixed
              rows={crosswalk}
              rowKey={(_row, i) => String(i)}
              columns={[
                { id: 'kubernetes', header: 'Kubernetes', className: 'text-xs', cell: (row) => row.kubernetes },
                { id: 'docker', header: 'Docker', className: 'text-xs', cell: (row) => row.docker },
              ]}
            />
          </div>
          {(c.ports.length > 0 || c.hooks.postStart || c.hooks.preStop || c.hooks.stopSignal) && (
            <Facts>
              {c.ports.length > 0 && (
                <Fact term={t(locale, 'pod.c.ports')}>
                  <span className="font-mono">{c.ports.map((p) => `${p.name ? `${p.name}:` : ''}${p.containerPort}/${p.protocol}`).join(', ')}</span>
                </Fact>
              )}
              {c.hooks.postStart && <Fact term="postStart">{c.hooks.postStart}</Fact>}
              {c.hooks.preStop && <Fact term="preStop">{c.hooks.preStop}</Fact>}
              {c.hooks.stopSignal && <Fact term="stopSignal">{c.hooks.stopSignal}</Fact>}
            </Facts>
          )}
        </div>
      </div>
    </article>
  );
}

/** Every container (init, sidecar, app): state and reason explained, last termination, restarts and back-off, image and pull policy, resources, the Docker crosswalk. */
export function ContainersPanel({
  containers,
  qos,
  namespaces,
  node,
}: {
  containers: ContainerExplanation[];
  qos: PodQos;
  namespaces: NamespaceExplanation[];
  node: PodNodeView | null;
}) {
  const locale = useLocale();
  return (
    <div className="flex flex-col gap-4">
      <Section id="containers" title={t(locale, 'pod.c.title')}>
        <p className="mb-3 text-sm" data-testid="qos">
          {t(locale, 'pod.c.qos')} <span className="font-mono font-semibold">{qos.class}</span> ({t(locale, `pod.c.qosSource.${qos.source}` as const)}) <ConceptChip id="qos-class" />
        </p>
        <div className="flex flex-col gap-3">
          {containers.map((c) => (
            <ContainerCard key={`${c.kind}:${c.name}`} c={c} node={node} namespaces={namespaces} />
          ))}
        </div>
      </Section>
      <Section id="namespaces" title={t(locale, 'pod.ns.title')} actions={<ConceptChip id="linux-namespaces" />}>
        <DataTable
          caption={t(locale, 'pod.ns.title')}
          density="compact"
          rows={namespaces}
          rowKey={(n) => n.kind}
          columns={[
            { id: 'kind', header: t(locale, 'pod.ns.kind'), rowHeader: true, className: 'font-mono', cell: (n) => n.kind },
            { id: 'shared', header: t(locale, 'pod.ns.shared'), cell: (n) => t(locale, n.sharedInPod ? 'pod.yes' : 'pod.no') },
            { id: 'host', header: t(locale, 'pod.ns.host'), cell: (n) => t(locale, n.host ? 'pod.yes' : 'pod.no') },
            { id: 'field', header: t(locale, 'pod.ns.field'), className: 'font-mono text-xs', cell: (n) => n.field ?? '—' },
            { id: 'docker', header: 'docker run', className: 'font-mono text-xs', cell: (n) => n.dockerEquivalent ?? '—' },
          ]}
        />
        <p className="mt-2 text-sm">{t(locale, 'pod.ns.note')}</p>
      </Section>
    </div>
  );
}
