import { ConceptChip } from '@/components/explain/concept-chip';
import { useLocale } from '@/components/ui/page-context';
import type { ContainerExplanation } from '@/lib/explain/containers';
import type { ProbeExplanation, ProbeHandler, ProbeTiming } from '@/lib/explain/probes';
import { t } from '@/lib/i18n/messages';
import { probeVerdict, type ProbeVerdict } from '@/lib/views/pod-probe-view';
import { Clock, Fact, Facts, Pill, Section, type Tone } from './bits';

const VERDICT_TONE: Record<ProbeVerdict, Tone> = { none: 'muted', idle: 'muted', gated: 'info', checking: 'info', failing: 'bad', passing: 'ok' };

function handlerText(h: ProbeHandler | null): string {
  if (!h) return '—';
  switch (h.type) {
    case 'exec':
      return `exec: ${h.command.join(' ')}`;
    case 'httpGet':
      return `httpGet ${h.scheme.toLowerCase()}://${h.host ?? '<pod IP>'}:${h.port}${h.path}`;
    case 'tcpSocket':
      return `tcpSocket ${h.host ?? '<pod IP>'}:${h.port}`;
    case 'grpc':
      return `grpc :${h.port}${h.service ? ` service=${h.service}` : ''}`;
    default:
      return '?';
  }
}

const TIMING_KEYS: (keyof ProbeTiming)[] = ['initialDelaySeconds', 'periodSeconds', 'timeoutSeconds', 'successThreshold', 'failureThreshold'];

function ProbeCard({ p, c }: { p: ProbeExplanation; c: ContainerExplanation }) {
  const locale = useLocale();
  const verdict = probeVerdict(p, c);
  const ev = p.evidence;
  return (
    <article aria-labelledby={`probe-${c.name}-${p.kind}`} data-testid={`probe-${p.kind}`} data-container={c.name} data-verdict={verdict} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
      <div className="mb-2 flex flex-wrap items-center gap-2">
        <h4 id={`probe-${c.name}-${p.kind}`} className="font-semibold">
          {t(locale, `pod.probe.kind.${p.kind}` as const)}
        </h4>
        <Pill tone={VERDICT_TONE[verdict]} testId="probe-verdict">
          {t(locale, `pod.probe.verdict.${verdict}` as const)}
        </Pill>
        <ConceptChip id={p.conceptId} />
      </div>
      {!p.configured ? (
        <p className="text-sm">{t(locale, 'pod.probe.notConfigured')}</p>
      ) : (
        <Facts>
          <Fact term={t(locale, 'pod.probe.handler')}>
            <span className="font-mono">{handlerText(p.handler)}</span>
            {p.successCriterion && <span> — {t(locale, `pod.probe.success.${p.successCriterion}` as const)}</span>}
          </Fact>
          <Fact term={t(locale, 'pod.probe.timing')}>
            <span className="font-mono text-xs">
              {TIMING_KEYS.map((k) => (
                <span key={k} className="mr-3 inline-block">
                  {k}={p.timing?.[k]}
                  {p.defaulted.includes(k) && <span className="text-zinc-700 dark:text-zinc-300"> ({t(locale, 'pod.probe.default')})</span>}
                </span>
              ))}
            </span>
          </Fact>
          {p.secondsUntilAction !== null && (
            <Fact term={t(locale, 'pod.probe.actsAfter')}>
              {t(locale, 'pod.probe.actsAfterValue', {
                seconds: p.secondsUntilAction,
                delay: p.timing?.initialDelaySeconds ?? 0,
                threshold: p.timing?.failureThreshold ?? 3,
                period: p.timing?.periodSeconds ?? 10,
              })}
            </Fact>
          )}
        </Facts>
      )}
      <p className="mt-2 text-sm">
        <span className="font-semibold">{t(locale, 'pod.probe.onFailure')}</span> {t(locale, `pod.probe.action.${p.onFailure}` as const)}
        {p.gatedByStartup && <> {t(locale, 'pod.probe.gated')}</>}
      </p>
      {p.configured && (
        <div className="mt-2 text-sm" data-testid="probe-evidence">
          <h5 className="font-semibold">{t(locale, 'pod.probe.evidence')}</h5>
          <ul className="list-disc pl-5">
            {ev.flag !== null && (
              <li>
                {p.kind === 'readiness' ? 'ready' : 'started'}: <span className="font-mono font-semibold">{String(ev.flag)}</span>
              </li>
            )}
            <li data-testid="probe-failures">{t(locale, 'pod.probe.failures', { count: ev.failures })}</li>
            {ev.lastFailureMessage && (
              <li>
                {t(locale, 'pod.probe.lastFailure')} <Clock iso={ev.lastFailureAt} />:{' '}
                <span className="font-mono text-xs" data-testid="probe-last-failure">
                  {ev.lastFailureMessage}
                </span>
              </li>
            )}
            {ev.restartsCaused > 0 && <li>{t(locale, 'pod.probe.restartsCaused', { count: ev.restartsCaused })}</li>}
          </ul>
        </div>
      )}
    </article>
  );
}

/** Liveness, readiness and startup probes of each container: handler, timing with defaults, how long until a failure acts, the live evidence and what a failure does. */
export function ProbesPanel({ containers, attributedEvents }: { containers: ContainerExplanation[]; attributedEvents: number }) {
  const locale = useLocale();
  const probed = containers.filter((c) => c.kind !== 'init');
  return (
    <Section id="probes" title={t(locale, 'pod.probe.title')}>
      <p className="mb-3 text-sm">{t(locale, 'pod.probe.intro')}</p>
      {attributedEvents > 0 && (
        <p className="mb-3 text-xs text-zinc-700 dark:text-zinc-300" data-testid="attributed-note">
          {t(locale, 'pod.probe.attributed', { count: attributedEvents })}
        </p>
      )}
      {probed.length === 0 ? (
        <p className="text-sm">{t(locale, 'pod.probe.noContainers')}</p>
      ) : (
        probed.map((c) => (
          <div key={c.name} className="mb-4">
            <h3 className="mb-2 font-mono font-semibold">{c.name}</h3>
            <div className="grid gap-3 lg:grid-cols-3">
              {c.probes.map((p) => (
                <ProbeCard key={p.kind} p={p} c={c} />
              ))}
            </div>
          </div>
        ))
      )}
    </Section>
  );
}
