import { ConceptChip, ConceptNote } from '@/components/explain/concept-chip';
import { useNow } from '@/components/live/use-live';
import type { Locale } from '@/lib/concepts/ids';
import type { ContainerExplanation, ContainerStateView } from '@/lib/explain/containers';
import type { NamespaceExplanation } from '@/lib/explain/linux-namespaces';
import type { PodQos } from '@/lib/explain/resources';
import { t } from '@/lib/i18n/messages';
import type { PodNodeView } from '@/lib/views/pod-detail';
import { secondsUntil } from '@/lib/views/pod-time';
import { Clock, Fact, Facts, Pill, Section, type Tone } from './bits';

const STATE_TONE: Record<ContainerStateView['kind'], Tone> = { running: 'ok', waiting: 'warn', terminated: 'muted', 'not-reported': 'muted' };

function StateFacts({ state, locale, testPrefix }: { state: ContainerStateView; locale: Locale; testPrefix: string }) {
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
            {t(locale, 'pod.c.started')} <Clock iso={state.startedAt} locale={locale} />{' '}
          </>
        )}
        {state.finishedAt && (
          <>
            {t(locale, 'pod.c.finished')} <Clock iso={state.finishedAt} locale={locale} />
          </>
        )}
      </p>
      <ConceptNote id={state.conceptId} locale={locale} />
    </div>
  );
}

function Backoff({ c, locale }: { c: ContainerExplanation; locale: Locale }) {
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

function ContainerCard({ c, locale, node, namespaces }: { c: ContainerExplanation; locale: Locale; node: PodNodeView | null; namespaces: NamespaceExplanation[] }) {
  const r = c.resources;
  const pull = c.imagePullPolicy;
  // The pod's own shared namespaces; ones that are simply the node's (user, unless hostUsers: false) are listed apart.
  const shared = namespaces.filter((n) => n.sharedInPod && !n.host).map((n) => n.kind);
  const fromNode = namespaces.filter((n) => n.host).map((n) => n.kind);
  return (
    <article aria-labelledby={`container-${c.name}`} data-container={c.name} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h3 id={`container-${c.name}`} className="font-mono text-base font-semibold">
          {c.name}
        </h3>
        <Pill tone="info">{t(locale, `pod.kind.${c.kind}` as const)}</Pill>
        {c.conceptIds.map((id) => (
          <ConceptChip key={id} id={id} locale={locale} />
        ))}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="flex flex-col gap-3">
          <div>
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.state')}</h4>
            <StateFacts state={c.state} locale={locale} testPrefix="state" />
            <p className="mt-1 text-xs">
              ready: <span className="font-mono">{String(c.ready)}</span> · started: <span className="font-mono">{String(c.started)}</span>
            </p>
          </div>
          <div data-testid="last-state">
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.lastState')}</h4>
            {c.lastState ? <StateFacts state={c.lastState} locale={locale} testPrefix="last" /> : <p className="text-sm">{t(locale, 'pod.c.noLastState')}</p>}
          </div>
          <div>
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.restarts')}</h4>
            <p className="text-sm">
              <span className="font-mono font-semibold" data-testid="restart-count">
                {c.restartCount}
              </span>{' '}
              · {t(locale, 'pod.c.policy', { policy: c.restartPolicy })} ({t(locale, `pod.c.policySource.${c.restartPolicySource}` as const)}){' '}
              <ConceptChip id="restart-policy" locale={locale} />
            </p>
            {c.willRestart !== null && <p className="text-sm">{t(locale, c.willRestart ? 'pod.c.willRestart' : 'pod.c.wontRestart')}</p>}
            <Backoff c={c} locale={locale} />
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
                <span className="font-mono font-semibold">{pull.value}</span> <ConceptChip id="image-pull-policy" locale={locale} />
              </Fact>
            </Facts>
            <p className="mt-1 text-sm">
              {t(locale, `pod.pull.rule.${pull.rule}` as const, { policy: pull.defaultValue })} {t(locale, `pod.pull.source.${pull.explicitSource}` as const, { policy: pull.value })}
            </p>
          </div>
          <div>
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.resources')}</h4>
            <table className="w-full border-collapse text-sm">
              <caption className="sr-only">{t(locale, 'pod.c.resources')}</caption>
              <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="py-1 pr-2 font-medium">
                    <span className="sr-only">{t(locale, 'pod.c.resource')}</span>
                  </th>
                  <th scope="col" className="py-1 pr-2 font-medium">requests</th>
                  <th scope="col" className="py-1 pr-2 font-medium">limits</th>
                </tr>
              </thead>
              <tbody className="font-mono">
                {['cpu', 'memory'].map((name) => (
                  <tr key={name}>
                    <th scope="row" className="py-0.5 pr-2 text-left font-normal">
                      {name}
                    </th>
                    <td className="py-0.5 pr-2">{r.requests[name] ?? '—'}</td>
                    <td className="py-0.5 pr-2">{r.limits[name] ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
              {t(locale, 'pod.c.cgroup', {
                weight: r.cgroup.cpuWeight,
                cpuMax: r.cgroup.cpuMax,
                memoryMax: r.memoryLimitBytes === null ? r.cgroup.memoryMax : `${r.cgroup.memoryMax} (${mib(r.memoryLimitBytes)})`,
                oom: r.oomScoreAdj === null ? '?' : r.oomScoreAdj,
              })}{' '}
              <ConceptChip id="resources" locale={locale} /> <ConceptChip id="cgroups" locale={locale} />
            </p>
          </div>
          <div>
            <h4 className="text-sm font-semibold">{t(locale, 'pod.c.docker')}</h4>
            <table className="w-full table-fixed border-collapse text-sm [&_td]:[overflow-wrap:anywhere]" data-testid="docker-crosswalk">
              <caption className="sr-only">{t(locale, 'pod.c.docker')}</caption>
              <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
                <tr>
                  <th scope="col" className="py-1 pr-2 font-medium">Kubernetes</th>
                  <th scope="col" className="py-1 pr-2 font-medium">Docker</th>
                </tr>
              </thead>
              <tbody>
                <tr>
                  <td className="py-0.5 pr-2 font-mono text-xs">image: {c.image}</td>
                  <td className="py-0.5 pr-2 font-mono text-xs">docker run {c.image}</td>
                </tr>
                <tr>
                  <td className="py-0.5 pr-2 font-mono text-xs">containerID: {c.containerId ?? '—'}</td>
                  <td className="py-0.5 pr-2 font-mono text-xs">{shortId(c.containerId) ? `CONTAINER ID ${shortId(c.containerId)}` : t(locale, 'pod.c.noContainerYet')}</td>
                </tr>
                <tr>
                  <td className="py-0.5 pr-2 text-xs">
                    {t(locale, 'pod.c.runtime')}: <span className="font-mono">{node?.runtime ?? c.runtime ?? '—'}</span>
                    {node?.simulated && <span> ({t(locale, 'pod.c.runtimeSimulated')})</span>}
                  </td>
                  <td className="py-0.5 pr-2 text-xs">
                    {t(locale, 'pod.c.runtimeDocker')} <ConceptChip id="container-runtime" locale={locale} />
                  </td>
                </tr>
                <tr>
                  <td className="py-0.5 pr-2 text-xs">
                    {t(locale, 'pod.c.sharedNs')}: <span className="font-mono">{shared.join(', ')}</span>
                    {fromNode.length > 0 && (
                      <>
                        {' · '}
                        {t(locale, 'pod.c.nodeNs')}: <span className="font-mono">{fromNode.join(', ')}</span>
                      </>
                    )}
                  </td>
                  <td className="py-0.5 pr-2 font-mono text-xs">--network container:… --ipc container:…</td>
                </tr>
              </tbody>
            </table>
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
  locale,
}: {
  containers: ContainerExplanation[];
  qos: PodQos;
  namespaces: NamespaceExplanation[];
  node: PodNodeView | null;
  locale: Locale;
}) {
  return (
    <div className="flex flex-col gap-4">
      <Section id="containers" title={t(locale, 'pod.c.title')}>
        <p className="mb-3 text-sm" data-testid="qos">
          {t(locale, 'pod.c.qos')} <span className="font-mono font-semibold">{qos.class}</span> ({t(locale, `pod.c.qosSource.${qos.source}` as const)}) <ConceptChip id="qos-class" locale={locale} />
        </p>
        <div className="flex flex-col gap-3">
          {containers.map((c) => (
            <ContainerCard key={`${c.kind}:${c.name}`} c={c} locale={locale} node={node} namespaces={namespaces} />
          ))}
        </div>
      </Section>
      <Section id="namespaces" title={t(locale, 'pod.ns.title')} actions={<ConceptChip id="linux-namespaces" locale={locale} />}>
        <table className="w-full border-collapse text-sm">
          <caption className="sr-only">{t(locale, 'pod.ns.title')}</caption>
          <thead className="text-left text-xs text-zinc-600 dark:text-zinc-400">
            <tr>
              <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ns.kind')}</th>
              <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ns.shared')}</th>
              <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ns.host')}</th>
              <th scope="col" className="px-2 py-1 font-medium">{t(locale, 'pod.ns.field')}</th>
              <th scope="col" className="px-2 py-1 font-medium">docker run</th>
            </tr>
          </thead>
          <tbody>
            {namespaces.map((n) => (
              <tr key={n.kind} className="border-t border-zinc-200 dark:border-zinc-800">
                <th scope="row" className="px-2 py-1 text-left font-mono font-normal">
                  {n.kind}
                </th>
                <td className="px-2 py-1">{t(locale, n.sharedInPod ? 'pod.yes' : 'pod.no')}</td>
                <td className="px-2 py-1">{t(locale, n.host ? 'pod.yes' : 'pod.no')}</td>
                <td className="px-2 py-1 font-mono text-xs">{n.field ?? '—'}</td>
                <td className="px-2 py-1 font-mono text-xs">{n.dockerEquivalent ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-2 text-sm">{t(locale, 'pod.ns.note')}</p>
      </Section>
    </div>
  );
}
