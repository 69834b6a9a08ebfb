'use client';

import { useSearchParams } from 'next/navigation';
import { ConceptChip } from '@/components/explain/concept-chip';
import { DiagnosisList } from '@/components/explain/diagnosis-list';
import { useLiveModel, useNow } from '@/components/live/use-live';
import { Age, Fact, Facts, Pill, type Tone } from '@/components/pod/bits';
import { DetailFrame } from '@/components/ui/detail-frame';
import { ReplacedPods } from '@/components/history/replaced-pods';
import { RelationsPanel } from '@/components/ui/relations-panel';
import { useLocale } from '@/components/ui/page-context';
import { WorkloadStatus } from '@/components/workloads/workload-columns';
import { OwnedPodsLink } from '@/components/workloads/workload-summary';
import type { ConceptId } from '@/lib/concepts/ids';
import type { DeploymentDetailModel, WorkloadDetailPageModel, RelationGraph } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { deploymentCommands } from '@/lib/views/deployment-commands';
import { DEPLOYMENT_TABS, parseDeploymentTab, type DeploymentTab, type RolloutPhase } from '@/lib/views/deployment-view';
import { liveError } from '@/lib/views/error-view';
import { say } from '@/lib/views/sentence';
import { DeploymentCommands } from './deployment-commands';
import { ReplicaSetBars } from './replicaset-bars';
import { RevisionHistory } from './revision-history';
import { RolloutBudget } from './rollout-budget';
import { RolloutNow } from './rollout-now';
import { RolloutStory } from './rollout-story';

type Found = Extract<DeploymentDetailModel, { found: true }>;

/** The concept behind each note, for its chip. */
const NOTE_CONCEPT: Partial<Record<string, ConceptId>> = {
  'deploy.note.paused': 'rolling-update',
  'deploy.note.notObserved': 'deployment-conditions',
  'deploy.note.hpa': 'horizontal-pod-autoscaler',
  'deploy.note.replicaFailure': 'replicaset',
};

const PHASE_TONE: Record<RolloutPhase, Tone> = { paused: 'warn', 'not-observed': 'warn', 'timed-out': 'bad', 'create-error': 'bad', complete: 'ok', rolling: 'info' };

function Summary({ m, context, now }: { m: Found; context: string; now: Date }) {
  const locale = useLocale();
  const r = m.rollout;
  const current = r.replicaSets.find((s) => s.role === 'new');
  return (
    <Facts testId="deployment-summary" wide>
      <Fact term={t(locale, 'deploy.fact.strategy')}>
        <span className="font-mono">{r.strategy}</span>
      </Fact>
      <Fact term={t(locale, 'deploy.fact.replicas')}>
        <span className="font-mono">{r.replicas}</span>
        {r.hpa && <span className="ml-2 text-xs">({t(locale, 'deploy.fact.replicasHpa', { name: r.hpa.name })})</span>}
      </Fact>
      <Fact term={t(locale, 'deploy.fact.minReadySeconds')}>
        <span className="font-mono">{r.minReadySeconds}</span>
      </Fact>
      <Fact term={t(locale, 'deploy.fact.deadline')}>
        <span className="font-mono">{r.deadline.seconds ?? t(locale, 'deploy.none')}</span>
      </Fact>
      <Fact term={t(locale, 'deploy.fact.revision')}>
        <span className="font-mono" data-testid="deployment-revision">
          {current?.revision ?? '—'}
        </span>
      </Fact>
      <Fact term={t(locale, 'deploy.fact.generation')}>
        <span className="font-mono" data-testid="deployment-generation">
          {r.generation ?? '—'} / {r.observedGeneration ?? '—'}
        </span>
      </Fact>
      <Fact term={t(locale, 'col.age')}>
        <Age iso={m.row.createdAt} now={now} />
      </Fact>
      <Fact term={t(locale, 'deploy.fact.pods')}>
        <OwnedPodsLink context={context} namespace={m.namespace} kind="Deployment" name={m.name} locale={locale} />
      </Fact>
    </Facts>
  );
}

/** Notes that change how to read the page, then the diagnoses: the Deployment's own, then its pods' pulled in. */
function Lead({ m }: { m: Found }) {
  const locale = useLocale();
  // Workload diagnoses name their kind; the ones without are the pods' own, pulled in.
  const own = m.diagnoses.filter((d) => 'kind' in d.params);
  const pods = m.diagnoses.filter((d) => !('kind' in d.params));
  const evidence = (p: string) => m.evidence[p] ?? t(locale, 'deploy.evidence.absent');
  return (
    <>
      {m.view.notes.length > 0 && (
        <ul className="flex flex-col gap-2" data-testid="deployment-notes">
          {m.view.notes.map((n) => (
            <li key={n.key} data-testid="deployment-note" data-key={n.key} className="rounded border-l-4 border-amber-400 bg-amber-50 p-2 text-sm dark:border-amber-700 dark:bg-amber-950/40">
              {say(locale, n)} {NOTE_CONCEPT[n.key] && <ConceptChip id={NOTE_CONCEPT[n.key]!} />}
            </li>
          ))}
        </ul>
      )}
      <section aria-labelledby="diagnoses-h" id="diagnoses" className="scroll-mt-20">
        <h2 id="diagnoses-h" className="mb-2 text-lg font-semibold">
          {t(locale, 'deploy.diag.title')}
        </h2>
        {m.diagnoses.length === 0 ? (
          <p className="text-sm" data-testid="no-diagnoses">
            {t(locale, 'deploy.diag.none')}
          </p>
        ) : (
          <div className="flex flex-col gap-3">
            <DiagnosisList diagnoses={own} identity={{}} evidenceValue={evidence} />
            {pods.length > 0 && (
              <div data-testid="pulled-diagnoses" className="flex flex-col gap-2">
                <p className="text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'deploy.diag.newPodsIntro')}</p>
                <DiagnosisList diagnoses={pods} identity={{}} evidenceValue={evidence} />
              </div>
            )}
          </div>
        )}
      </section>
    </>
  );
}

function TabContent({ tab, m, base, now }: { tab: DeploymentTab; m: Found; base: string; now: Date }) {
  switch (tab) {
    case 'rollout':
      return (
        <>
          <RolloutNow view={m.view} rollout={m.rollout} now={now} />
          <ReplicaSetBars bars={m.view.bars} base={base} namespace={m.namespace} now={now} />
          <RolloutStory story={m.story} now={now} />
        </>
      );
    case 'budget':
      return <RolloutBudget view={m.view} rollout={m.rollout} />;
    case 'history':
      return <RevisionHistory history={m.history} base={base} namespace={m.namespace} now={now} />;
    case 'commands':
      return <DeploymentCommands commands={deploymentCommands(m.rollout, m.row.selector)} />;
  }
}

/** The live Deployment page: the rollout explained as it happens, its budget, its revision history and commands, as tabs kept in the URL (?tab=…). */
export function DeploymentDetailView({ page }: { page: WorkloadDetailPageModel<'deployment'> }) {
  const locale = useLocale();
  const live = useLiveModel<DeploymentDetailModel>({ view: 'deployment', context: page.context, namespace: page.namespace, name: page.name }, page.initial);
  const relations = useLiveModel<RelationGraph>({ view: 'relations', context: page.context, kind: 'Deployment', namespace: page.namespace, name: page.name });
  const search = useSearchParams();
  const tab = parseDeploymentTab(search.get('tab'));
  // Countdowns (progress deadline, minReadySeconds) tick every second.
  const now = useNow(1000);
  const base = `/${encodeURIComponent(page.context)}`;
  const model = live.model && 'found' in live.model ? live.model : null;
  const found = model?.found ? model : null;
  const counts: Partial<Record<DeploymentTab, number>> = found ? { history: found.history.revisions.length } : {};
  return (
    <DetailFrame
      kind="Deployment"
      name={page.name}
      namespace={page.namespace}
      list={{ href: `${base}/deployments?namespace=${encodeURIComponent(page.namespace)}`, label: t(locale, 'deploy.backToList') }}
      state={live.state}
      error={liveError(live.state, page.error)}
      phase={!model ? 'loading' : found ? 'ready' : 'not-found'}
      loadingText={t(locale, 'deploy.loading')}
      notFound={{ title: t(locale, 'deploy.notFound.title'), body: t(locale, 'deploy.notFound.body', { name: page.name, namespace: page.namespace }), back: t(locale, 'deploy.notFound.back') }}
      testId="deployment"
      after={
        <>
          <ReplacedPods context={page.context} namespace={page.namespace} ownerKind="Deployment" ownerName={page.name} />
          <RelationsPanel graph={relations.model} state={relations.state} context={page.context} />
        </>
      }
      status={
        found && (
          <span className="flex items-center gap-2" data-testid="deployment-status" data-phase={found.view.phase}>
            <WorkloadStatus resource="deployments" row={found.row} locale={locale} />
            <Pill tone={PHASE_TONE[found.view.phase]} testId="rollout-phase">
              {t(locale, `deploy.stage.${found.view.phase}`)}
            </Pill>
          </span>
        )
      }
      badges={<ConceptChip id="deployment" />}
      summary={found && <Summary m={found} context={page.context} now={now} />}
      lead={found && <Lead m={found} />}
      tabs={{ label: t(locale, 'deploy.tabs'), items: DEPLOYMENT_TABS.map((id) => ({ id, label: t(locale, `deploy.tab.${id}`), count: counts[id] })), active: tab }}
    >
      {found && <TabContent tab={tab} m={found} base={base} now={now} />}
    </DetailFrame>
  );
}
