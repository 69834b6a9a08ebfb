import Link from 'next/link';
import { ConceptChip } from '@/components/explain/concept-chip';
import { Pill, Section, type Tone } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { toTimestampMs } from '@/lib/explain/human-duration';
import type { OrdinalState, StatefulSetExplanation } from '@/lib/explain/workloads/statefulset';
import { t } from '@/lib/i18n/messages';
import { say, type Sentence } from '@/lib/views/sentence';
import type { OrdinalRow, StatefulSetView } from '@/lib/views/statefulset-view';

const STATE_TONE: Record<OrdinalState, Tone> = {
  available: 'ok',
  'not-available': 'info',
  'not-ready': 'warn',
  pending: 'warn',
  missing: 'muted',
  terminating: 'muted',
  finished: 'bad',
};

const STATE_KEY: Record<OrdinalState, Parameters<typeof t>[1]> = {
  available: 'sts.state.available',
  'not-available': 'sts.state.notAvailable',
  'not-ready': 'sts.state.notReady',
  pending: 'sts.state.pending',
  missing: 'sts.state.missing',
  terminating: 'sts.state.terminating',
  finished: 'sts.state.finished',
};

/** Where a StatefulSet page links: its pods, its Service, its claims. */
export interface StsLinks {
  pod: (name: string) => string;
  service: (name: string) => string;
  claim: (name: string) => string;
}

function Sentences({ items, testId }: { items: Sentence[]; testId: string }) {
  const locale = useLocale();
  return (
    <ul className="flex list-disc flex-col gap-1 pl-5 text-sm" data-testid={testId}>
      {items.map((s, i) => (
        <li key={`${s.key}-${i}`} data-key={s.key}>
          {say(locale, s)}
        </li>
      ))}
    </ul>
  );
}

function PodName({ o, links }: { o: OrdinalRow; links: StsLinks }) {
  return o.exists ? (
    <Link href={links.pod(o.podName)} className="font-mono underline" data-testid="ordinal-pod">
      {o.podName}
    </Link>
  ) : (
    <span className="font-mono text-zinc-600 dark:text-zinc-400" data-testid="ordinal-pod">
      {o.podName}
    </span>
  );
}

function StateCell({ o, now }: { o: OrdinalRow; now: Date }) {
  const locale = useLocale();
  const at = toTimestampMs(o.availableAt);
  const left = at === undefined ? null : Math.max(0, Math.ceil((at - now.getTime()) / 1000));
  return (
    <span className="flex flex-wrap items-center gap-1">
      <Pill tone={STATE_TONE[o.state]} testId="ordinal-state">
        {t(locale, STATE_KEY[o.state])}
      </Pill>
      {o.blocking && (
        <Pill tone="warn" testId="ordinal-blocking">
          {t(locale, 'sts.blocking')}
        </Pill>
      )}
      {left !== null && (
        <span className="text-xs" suppressHydrationWarning>
          {t(locale, 'sts.availableIn', { seconds: left })}
        </span>
      )}
    </span>
  );
}

/** One row per ordinal: its pod, where it stands and why (the ordinal OrderedReady waits on, the partition). */
export function OrdinalsSection({ view, links, now }: { view: StatefulSetView; links: StsLinks; now: Date }) {
  const locale = useLocale();
  return (
    <Section
      id="ordinals"
      title={t(locale, 'sts.ord.title')}
      actions={
        <>
          <ConceptChip id="ordinal-identity" /> <ConceptChip id="pod-management-policy" />
        </>
      }
    >
      <Sentences items={view.policy} testId="sts-policy" />
      <div className="mt-3">
        <DataTable
          caption={t(locale, 'sts.ord.title')}
          testId="ordinals"
          density="compact"
          alignTop
          rows={view.ordinals}
          rowKey={(o) => String(o.ordinal)}
          rowHref={(o) => links.pod(o.podName)}
          rowData={(o) => ({ 'data-testid': 'ordinal-row', 'data-ordinal': String(o.ordinal), 'data-pod': o.podName, 'data-state': o.state, 'data-blocking': String(o.blocking) })}
          columns={[
            { id: 'ordinal', header: t(locale, 'sts.col.ordinal'), className: 'font-mono', cell: (o) => o.ordinal },
            { id: 'pod', header: t(locale, 'sts.col.pod'), rowHeader: true, cell: (o) => <PodName o={o} links={links} /> },
            { id: 'state', header: t(locale, 'sts.col.state'), ticking: true, cell: (o) => <StateCell o={o} now={now} /> },
            { id: 'why', header: t(locale, 'sts.col.why'), className: 'text-xs', testId: 'ordinal-why', cell: (o) => say(locale, o.why) },
            { id: 'node', header: t(locale, 'sts.col.node'), className: 'font-mono text-xs', cell: (o) => o.nodeName ?? '—' },
            { id: 'dns', header: t(locale, 'sts.col.dns'), className: 'font-mono text-xs break-all', testId: 'ordinal-dns', cell: (o) => o.dnsName ?? '—' },
          ]}
        />
      </div>
      {view.notes.length > 0 && <Sentences items={view.notes} testId="sts-notes" />}
    </Section>
  );
}

/** The governing headless Service and the stable DNS name of each ordinal. */
export function NetworkSection({ x, view, links }: { x: StatefulSetExplanation; view: StatefulSetView; links: StsLinks }) {
  const locale = useLocale();
  return (
    <Section
      id="network"
      title={t(locale, 'sts.net.title')}
      actions={
        <>
          <ConceptChip id="service-headless" /> <ConceptChip id="ordinal-identity" /> <ConceptChip id="service-discovery" />
        </>
      }
    >
      {view.service && (
        <p className="text-sm" data-testid="sts-service" data-key={view.service.key}>
          {say(locale, view.service)}{' '}
          {x.serviceName && x.service?.exists && (
            <Link href={links.service(x.serviceName)} className="underline" data-testid="sts-service-link">
              {t(locale, 'sts.net.serviceLink', { name: x.serviceName })}
            </Link>
          )}
        </p>
      )}
      <div className="mt-3">
        <DataTable
          caption={t(locale, 'sts.net.title')}
          testId="dns-names"
          density="compact"
          rows={view.ordinals}
          rowKey={(o) => String(o.ordinal)}
          rowData={(o) => ({ 'data-testid': 'dns-row', 'data-pod': o.podName })}
          columns={[
            { id: 'pod', header: t(locale, 'sts.col.pod'), rowHeader: true, cell: (o) => <PodName o={o} links={links} /> },
            { id: 'dns', header: t(locale, 'sts.col.dns'), className: 'font-mono text-xs break-all', testId: 'dns-name', cell: (o) => o.dnsName ?? '—' },
          ]}
        />
      </div>
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'sts.net.sameName')}</p>
      <p className="mt-1 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'sts.net.domain')}</p>
    </Section>
  );
}

/** The update strategy and partition, and which revision each ordinal runs. */
export function UpdatesSection({ view, links }: { view: StatefulSetView; links: StsLinks }) {
  const locale = useLocale();
  return (
    <Section id="updates" title={t(locale, 'sts.upd.title')} actions={<ConceptChip id="rolling-update" />}>
      <Sentences items={view.update} testId="sts-update" />
      <div className="mt-3">
        <DataTable
          caption={t(locale, 'sts.upd.title')}
          testId="revisions"
          density="compact"
          rows={view.ordinals}
          rowKey={(o) => String(o.ordinal)}
          rowData={(o) => ({ 'data-testid': 'revision-row', 'data-pod': o.podName, 'data-updated': String(o.updated) })}
          columns={[
            { id: 'pod', header: t(locale, 'sts.col.pod'), rowHeader: true, cell: (o) => <PodName o={o} links={links} /> },
            { id: 'revision', header: t(locale, 'sts.col.revision'), className: 'font-mono text-xs', cell: (o) => o.revision ?? '—' },
            {
              id: 'updated',
              header: t(locale, 'sts.col.updated'),
              cell: (o) =>
                o.updated === null ? (
                  '—'
                ) : (
                  <span className="flex flex-wrap gap-1">
                    <Pill tone={o.updated ? 'ok' : 'muted'}>{t(locale, o.updated ? 'sts.yes' : 'sts.no')}</Pill>
                    {o.belowPartition && <Pill tone="muted">{t(locale, 'sts.belowPartition')}</Pill>}
                  </span>
                ),
            },
          ]}
        />
      </div>
    </Section>
  );
}

/** The volumeClaimTemplates and the claim each ordinal got from them, linked to the claim's page. */
export function StorageSection({ x, view, links }: { x: StatefulSetExplanation; view: StatefulSetView; links: StsLinks }) {
  const locale = useLocale();
  const claims = view.ordinals.flatMap((o) => o.claims.map((c) => ({ ...c, pod: o.podName, ordinal: o.ordinal })));
  return (
    <Section
      id="storage"
      title={t(locale, 'sts.storage.title')}
      actions={
        <>
          <ConceptChip id="pvc" /> <ConceptChip id="persistent-volume" />
        </>
      }
    >
      <Sentences items={view.storage} testId="sts-storage" />
      {x.volumeClaimTemplates.length > 0 && (
        <div className="mt-3 flex flex-col gap-3">
          <DataTable
            caption="volumeClaimTemplates"
            testId="claim-templates"
            density="compact"
            rows={x.volumeClaimTemplates}
            rowKey={(v) => v.name}
            columns={[
              { id: 'name', header: t(locale, 'sts.col.template'), rowHeader: true, className: 'font-mono', cell: (v) => v.name },
              { id: 'class', header: t(locale, 'sts.col.class'), className: 'font-mono', cell: (v) => v.storageClassName ?? '—' },
              { id: 'access', header: t(locale, 'sts.col.access'), className: 'font-mono', cell: (v) => v.accessModes.join(', ') || '—' },
              { id: 'size', header: t(locale, 'sts.col.size'), className: 'font-mono', cell: (v) => v.storage ?? '—' },
            ]}
          />
          <h3 className="text-sm font-medium">{t(locale, 'sts.storage.claims')}</h3>
          <DataTable
            caption={t(locale, 'sts.storage.claims')}
            testId="claims"
            density="compact"
            rows={claims}
            rowKey={(c) => c.name}
            rowHref={(c) => links.claim(c.name)}
            rowData={(c) => ({ 'data-testid': 'claim-row', 'data-claim': c.name, 'data-phase': c.phase ?? 'missing' })}
            columns={[
              {
                id: 'claim',
                header: t(locale, 'sts.col.claim'),
                rowHeader: true,
                cell: (c) => (
                  <Link href={links.claim(c.name)} className="font-mono underline">
                    {c.name}
                  </Link>
                ),
              },
              { id: 'pod', header: t(locale, 'sts.col.pod'), className: 'font-mono', cell: (c) => c.pod },
              { id: 'template', header: t(locale, 'sts.col.template'), className: 'font-mono', cell: (c) => c.template },
              { id: 'phase', header: t(locale, 'sts.col.phase'), cell: (c) => (c.phase ? <span className="font-mono">{c.phase}</span> : t(locale, 'sts.claim.notCreated')) },
            ]}
          />
        </div>
      )}
    </Section>
  );
}
