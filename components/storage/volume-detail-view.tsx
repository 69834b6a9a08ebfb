'use client';

import type { StorageDetailPageModel, VolumeDetailModel, RelationGraph } from '@/lib/contract';
import type { VolumeExplanation } from '@/lib/explain/storage/pv';
import { t } from '@/lib/i18n/messages';
import { liveError } from '@/lib/views/error-view';
import { objectHref } from '@/lib/views/object-href';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useLiveModel } from '@/components/live/use-live';
import { StatusBadge } from '@/components/pods/status-badge';
import { Fact, Facts, Pill, Section } from '@/components/pod/bits';
import { DetailFrame } from '@/components/ui/detail-frame';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { AccessModes } from './access-modes';
import { ObjectEvents, ObjectLink, PhaseLifecycle, StorageDiagnoses } from './storage-bits';

type Found = Extract<VolumeDetailModel, { found: true }>;

/** One PersistentVolume explained live: lifecycle with the reclaim policy's consequence, its claim, node affinity, what backs it, events. */
export function VolumeDetailView({ page }: { page: StorageDetailPageModel<'persistentvolume'> }) {
  const locale = useLocale();
  const live = useLiveModel<VolumeDetailModel>({ view: 'persistentvolume', context: page.context, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'PersistentVolume', name: page.name });
  const model = live.model && 'found' in live.model ? live.model : null;
  const base = `/${encodeURIComponent(page.context)}`;
  const kinds = t(locale, 'st.kinds.persistentvolumes');
  return (
    <DetailFrame
      kind={t(locale, 'st.kind.persistentvolumes')}
      name={page.name}
      list={{ href: `${base}/persistentvolumes`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : model.found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'st.detail.notFoundCluster', { kind: t(locale, 'st.kind.persistentvolumes'), name: page.name }), back: t(locale, 'st.detail.back', { kinds }) }}
      testId="pv"
      after={<RelationsPanel graph={relations.model} state={relations.state} context={page.context} />}
      status={model?.found && <StatusBadge status={model.row.status} severity={model.row.health} />}
      badges={<ConceptChip id="persistent-volume" />}
      lead={model?.found && <StorageDiagnoses diagnoses={model.explanation.diagnoses} evidence={model.evidence} identity={{ volume: page.name }} />}
    >
      {model?.found && <VolumeBody model={model} context={page.context} />}
    </DetailFrame>
  );
}

function VolumeBody({ model, context }: { model: Found; context: string }) {
  const locale = useLocale();
  const x = model.explanation;
  return (
    <>
      <PhaseLifecycle
        id="lifecycle"
        title={t(locale, 'st.lifecycle.title')}
        actions={<ConceptChip id="persistent-volume" />}
        boxes={x.lifecycle.map((s) => ({ phase: s.phase, meaning: t(locale, `st.pv.phase.${s.phase}`), current: s.current, branch: s.phase === 'Failed' }))}
        note={
          <>
            {x.phase === 'Unknown' && <p>{t(locale, 'st.lifecycle.unknown')}</p>}
            {x.terminating && <p data-testid="terminating">{t(locale, 'st.pv.terminating', { finalizers: x.finalizers.join(', ') || '—' })}</p>}
          </>
        }
      />
      <ReclaimPanel x={x} />
      <ClaimPanel x={x} context={context} />
      <Section id="spec" title={t(locale, 'st.pv.spec')}>
        <Facts testId="pv-spec">
          <Fact term={t(locale, 'st.col.capacity')}>
            <span className="font-mono">{x.capacity}</span>
          </Fact>
          <Fact term={t(locale, 'st.col.volumeMode')}>
            <span className="font-mono">{x.volumeMode}</span>
          </Fact>
          <Fact term={t(locale, 'st.col.storageClass')}>
            {x.storageClass.name ? (
              <>
                <ObjectLink href={x.storageClass.exists ? objectHref(context, 'StorageClass', null, x.storageClass.name) : null}>{x.storageClass.name}</ObjectLink>{' '}
                {x.storageClass.exists === false && <Pill tone="warn">{t(locale, 'st.pv.classMissing')}</Pill>}
              </>
            ) : (
              t(locale, 'st.pv.noClass')
            )}
          </Fact>
          <Fact term={t(locale, 'st.pv.origin')}>{x.provisionedBy ? t(locale, 'st.pv.provisionedBy', { provisioner: x.provisionedBy }) : t(locale, 'st.pv.static')}</Fact>
          {x.mountOptions.length > 0 && (
            <Fact term={t(locale, 'st.pv.mountOptions')}>
              <span className="font-mono">{x.mountOptions.join(', ')}</span>
            </Fact>
          )}
        </Facts>
      </Section>
      <SourcePanel x={x} />
      <AffinityPanel x={x} context={context} />
      <AccessModes requested={x.accessModes} actual={null} conflict={null} />
      <ObjectEvents events={model.events} hint={t(locale, 'st.pv.eventsHint')} />
    </>
  );
}

function ReclaimPanel({ x }: { x: VolumeExplanation }) {
  const locale = useLocale();
  return (
    <Section id="reclaim" title={t(locale, 'st.reclaim.title')} actions={<ConceptChip id="reclaim-policy" />}>
      <p className="text-sm" data-testid="reclaim" data-consequence={x.reclaim.consequence}>
        <span className="font-mono">{x.reclaim.policy || '—'}</span>: {t(locale, `st.reclaim.${x.reclaim.consequence}`)}
        {x.reclaim.deprecated && <> {t(locale, 'st.reclaim.recycleDeprecated')}</>}
      </p>
      {x.failure && (
        <div className="mt-2 text-sm" data-testid="pv-failure">
          <Pill tone="bad">{x.failure.reason ?? 'Failed'}</Pill> <span className="break-words font-mono text-xs">{x.failure.event ?? x.failure.message ?? ''}</span>
        </div>
      )}
    </Section>
  );
}

function ClaimPanel({ x, context }: { x: VolumeExplanation; context: string }) {
  const locale = useLocale();
  const ref = x.claimRef;
  return (
    <Section id="claim" title={t(locale, 'st.claimRef.title')} actions={<ConceptChip id="pvc" />}>
      {ref ? (
        <Facts testId="claim-ref">
          <Fact term={t(locale, 'st.kind.persistentvolumeclaims')}>
            <ObjectLink href={ref.claimExists ? objectHref(context, 'PersistentVolumeClaim', ref.namespace, ref.name) : null} testId="claim-ref-link">
              {ref.namespace}/{ref.name}
            </ObjectLink>{' '}
            {!ref.claimExists && <Pill tone="warn">{t(locale, 'st.claimRef.gone')}</Pill>}
            {ref.claimExists && !ref.sameClaim && <Pill tone="warn">{t(locale, 'st.claimRef.recreated')}</Pill>}
          </Fact>
          {ref.uid && (
            <Fact term="uid">
              <span className="font-mono text-xs">{ref.uid}</span>
            </Fact>
          )}
          <Fact term={t(locale, 'st.claimRef.by')}>{t(locale, ref.boundByController ? 'st.claimRef.byController' : 'st.claimRef.preBound')}</Fact>
        </Facts>
      ) : (
        <p className="text-sm" data-testid="claim-ref-none">
          {t(locale, 'st.claimRef.none')}
        </p>
      )}
    </Section>
  );
}

function SourcePanel({ x }: { x: VolumeExplanation }) {
  const locale = useLocale();
  const s = x.source;
  return (
    <Section id="source" title={t(locale, 'st.source.title')} actions={<ConceptChip id="csi" />}>
      <Facts testId="pv-source">
        <Fact term={t(locale, 'st.source.type')}>
          <span className="font-mono">{s.type}</span> {s.type === 'csi' && <span className="text-xs">{t(locale, 'st.source.csi')}</span>}
          {s.removedIn && (
            <>
              {' '}
              <Pill tone="bad">{t(locale, 'st.source.removed', { release: s.removedIn })}</Pill>
            </>
          )}
        </Fact>
        {s.driver && (
          <Fact term={t(locale, 'st.source.driver')}>
            <span className="font-mono">{s.driver}</span>
          </Fact>
        )}
        {Object.entries(s.details).map(([k, v]) => (
          <Fact key={k} term={<span className="font-mono">{k}</span>}>
            <span className="font-mono">{v}</span>
          </Fact>
        ))}
      </Facts>
    </Section>
  );
}

function AffinityPanel({ x, context }: { x: VolumeExplanation; context: string }) {
  const locale = useLocale();
  const a = x.nodeAffinity;
  return (
    <Section id="affinity" title={t(locale, 'st.affinity.title')} actions={<ConceptChip id="node" />}>
      {a ? (
        <>
          <ul className="flex flex-col gap-1 text-sm" data-testid="affinity-terms">
            {a.terms.map((term, i) => (
              <li key={i}>
                <span className="font-mono">{term.requirements.join(', ') || '—'}</span> →{' '}
                {term.nodes.length ? term.nodes.map((n) => <ObjectLink key={n} href={objectHref(context, 'Node', null, n)}>{n} </ObjectLink>) : <Pill tone="bad">{t(locale, 'st.affinity.noNode')}</Pill>}
              </li>
            ))}
          </ul>
          <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'st.affinity.note')}</p>
        </>
      ) : (
        <p className="text-sm">{t(locale, 'st.affinity.none')}</p>
      )}
    </Section>
  );
}
