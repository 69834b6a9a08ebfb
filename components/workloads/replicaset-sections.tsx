import Link from 'next/link';
import type { PodRow, ReplicaSetDetailModel, Replacement } from '@/lib/contract';
import type { Locale } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import { restartsText } from '@/lib/explain/pod-columns';
import { age } from '@/lib/views/age';
import { ConceptChip } from '@/components/explain/concept-chip';
import { StatusBadge } from '@/components/pods/status-badge';
import { Clock, Fact, Facts, Pill, Section } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';

type Found = Extract<ReplicaSetDetailModel, { found: true }>;

interface Props {
  model: Found;
  locale: Locale;
  now: Date;
  /** `/<context>` */
  base: string;
}

function ago(locale: Locale, iso: string | null, now: Date): string {
  return t(locale, 'time.ago', { d: iso ? age(iso, now) : '?' });
}

const podHref = (base: string, namespace: string, name: string) => `${base}/pods/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;

/** The selector the ReplicaSet counts pods with, and the pod-template-hash its Deployment added to it. */
export function SelectorSection({ model, locale }: Props) {
  const x = model.explanation;
  return (
    <Section id="selector" title={t(locale, 'rs.selector.title')} actions={<><ConceptChip id="label-selector" /> <ConceptChip id="pod-template-hash" /></>}>
      <Facts testId="rs-selector">
        <Fact term={t(locale, 'rs.selector.selector')}>
          <span className="break-all font-mono" data-testid="rs-selector-text">
            {x.selector.text || '<none>'}
          </span>
        </Fact>
        <Fact term={t(locale, 'rs.selector.hash')}>
          <span className="font-mono" data-testid="rs-hash">
            {x.podTemplateHash ?? '—'}
          </span>
        </Fact>
      </Facts>
      <p className="mt-2 text-sm text-zinc-700 dark:text-zinc-300">
        {x.selector.error ? t(locale, 'rs.selector.invalid', { error: x.selector.error }) : x.podTemplateHash ? t(locale, 'rs.selector.hashBody', { hash: x.podTemplateHash }) : t(locale, 'rs.selector.noHash')}
      </p>
    </Section>
  );
}

/** Desired against the pods it counts, and what it does about the difference (manageReplicas). */
export function CountsSection({ model, locale }: Props) {
  const x = model.explanation;
  const params = { active: x.activePods, desired: x.desired, count: x.action.count };
  const tone = x.action.kind === 'none' ? 'ok' : 'info';
  return (
    <Section id="counts" title={t(locale, 'rs.counts.title')} actions={<ConceptChip id="replicaset" />}>
      <Facts testId="rs-counts">
        <Fact term={t(locale, 'rs.counts.desired')} testId="rs-desired">
          <span className="font-mono">{x.desired}</span>
        </Fact>
        <Fact term={t(locale, 'rs.counts.active')} testId="rs-active">
          <span className="font-mono">{x.activePods}</span>
        </Fact>
      </Facts>
      <p className="mt-2 text-sm" data-testid="rs-action" data-action={x.action.kind}>
        <Pill tone={tone}>{x.action.kind === 'none' ? '=' : x.action.kind === 'create' ? `+${x.action.count}` : `−${x.action.count}`}</Pill>{' '}
        {t(locale, `rs.action.${x.action.kind}`, params)}
      </p>
      <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'rs.action.rule')}</p>
      <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">
        {t(locale, 'rs.counts.reported', { current: x.current, ready: x.ready, available: x.available })}
        {x.minReadySeconds > 0 && <> {t(locale, 'rs.counts.minReady', { seconds: x.minReadySeconds })}</>}
      </p>
      {!x.observed && <p className="mt-1 text-sm text-amber-900 dark:text-amber-200">{t(locale, 'rs.notObserved')}</p>}
      {x.replicaFailure && (
        <p className="mt-1 text-sm text-red-800 dark:text-red-300" data-testid="rs-failure">
          {t(locale, 'rs.failure', { reason: x.replicaFailure.reason ?? '', message: x.replicaFailure.message ?? '' })}
        </p>
      )}
    </Section>
  );
}

/** The Deployment (or other controller) that sets this ReplicaSet's replicas, linked to its page. */
export function OwnerSection({ model, locale, base }: Props) {
  const x = model.explanation;
  const owner = x.owner;
  return (
    <Section id="owner" title={t(locale, 'rs.owner.title')} actions={<ConceptChip id="owner-references" />}>
      {!owner ? (
        <p className="text-sm">{t(locale, 'rs.owner.none')}</p>
      ) : owner.kind === 'Deployment' ? (
        <div className="flex flex-col gap-1 text-sm">
          <p>
            <span className="text-zinc-700 dark:text-zinc-300">Deployment</span>{' '}
            <Link href={`${base}/deployments/${encodeURIComponent(model.namespace)}/${encodeURIComponent(owner.name)}`} className="font-mono font-semibold underline" data-testid="rs-owner-link">
              {owner.name}
            </Link>{' '}
            <ConceptChip id="deployment" />
          </p>
          <p>{t(locale, 'rs.owner.deployment', { name: owner.name })}</p>
          {x.revision !== null && <p className="text-zinc-700 dark:text-zinc-300">{t(locale, 'rs.owner.revision', { revision: x.revision })}</p>}
        </div>
      ) : (
        <p className="text-sm" data-testid="rs-owner-other">
          {t(locale, 'rs.owner.other', { kind: owner.kind, name: owner.name })}
        </p>
      )}
    </Section>
  );
}

/** The pods it owns, with the Pods table's kubectl columns, and the pods its selector matches that it does not own. */
export function PodsSection({ model, locale, now, base }: Props) {
  const x = model.explanation;
  const href = (r: PodRow) => podHref(base, r.namespace, r.name);
  return (
    <Section id="pods" title={t(locale, 'rs.pods.title')} actions={<ConceptChip id="pod" />}>
      <DataTable
        caption={t(locale, 'rs.pods.title')}
        testId="rs-pods"
        density="compact"
        rows={model.podRows}
        rowKey={(r) => r.uid}
        rowData={(r) => ({ 'data-testid': 'rs-pod-row', 'data-pod': r.name })}
        rowHref={href}
        empty={t(locale, 'rs.pods.empty', { desired: x.desired })}
        emptyTestId="rs-pods-empty"
        columns={[
          { id: 'name', header: t(locale, 'col.name'), className: 'font-mono', cell: (r) => <Link href={href(r)}>{r.name}</Link> },
          { id: 'ready', header: t(locale, 'col.ready'), className: 'font-mono', cell: (r) => r.ready },
          { id: 'status', header: t(locale, 'col.status'), cell: (r) => <StatusBadge status={r.status} severity={r.severity} /> },
          { id: 'restarts', header: t(locale, 'col.restarts'), className: 'font-mono', ticking: true, cell: (r) => restartsText(r.restartCount, r.lastRestartAt, now) },
          { id: 'age', header: t(locale, 'col.age'), className: 'font-mono', ticking: true, cell: (r) => age(r.createdAt, now) },
          { id: 'node', header: t(locale, 'col.node'), className: 'font-mono', cell: (r) => r.node },
        ]}
      />
      {x.matchingNotOwned.length > 0 && (
        <div className="mt-3 text-sm" data-testid="rs-not-owned">
          <h3 className="font-semibold">{t(locale, 'rs.notOwned.title')}</h3>
          <p className="text-zinc-700 dark:text-zinc-300">{t(locale, 'rs.notOwned.body')}</p>
          <ul className="mt-1 list-disc pl-5">
            {x.matchingNotOwned.map((p) => (
              <li key={p.name}>
                <Link href={podHref(base, model.namespace, p.name)} className="font-mono underline">
                  {p.name}
                </Link>{' '}
                ({p.owner ? t(locale, 'rs.notOwned.owner', { kind: p.owner.kind, name: p.owner.name }) : t(locale, 'rs.notOwned.noOwner')})
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

function LostLine({ r, locale, now }: { r: Replacement; locale: Locale; now: Date }) {
  const l = r.lost;
  const key = l.state === 'gone' && !l.at ? 'rs.heal.lost.goneUnknown' : (`rs.heal.lost.${l.state}` as const);
  return (
    <p>
      <span>{t(locale, key, { pod: l.pod, ago: ago(locale, l.at, now) })}</span>
      <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-400">({l.evidence.join(', ')})</span>
    </p>
  );
}

/**
 * Self-healing narrated live: each pod that went away without the ReplicaSet
 * deleting it, and the pod it created in its place, from the events and the
 * pod set; plus the pods it deleted itself.
 */
export function HealingSection({ model, locale, now }: Props) {
  const h = model.healing;
  const example = model.podRows[0]?.name;
  return (
    <Section id="healing" title={t(locale, 'rs.heal.title')} actions={<ConceptChip id="self-healing" />}>
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        {t(locale, 'rs.heal.try')}
        {example && (
          <code className="ml-1 rounded bg-zinc-100 px-1 py-0.5 font-mono text-xs dark:bg-zinc-800" data-testid="rs-heal-command">
            kubectl delete pod {example} -n {model.namespace}
          </code>
        )}
      </p>
      {h.replacements.length === 0 ? (
        <p className="mt-2 text-sm" data-testid="rs-heal-none">
          {t(locale, 'rs.heal.none')}
        </p>
      ) : (
        <ol className="mt-2 flex flex-col gap-2 text-sm" data-testid="rs-replacements">
          {h.replacements.map((r) => (
            <li
              key={r.lost.pod}
              className="rounded border border-zinc-200 p-2 dark:border-zinc-800"
              data-testid="rs-replacement"
              data-lost={r.lost.pod}
              data-lost-state={r.lost.state}
              data-replacement={r.replacement?.pod ?? ''}
              data-replacement-state={r.replacement?.state ?? ''}
            >
              <LostLine r={r} locale={locale} now={now} />
              {r.replacement ? (
                <p className="mt-1">
                  <span aria-hidden="true">→ </span>
                  {t(locale, r.replacement.basis === 'event' ? 'rs.heal.created' : 'rs.heal.createdByPod', { pod: r.replacement.pod, ago: ago(locale, r.replacement.at, now) })}{' '}
                  <Pill tone={r.replacement.state === 'available' || r.replacement.state === 'ready' ? 'ok' : r.replacement.state === 'gone' ? 'muted' : 'info'}>
                    {t(locale, 'rs.heal.state', { state: t(locale, `rs.heal.state.${r.replacement.state}`) })}
                  </Pill>
                </p>
              ) : (
                <p className="mt-1 text-zinc-700 dark:text-zinc-300">
                  <span aria-hidden="true">→ </span>
                  {r.lost.at ? t(locale, 'rs.heal.waiting') : t(locale, 'rs.heal.unpaired')}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
      {h.deletedByReplicaSet.length > 0 && (
        <div className="mt-3 text-sm" data-testid="rs-deleted">
          <h3 className="font-semibold">{t(locale, 'rs.heal.deleted.title')}</h3>
          <p className="text-zinc-700 dark:text-zinc-300">{t(locale, 'rs.heal.deleted.body')}</p>
          <ul className="mt-1 list-disc pl-5">
            {h.deletedByReplicaSet.slice(0, 10).map((d) => (
              <li key={`${d.pod}-${d.at ?? ''}`}>
                <span className="font-mono">{d.pod}</span> <span className="text-zinc-600 dark:text-zinc-400">({ago(locale, d.at, now)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Section>
  );
}

/** What the ReplicaSet controller reported doing: its SuccessfulCreate, SuccessfulDelete and Failed* events. */
export function HistorySection({ model, locale }: Props) {
  const rows = [...model.explanation.history].reverse();
  return (
    <Section id="history" title={t(locale, 'rs.history.title')} actions={<ConceptChip id="events" />}>
      <DataTable
        caption={t(locale, 'rs.history.title')}
        testId="rs-history"
        density="compact"
        rows={rows}
        rowKey={(r, i) => `${i}-${r.at ?? ''}-${r.message}`}
        rowData={(r) => ({ 'data-action': r.action, 'data-pod': r.pod ?? '' })}
        empty={t(locale, 'rs.history.empty')}
        columns={[
          { id: 'when', header: t(locale, 'rs.history.when'), cell: (r) => <Clock iso={r.at} /> },
          { id: 'action', header: t(locale, 'rs.history.action'), cell: (r) => <Pill tone={r.action.endsWith('failed') ? 'bad' : r.action === 'deleted' ? 'muted' : 'ok'}>{t(locale, `rs.history.${r.action}`)}</Pill> },
          { id: 'pod', header: t(locale, 'rs.history.pod'), className: 'font-mono', cell: (r) => r.pod ?? '' },
          { id: 'count', header: t(locale, 'rs.history.count'), className: 'font-mono', cell: (r) => r.count },
          { id: 'message', header: t(locale, 'rs.history.message'), cell: (r) => r.message },
        ]}
      />
    </Section>
  );
}
