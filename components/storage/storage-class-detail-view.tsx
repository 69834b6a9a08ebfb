'use client';

import type { StorageClassDetailModel, StorageDetailPageModel, RelationGraph } from '@/lib/contract';
import type { StorageClassExplanation } from '@/lib/explain/storage/storage-class';
import { t } from '@/lib/i18n/messages';
import { liveError } from '@/lib/views/error-view';
import { objectHref } from '@/lib/views/object-href';
import { ConceptChip } from '@/components/explain/concept-chip';
import { useLiveModel } from '@/components/live/use-live';
import { Fact, Facts, Pill, Section } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { DetailFrame } from '@/components/ui/detail-frame';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { ObjectLink, YesNo } from './storage-bits';

type Found = Extract<StorageClassDetailModel, { found: true }>;

/** One StorageClass explained live: provisioner, default, binding mode, reclaim policy, expansion, and the claims and volumes of the class. */
export function StorageClassDetailView({ page }: { page: StorageDetailPageModel<'storageclass'> }) {
  const locale = useLocale();
  const live = useLiveModel<StorageClassDetailModel>({ view: 'storageclass', context: page.context, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'StorageClass', name: page.name });
  const model = live.model && 'found' in live.model ? live.model : null;
  const base = `/${encodeURIComponent(page.context)}`;
  const kinds = t(locale, 'st.kinds.storageclasses');
  return (
    <DetailFrame
      kind={t(locale, 'st.kind.storageclasses')}
      name={page.name}
      list={{ href: `${base}/storageclasses`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : model.found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'st.detail.notFoundCluster', { kind: t(locale, 'st.kind.storageclasses'), name: page.name }), back: t(locale, 'st.detail.back', { kinds }) }}
      testId="storageclass"
      after={<RelationsPanel graph={relations.model} state={relations.state} context={page.context} />}
      status={model?.found && model.explanation.isDefault && <Pill tone="info">{t(locale, 'st.class.default')}</Pill>}
      badges={<ConceptChip id="storage-class" />}
    >
      {model?.found && <ClassBody model={model} context={page.context} />}
    </DetailFrame>
  );
}

function defaulted(locale: Parameters<typeof t>[0], d: boolean) {
  return d ? <span className="text-xs text-zinc-700 dark:text-zinc-300"> {t(locale, 'st.sc.defaulted')}</span> : null;
}

function ClassBody({ model, context }: { model: Found; context: string }) {
  const locale = useLocale();
  const x: StorageClassExplanation = model.explanation;
  return (
    <>
      <Section
        id="class"
        title={t(locale, 'st.sc.title')}
        actions={
          <>
            <ConceptChip id="dynamic-provisioning" /> <ConceptChip id="volume-binding-mode" /> <ConceptChip id="reclaim-policy" />
          </>
        }
      >
        <Facts testId="storageclass-facts">
          <Fact term={t(locale, 'st.col.provisioner')}>
            <span className="font-mono">{x.provisioner}</span>
            <p className="text-xs text-zinc-700 dark:text-zinc-300" data-testid="can-provision">
              {t(locale, x.canProvision ? 'st.sc.provisions' : 'st.sc.noProvisioner')}
            </p>
          </Fact>
          <Fact term={t(locale, 'st.sc.default')}>
            <span data-testid="default-class">
              {x.isDefault ? t(locale, 'st.sc.isDefault', { annotation: x.defaultAnnotation ?? '' }) : t(locale, 'st.sc.notDefault', { clusterDefault: x.clusterDefault ?? t(locale, 'st.sc.noDefault') })}
            </span>
            {x.isDefault && x.clusterDefault !== x.name && <p className="text-xs">{t(locale, 'st.sc.shadowed', { clusterDefault: x.clusterDefault ?? '' })}</p>}
            {x.isDefault && x.otherDefaults.length > 0 && <p className="text-xs">{t(locale, 'st.sc.otherDefaults', { others: x.otherDefaults.join(', ') })}</p>}
          </Fact>
          <Fact term={t(locale, 'st.col.volumeBindingMode')}>
            <span className="font-mono">{x.volumeBindingMode.value}</span>
            {defaulted(locale, x.volumeBindingMode.defaulted)}
            <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, x.volumeBindingMode.value === 'WaitForFirstConsumer' ? 'st.bindingMode.WaitForFirstConsumer' : 'st.bindingMode.Immediate')}</p>
          </Fact>
          <Fact term={t(locale, 'st.col.scReclaimPolicy')}>
            <span className="font-mono">{x.reclaimPolicy.value}</span>
            {defaulted(locale, x.reclaimPolicy.defaulted)}
            <p className="text-xs text-zinc-700 dark:text-zinc-300">
              {t(locale, x.reclaimPolicy.value === 'Retain' ? 'st.reclaim.keep-released' : x.reclaimPolicy.value === 'Delete' ? 'st.reclaim.delete-storage' : 'st.reclaim.unknown')}
            </p>
          </Fact>
          <Fact term={t(locale, 'st.col.allowVolumeExpansion')}>
            <YesNo value={x.allowVolumeExpansion.value} />
            {defaulted(locale, x.allowVolumeExpansion.defaulted)}
            <p className="text-xs text-zinc-700 dark:text-zinc-300">{t(locale, x.allowVolumeExpansion.value ? 'st.sc.expandYes' : 'st.sc.expandNo')}</p>
          </Fact>
          {Object.keys(x.parameters).length > 0 && (
            <Fact term={t(locale, 'st.sc.parameters')}>
              <span className="font-mono">
                {Object.entries(x.parameters)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(', ')}
              </span>
            </Fact>
          )}
          {x.mountOptions.length > 0 && (
            <Fact term={t(locale, 'st.pv.mountOptions')}>
              <span className="font-mono">{x.mountOptions.join(', ')}</span>
            </Fact>
          )}
        </Facts>
      </Section>
      <Section id="claims" title={t(locale, 'st.sc.claims')} actions={<ConceptChip id="pvc" />}>
        <DataTable
          caption={t(locale, 'st.sc.claims')}
      testId="class-claims"
          density="compact"
          rows={x.claims}
          rowKey={(c) => `${c.namespace}/${c.name}`}
          rowData={(c) => ({ 'data-claim': `${c.namespace}/${c.name}` })}
          rowHref={(c) => objectHref(context, 'PersistentVolumeClaim', c.namespace, c.name) ?? ''}
          empty={t(locale, 'st.sc.noClaims')}
          columns={[
            { id: 'namespace', header: t(locale, 'col.namespace'), cell: (c) => c.namespace },
            { id: 'name', header: t(locale, 'col.name'), rowHeader: true, cell: (c) => <ObjectLink href={objectHref(context, 'PersistentVolumeClaim', c.namespace, c.name)}>{c.name}</ObjectLink> },
            { id: 'phase', header: t(locale, 'col.status'), className: 'font-mono', cell: (c) => c.phase },
            { id: 'volume', header: t(locale, 'st.col.volume'), cell: (c) => (c.volume ? <ObjectLink href={objectHref(context, 'PersistentVolume', null, c.volume)}>{c.volume}</ObjectLink> : '—') },
          ]}
        />
        {x.unsetClaims.length > 0 && (
          <p className="mt-2 text-sm" data-testid="unset-claims">
            {t(locale, 'st.sc.unsetClaims', { claims: x.unsetClaims.map((c) => `${c.namespace}/${c.name}`).join(', ') })}
          </p>
        )}
      </Section>
      <Section id="volumes" title={t(locale, 'st.sc.volumes')} actions={<ConceptChip id="persistent-volume" />}>
        <DataTable
          caption={t(locale, 'st.sc.volumes')}
      testId="class-volumes"
          density="compact"
          rows={x.volumes}
          rowKey={(v) => v.name}
          rowHref={(v) => objectHref(context, 'PersistentVolume', null, v.name) ?? ''}
          empty={t(locale, 'st.sc.noVolumes')}
          columns={[
            { id: 'name', header: t(locale, 'col.name'), rowHeader: true, cell: (v) => <ObjectLink href={objectHref(context, 'PersistentVolume', null, v.name)}>{v.name}</ObjectLink> },
            { id: 'phase', header: t(locale, 'col.status'), className: 'font-mono', cell: (v) => v.phase },
            { id: 'claim', header: t(locale, 'st.col.claim'), className: 'font-mono', cell: (v) => v.claim ?? '—' },
          ]}
        />
      </Section>
    </>
  );
}
