'use client';

import type { ClaimDetailModel, StorageDetailPageModel, RelationGraph } from '@/lib/contract';
import type { ClaimExplanation, PendingCause } from '@/lib/explain/storage/pvc';
import type { MatchCriterion } from '@/lib/explain/storage/volume-matching';
import { t, type MessageKey } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locale';
import { liveError } from '@/lib/views/error-view';
import { objectHref } from '@/lib/views/object-href';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useLiveModel } from '@/components/live/use-live';
import { StatusBadge } from '@/components/pods/status-badge';
import { Fact, Facts, Pill, Section } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { DetailFrame } from '@/components/ui/detail-frame';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { AccessModes } from './access-modes';
import { ObjectEvents, ObjectLink, PhaseLifecycle, StorageDiagnoses, YesNo } from './storage-bits';

type Found = Extract<ClaimDetailModel, { found: true }>;

/** One PersistentVolumeClaim explained live: lifecycle, why it is Pending, its class and volume, access modes, capacity and expansion, the pods that mount it, events. */
export function ClaimDetailView({ page }: { page: StorageDetailPageModel<'persistentvolumeclaim'> }) {
  const locale = useLocale();
  const live = useLiveModel<ClaimDetailModel>({ view: 'persistentvolumeclaim', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'PersistentVolumeClaim', namespace: page.namespace, name: page.name });
  const model = live.model && 'found' in live.model ? live.model : null;
  const base = `/${encodeURIComponent(page.context)}`;
  const kinds = t(locale, 'st.kinds.persistentvolumeclaims');
  return (
    <DetailFrame
      kind={t(locale, 'st.kind.persistentvolumeclaims')}
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/persistentvolumeclaims?namespace=${encodeURIComponent(page.namespace)}`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : model.found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'st.detail.notFound', { kind: t(locale, 'st.kind.persistentvolumeclaims'), name: page.name, namespace: page.namespace }), back: t(locale, 'st.detail.back', { kinds }) }}
      testId="pvc"
      after={<RelationsPanel graph={relations.model} state={relations.state} context={page.context} />}
      status={model?.found && <StatusBadge status={model.row.status} severity={model.row.health} />}
      badges={<ConceptChip id="pvc" />}
      lead={model?.found && <StorageDiagnoses diagnoses={model.explanation.diagnoses} evidence={model.evidence} identity={{ claim: page.name, namespace: page.namespace }} />}
    >
      {model?.found && <ClaimBody model={model} context={page.context} />}
    </DetailFrame>
  );
}

function ClaimBody({ model, context }: { model: Found; context: string }) {
  const locale = useLocale();
  const x = model.explanation;
  return (
    <>
      <PhaseLifecycle
        id="lifecycle"
        title={t(locale, 'st.lifecycle.title')}
        actions={<ConceptChip id="pvc" />}
        boxes={x.lifecycle.map((s) => ({ phase: s.phase, meaning: t(locale, `st.pvc.phase.${s.phase}`), current: s.current, branch: s.phase === 'Lost' }))}
        note={
          <>
            {x.phase === 'Unknown' && <p>{t(locale, 'st.lifecycle.unknown')}</p>}
            {x.terminating && <p data-testid="terminating">{t(locale, 'st.pvc.terminating', { finalizers: x.finalizers.join(', ') || '—' })}</p>}
          </>
        }
      />
      {x.pending && <PendingPanel x={x} context={context} />}
      <ClassPanel x={x} context={context} />
      {x.bound && <BoundPanel x={x} context={context} />}
      <AccessModes
        requested={x.request.accessModes}
        actual={x.bound?.accessModes ?? null}
        conflict={x.accessConflict ? t(locale, `st.access.conflict.${x.accessConflict.mode}`, { pods: x.accessConflict.pods.join(', '), nodes: x.accessConflict.nodes.join(', ') }) : null}
      />
      <CapacityPanel x={x} />
      <PodsPanel x={x} context={context} />
      <ObjectEvents events={model.events} />
    </>
  );
}

/** The cause in words, from the PV controller's decision as lib/explain decoded it. */
export function pendingText(locale: Locale, cause: PendingCause): string {
  switch (cause.kind) {
    case 'no-class-no-default':
    case 'no-class-requested':
    case 'unknown':
      return t(locale, `st.pending.${cause.kind}`);
    case 'default-class-will-be-assigned':
      return t(locale, 'st.pending.default-class-will-be-assigned', { className: cause.defaultClass });
    case 'class-not-found':
    case 'no-matching-volume':
      return t(locale, `st.pending.${cause.kind}`, { className: cause.className });
    case 'wait-for-first-consumer':
      return t(locale, cause.pods.length ? 'st.pending.wait-for-first-consumer.pods' : 'st.pending.wait-for-first-consumer', { className: cause.className, pods: cause.pods.join(', ') });
    case 'waiting-for-provisioner':
      return t(locale, cause.stalled ? 'st.pending.waiting-for-provisioner.stalled' : 'st.pending.waiting-for-provisioner', {
        className: cause.className,
        provisioner: cause.provisioner,
        seconds: cause.waitingSeconds ?? 0,
      });
    case 'provisioning-failed':
      return t(locale, 'st.pending.provisioning-failed', { className: cause.className, provisioner: cause.provisioner ?? '—' });
    case 'requested-volume':
      return t(locale, `st.pending.requested-volume.${cause.problem}`, { volume: cause.volumeName });
  }
}

const CRITERION: Readonly<Record<MatchCriterion, MessageKey>> = {
  'access-modes': 'st.criterion.access-modes',
  'claimed-by-other': 'st.criterion.claimed-by-other',
  capacity: 'st.criterion.capacity',
  'volume-mode': 'st.criterion.volume-mode',
  'attributes-class': 'st.criterion.attributes-class',
  terminating: 'st.criterion.terminating',
  phase: 'st.criterion.phase',
  selector: 'st.criterion.selector',
  class: 'st.criterion.class',
};

function PendingPanel({ x, context }: { x: ClaimExplanation; context: string }) {
  const locale = useLocale();
  const pending = x.pending;
  if (!pending) return null;
  const cause = pending.cause;
  const message = 'message' in cause ? cause.message : null;
  return (
    <Section
      id="pending"
      title={t(locale, 'st.pending.title')}
      actions={
        <>
          <ConceptChip id="volume-binding-mode" /> <ConceptChip id="dynamic-provisioning" />
        </>
      }
    >
      <p className="text-sm" data-testid="pending-cause" data-cause={cause.kind}>
        {pendingText(locale, cause)}
      </p>
      {message && (
        <p className="mt-2 break-words font-mono text-xs" data-testid="pending-message">
          {message}
        </p>
      )}
      {cause.kind === 'requested-volume' && cause.failures.length > 0 && (
        <ul className="mt-2 list-disc pl-5 text-sm">
          {cause.failures.map((f) => (
            <li key={f.criterion}>
              {t(locale, CRITERION[f.criterion])}: {t(locale, 'st.candidates.wantedActual', { wanted: f.wanted, actual: f.actual })}
            </li>
          ))}
        </ul>
      )}
      {pending.candidates.length > 0 && (
        <div className="mt-3">
          <h3 className="mb-1 text-sm font-semibold">{t(locale, 'st.candidates.title')}</h3>
          <DataTable
            caption={t(locale, 'st.candidates.title')}
      testId="candidates"
            density="compact"
            alignTop
            rows={pending.candidates}
            rowKey={(c) => c.name}
            rowData={(c) => ({ 'data-volume': c.name, 'data-matches': String(c.matches) })}
            columns={[
              { id: 'name', header: t(locale, 'st.kind.persistentvolumes'), rowHeader: true, cell: (c) => <ObjectLink href={objectHref(context, 'PersistentVolume', null, c.name)}>{c.name}</ObjectLink> },
              { id: 'capacity', header: t(locale, 'st.col.capacity'), className: 'font-mono', cell: (c) => c.capacity },
              { id: 'access', header: t(locale, 'st.col.accessModes'), className: 'font-mono', cell: (c) => c.accessModes },
              { id: 'class', header: t(locale, 'st.col.storageClass'), className: 'font-mono', cell: (c) => c.storageClass },
              { id: 'phase', header: t(locale, 'col.status'), className: 'font-mono', cell: (c) => c.phase },
              {
                id: 'why',
                header: t(locale, 'st.candidates.why'),
                cell: (c) =>
                  c.matches ? (
                    <Pill tone="ok">{t(locale, 'st.candidates.matches')}</Pill>
                  ) : (
                    <ul className="text-xs">
                      {c.failures.map((f) => (
                        <li key={f.criterion}>
                          <span className="font-semibold">{t(locale, CRITERION[f.criterion])}</span>: {t(locale, 'st.candidates.wantedActual', { wanted: f.wanted, actual: f.actual })}
                        </li>
                      ))}
                    </ul>
                  ),
              },
            ]}
          />
        </div>
      )}
    </Section>
  );
}

function ClassPanel({ x, context }: { x: ClaimExplanation; context: string }) {
  const locale = useLocale();
  const c = x.storageClass;
  return (
    <Section id="class" title={t(locale, 'st.class.title')} actions={<ConceptChip id="storage-class" />}>
      <Facts testId="claim-class">
        <Fact term={t(locale, 'st.col.storageClass')}>
          {c.state === 'named' ? (
            <>
              <ObjectLink href={c.exists ? objectHref(context, 'StorageClass', null, c.name) : null} testId="claim-class-link">
                {c.name}
              </ObjectLink>{' '}
              {c.exists === false && <Pill tone="bad">{t(locale, 'st.missing')}</Pill>}
              {c.isDefault && <Pill tone="info">{t(locale, 'st.class.default')}</Pill>}
            </>
          ) : (
            t(locale, `st.class.state.${c.state}`, { defaultClass: c.clusterDefault ?? '—' })
          )}
        </Fact>
        {c.provisioner !== null && (
          <Fact term={t(locale, 'st.col.provisioner')}>
            <span className="font-mono">{c.provisioner}</span>
          </Fact>
        )}
        {c.volumeBindingMode !== null && (
          <Fact term={t(locale, 'st.col.volumeBindingMode')}>
            <span className="font-mono">{c.volumeBindingMode}</span> — {t(locale, c.volumeBindingMode === 'WaitForFirstConsumer' ? 'st.bindingMode.WaitForFirstConsumer' : 'st.bindingMode.Immediate')}
          </Fact>
        )}
        {c.reclaimPolicy !== null && (
          <Fact term={t(locale, 'st.col.reclaimPolicy')}>
            <span className="font-mono">{c.reclaimPolicy}</span>
          </Fact>
        )}
        {c.allowVolumeExpansion !== null && (
          <Fact term={t(locale, 'st.col.allowVolumeExpansion')}>
            <YesNo value={c.allowVolumeExpansion} />
          </Fact>
        )}
      </Facts>
    </Section>
  );
}

function BoundPanel({ x, context }: { x: ClaimExplanation; context: string }) {
  const locale = useLocale();
  const b = x.bound;
  if (!b) return null;
  return (
    <Section id="volume" title={t(locale, 'st.bound.title')} actions={<ConceptChip id="persistent-volume" />}>
      <Facts testId="bound-volume">
        <Fact term={t(locale, 'st.kind.persistentvolumes')}>
          <ObjectLink href={b.exists ? objectHref(context, 'PersistentVolume', null, b.name) : null} testId="bound-volume-link">
            {b.name}
          </ObjectLink>{' '}
          {!b.exists && <Pill tone="bad">{t(locale, 'st.missing')}</Pill>}
          {b.phase && <span className="font-mono text-xs"> ({b.phase})</span>}
        </Fact>
        {b.reclaimPolicy && (
          <Fact term={t(locale, 'st.col.reclaimPolicy')}>
            <span className="font-mono">{b.reclaimPolicy}</span> — {t(locale, b.reclaimPolicy === 'Retain' ? 'st.reclaim.keep-released' : b.reclaimPolicy === 'Delete' ? 'st.reclaim.delete-storage' : 'st.reclaim.unknown')}
          </Fact>
        )}
        {b.source && (
          <Fact term={t(locale, 'st.source.title')}>
            <span className="font-mono">{b.source.type}</span>
            {b.source.driver && <span className="font-mono"> ({b.source.driver})</span>}
          </Fact>
        )}
        {b.nodeAffinity && (
          <Fact term={t(locale, 'st.affinity.title')}>
            <span className="font-mono">{b.nodeAffinity}</span>
          </Fact>
        )}
      </Facts>
    </Section>
  );
}

function CapacityPanel({ x }: { x: ClaimExplanation }) {
  const locale = useLocale();
  const e = x.expansion;
  return (
    <Section id="capacity" title={t(locale, 'st.capacity.title')}>
      <Facts testId="capacity">
        <Fact term={t(locale, 'st.capacity.requested')}>
          <span className="font-mono">{x.request.storage ?? '—'}</span>
        </Fact>
        <Fact term={t(locale, 'st.capacity.actual')}>
          <span className="font-mono">{e.capacity ?? '—'}</span>
          {e.capacity === null && <span className="text-xs"> {t(locale, 'st.capacity.untilBound')}</span>}
        </Fact>
        <Fact term={t(locale, 'st.col.volumeMode')}>
          <span className="font-mono">{x.request.volumeMode}</span>
        </Fact>
        {x.request.selector && (
          <Fact term={t(locale, 'st.capacity.selector')}>
            <span className="font-mono">{x.request.selector}</span>
          </Fact>
        )}
        <Fact term={t(locale, 'st.expand.title')}>
          <span data-testid="expansion" data-state={e.state}>
            {e.state === 'none' && e.capacity === null ? t(locale, 'st.expand.unbound') : t(locale, `st.expand.${e.state}`, { requested: e.requested ?? '—', capacity: e.capacity ?? '—', allocated: e.allocated ?? '—' })}
          </span>
          {e.resizeStatus && <span className="font-mono text-xs"> ({e.resizeStatus})</span>}
        </Fact>
      </Facts>
    </Section>
  );
}

function PodsPanel({ x, context }: { x: ClaimExplanation; context: string }) {
  const locale = useLocale();
  return (
    <Section id="pods" title={t(locale, 'st.pods.title')} actions={<ConceptChip id="pod" />}>
      <DataTable
        caption={t(locale, 'st.pods.title')}
      testId="claim-pods"
        density="compact"
        alignTop
        rows={x.pods}
        rowKey={(p) => `${p.name}:${p.volume}`}
        rowData={(p) => ({ 'data-pod': p.name, 'data-blocked': p.blocked ? p.blocked.reason : undefined })}
        rowHref={(p) => objectHref(context, 'Pod', x.namespace, p.name) ?? ''}
        empty={t(locale, 'st.pods.none')}
        emptyTestId="claim-pods-empty"
        columns={[
          { id: 'pod', header: t(locale, 'col.name'), rowHeader: true, cell: (p) => <ObjectLink href={objectHref(context, 'Pod', x.namespace, p.name)}>{p.name}</ObjectLink> },
          { id: 'phase', header: t(locale, 'col.status'), className: 'font-mono', cell: (p) => p.phase },
          { id: 'node', header: t(locale, 'col.node'), className: 'font-mono', cell: (p) => p.nodeName ?? '—' },
          { id: 'ref', header: t(locale, 'st.pods.reference'), className: 'font-mono text-xs', cell: (p) => `${p.path} (${p.volume}${p.readOnly ? ', readOnly' : ''})` },
          {
            id: 'blocked',
            header: t(locale, 'st.pods.stuck'),
            cell: (p) =>
              p.blocked ? (
                <>
                  <Pill tone="bad">{t(locale, `st.pods.blocked.${p.blocked.reason}`)}</Pill>
                  <p className="mt-1 break-words font-mono text-xs">{p.blocked.message}</p>
                </>
              ) : (
                <span className="text-xs">{t(locale, 'st.pods.notBlocked')}</span>
              ),
          },
        ]}
      />
    </Section>
  );
}
