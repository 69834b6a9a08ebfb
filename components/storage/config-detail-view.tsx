'use client';

import type { ConfigMapDetailModel, SecretDetailModel, StorageDetailPageModel, RelationGraph } from '@/lib/contract';
import type { ConfigDeliveryView } from '@/lib/explain/storage/config-objects';
import type { ConfigUser } from '@/lib/explain/storage/config-usage';
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
import { ObjectLink, StorageDiagnoses, YesNo } from './storage-bits';

/** One ConfigMap explained live: keys with sizes and values, who uses it and exactly where, and how a change reaches them. */
export function ConfigMapDetailView({ page }: { page: StorageDetailPageModel<'configmap'> }) {
  const locale = useLocale();
  const live = useLiveModel<ConfigMapDetailModel>({ view: 'configmap', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'ConfigMap', namespace: page.namespace, name: page.name });
  const model = live.model && 'found' in live.model ? live.model : null;
  const base = `/${encodeURIComponent(page.context)}`;
  const kinds = t(locale, 'st.kinds.configmaps');
  const x = model?.found ? model.explanation : null;
  return (
    <DetailFrame
      kind="ConfigMap"
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/configmaps?namespace=${encodeURIComponent(page.namespace)}`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : model.found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'st.detail.notFound', { kind: 'ConfigMap', name: page.name, namespace: page.namespace }), back: t(locale, 'st.detail.back', { kinds }) }}
      testId="configmap"
      after={<RelationsPanel graph={relations.model} state={relations.state} context={page.context} />}
      status={x?.immutable && <Pill tone="muted">immutable</Pill>}
      badges={<ConceptChip id="configmap" />}
      lead={model?.found && <StorageDiagnoses diagnoses={model.explanation.diagnoses} evidence={model.evidence} identity={{ name: page.name, namespace: page.namespace }} />}
    >
      {x && (
        <>
          <Section id="keys" title={t(locale, 'st.cfg.keys')}>
            <p className="mb-2 text-sm" data-testid="config-size">
              {t(locale, 'st.cfg.size', { keys: x.keys.length, bytes: x.totalBytes, limit: x.limitBytes })}
              {x.immutable && <> {t(locale, 'st.cfg.immutable')}</>}
            </p>
            <DataTable
              caption={t(locale, 'st.cfg.keys')}
      testId="config-keys"
              density="compact"
              alignTop
              rows={x.keys}
              rowKey={(k) => `${k.source}:${k.key}`}
              rowData={(k) => ({ 'data-key': k.key })}
              empty={t(locale, 'st.cfg.noKeys')}
              columns={[
                { id: 'key', header: t(locale, 'st.cfg.key'), rowHeader: true, className: 'font-mono', cell: (k) => k.key },
                { id: 'bytes', header: t(locale, 'st.cfg.bytes'), className: 'font-mono', cell: (k) => k.bytes },
                {
                  id: 'value',
                  header: t(locale, 'st.cfg.value'),
                  cell: (k) =>
                    k.value === null ? (
                      <span className="text-xs">{t(locale, 'st.cfg.binary')}</span>
                    ) : (
                      <>
                        <pre className="max-h-48 overflow-auto whitespace-pre-wrap break-all font-mono text-xs">{k.value}</pre>
                        {k.truncated && <p className="text-xs">{t(locale, 'st.cfg.truncated')}</p>}
                      </>
                    ),
                },
              ]}
            />
          </Section>
          <UsedBy usedBy={x.usedBy} context={page.context} kind="ConfigMap" />
          <Delivery delivery={x.delivery} />
        </>
      )}
    </DetailFrame>
  );
}

/** One Secret explained live from the redacted cache: type, key names and byte sizes (never a value), who uses it and how. */
export function SecretDetailView({ page }: { page: StorageDetailPageModel<'secret'> }) {
  const locale = useLocale();
  const live = useLiveModel<SecretDetailModel>({ view: 'secret', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'Secret', namespace: page.namespace, name: page.name });
  const model = live.model && 'found' in live.model ? live.model : null;
  const base = `/${encodeURIComponent(page.context)}`;
  const kinds = t(locale, 'st.kinds.secrets');
  const x = model?.found ? model.explanation : null;
  return (
    <DetailFrame
      kind="Secret"
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/secrets?namespace=${encodeURIComponent(page.namespace)}`, label: kinds }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : model.found ? 'ready' : 'not-found'}
      notFound={{ body: t(locale, 'st.detail.notFound', { kind: 'Secret', name: page.name, namespace: page.namespace }), back: t(locale, 'st.detail.back', { kinds }) }}
      testId="secret"
      after={<RelationsPanel graph={relations.model} state={relations.state} context={page.context} />}
      status={x && <Pill tone="muted">{x.type}</Pill>}
      badges={<ConceptChip id="secret" />}
      lead={model?.found && <StorageDiagnoses diagnoses={model.explanation.diagnoses} evidence={model.evidence} identity={{ name: page.name, namespace: page.namespace }} />}
    >
      {x && (
        <>
          <Section id="type" title={t(locale, 'st.secret.type')}>
            <Facts testId="secret-type">
              <Fact term={t(locale, 'col.type')}>
                <span className="font-mono">{x.type}</span>
                <p className="text-sm" data-type-kind={x.typeKind}>
                  {t(locale, `st.secretType.${x.typeKind}`)}
                </p>
              </Fact>
              {x.typeKind === 'service-account-token' && (
                <Fact term="ServiceAccount">
                  <span className="font-mono" data-testid="secret-service-account">
                    {x.serviceAccount ?? '—'}
                  </span>
                  <p className="text-sm">{t(locale, 'st.secret.saToken')}</p>
                </Fact>
              )}
              <Fact term="immutable">
                <YesNo value={x.immutable} />
              </Fact>
            </Facts>
          </Section>
          <Section id="keys" title={t(locale, 'st.cfg.keys')}>
            <p className="mb-2 text-sm" data-testid="secret-never-shown">
              {t(locale, 'st.secret.neverShown')}
            </p>
            <p className="mb-2 text-sm" data-testid="config-size">
              {t(locale, 'st.cfg.size', { keys: x.keys.length, bytes: x.totalBytes, limit: x.limitBytes })}
            </p>
            <DataTable
              caption={t(locale, 'st.cfg.keys')}
      testId="secret-keys"
              density="compact"
              rows={x.keys}
              rowKey={(k) => k.key}
              rowData={(k) => ({ 'data-key': k.key })}
              empty={t(locale, 'st.cfg.noKeys')}
              columns={[
                { id: 'key', header: t(locale, 'st.cfg.key'), rowHeader: true, className: 'font-mono', cell: (k) => k.key },
                { id: 'bytes', header: t(locale, 'st.cfg.bytes'), className: 'font-mono', cell: (k) => k.bytes },
              ]}
            />
            <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'st.secret.base64')}</p>
          </Section>
          <UsedBy usedBy={x.usedBy} context={page.context} kind="Secret" />
          <Delivery delivery={x.delivery} />
        </>
      )}
    </DetailFrame>
  );
}

/** Every pod and workload template that references the object, each reference with its exact path, container, keys, mounts and whether it resolves. */
function UsedBy({ usedBy, context, kind }: { usedBy: ConfigUser[]; context: string; kind: 'ConfigMap' | 'Secret' }) {
  const locale = useLocale();
  return (
    <Section id="used-by" title={t(locale, 'st.usedBy.title')} actions={<ConceptChip id="configmap-secret-volumes" />}>
      <DataTable
        caption={t(locale, 'st.usedBy.title')}
      testId="used-by"
        density="compact"
        alignTop
        rows={usedBy}
        rowKey={(u) => `${u.kind}/${u.name}`}
        rowData={(u) => ({ 'data-user': `${u.kind}/${u.name}`, 'data-broken': String(u.broken) })}
        empty={t(locale, 'st.usedBy.none', { kind })}
        emptyTestId="used-by-empty"
        columns={[
          {
            id: 'user',
            header: t(locale, 'st.usedBy.user'),
            rowHeader: true,
            cell: (u) => (
              <>
                <span className="text-xs text-zinc-700 dark:text-zinc-300">{u.kind}</span> <ObjectLink href={objectHref(context, u.kind, u.namespace, u.name)}>{u.name}</ObjectLink>
                {u.controller && (
                  <p className="text-xs text-zinc-700 dark:text-zinc-300">
                    {t(locale, 'st.usedBy.controlledBy', { kind: u.controller.kind, name: u.controller.name })}
                  </p>
                )}
              </>
            ),
          },
          {
            id: 'refs',
            header: t(locale, 'st.usedBy.references'),
            cell: (u) => (
              <ul className="flex flex-col gap-1.5">
                {u.references.map((r) => (
                  <li key={r.path} data-path={r.path} data-state={r.check.state} data-broken={String(r.check.broken)}>
                    <span className="font-mono text-xs">{r.path}</span>{' '}
                    {r.check.broken ? (
                      <Pill tone="bad">{t(locale, `st.check.${r.check.state}`, { keys: r.check.missingKeys.join(', ') })}</Pill>
                    ) : r.check.state !== 'ok' ? (
                      <Pill tone="muted">{t(locale, 'st.check.optionalMissing', { keys: r.check.missingKeys.join(', ') })}</Pill>
                    ) : null}
                    <p className="text-xs text-zinc-700 dark:text-zinc-300">
                      {t(locale, `st.via.${r.via}`)}
                      {r.container && ` · ${t(locale, 'st.usedBy.container', { container: r.container })}`}
                      {r.envName && ` · ${r.envName}`}
                      {r.prefix && ` · prefix ${r.prefix}`}
                      {r.keys && ` · ${t(locale, 'st.usedBy.keys', { keys: r.keys.join(', ') })}`}
                      {r.optional && ` · optional`}
                    </p>
                    {r.mounts.map((m) => (
                      <p key={`${m.container}:${m.mountPath}`} className="font-mono text-xs">
                        {m.container} → {m.mountPath}
                        {m.subPath && ` (subPath ${m.subPath}: ${t(locale, 'st.usedBy.noUpdates')})`}
                      </p>
                    ))}
                  </li>
                ))}
              </ul>
            ),
          },
        ]}
      />
    </Section>
  );
}

/** How a change reaches the users: env read once at start, mounted files refreshed, subPath never. */
function Delivery({ delivery }: { delivery: ConfigDeliveryView }) {
  const locale = useLocale();
  const lines = (['env', 'mountedFiles', 'subPath', 'imagePull'] as const).filter((k) => delivery[k]);
  return (
    <Section id="delivery" title={t(locale, 'st.delivery.title')} actions={<ConceptChip id="env-vs-mounted-config" />}>
      <ul className="flex list-disc flex-col gap-1 pl-5 text-sm" data-testid="delivery">
        {lines.map((k) => (
          <li key={k} data-delivery={k}>
            {t(locale, `st.delivery.${k}`)}
          </li>
        ))}
        {lines.length === 0 && <li>{t(locale, 'st.delivery.none')}</li>}
      </ul>
      <p className="mt-2 text-xs text-zinc-700 dark:text-zinc-300">{t(locale, 'st.delivery.general')}</p>
    </Section>
  );
}
