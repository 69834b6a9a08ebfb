import { ConceptChip } from '@/components/explain/concept-chip';
import { Fact, Facts, Section } from '@/components/pod/bits';
import { useLocale } from '@/components/ui/page-context';
import type { DeploymentRollout } from '@/lib/explain/workloads/deployment-rollout';
import { t } from '@/lib/i18n/messages';
import type { DeploymentView } from '@/lib/views/deployment-view';
import { say } from '@/lib/views/sentence';

/** The strategy's budget worked out in numbers, and how minReadySeconds turns Ready into available. */
export function RolloutBudget({ view, rollout }: { view: DeploymentView; rollout: DeploymentRollout }) {
  const locale = useLocale();
  const b = rollout.budget;
  return (
    <>
      <Section
        id="budget"
        title={t(locale, 'deploy.budget.title')}
        actions={
          <>
            <ConceptChip id="max-surge-max-unavailable" /> <ConceptChip id="rolling-update" />
          </>
        }
      >
        <Facts testId="budget-facts">
          <Fact term="strategy.type">
            <span className="font-mono">{b.strategy}</span>
          </Fact>
          <Fact term="spec.replicas">
            <span className="font-mono">{b.replicas}</span>
          </Fact>
          {b.strategy === 'RollingUpdate' && (
            <>
              <Fact term="maxSurge">
                <span className="font-mono" data-testid="budget-surge">
                  {String(b.maxSurge.source)} → {b.maxSurge.value}
                </span>
              </Fact>
              <Fact term="maxUnavailable">
                <span className="font-mono" data-testid="budget-unavailable">
                  {String(b.maxUnavailable.source)} → {b.maxUnavailable.value}
                </span>
              </Fact>
            </>
          )}
        </Facts>
        <ul className="mt-3 flex list-disc flex-col gap-1 pl-5 text-sm" data-testid="budget">
          {view.budget.map((s, i) => (
            <li key={`${s.key}-${i}`} data-testid="budget-line" data-key={s.key}>
              {say(locale, s)}
            </li>
          ))}
        </ul>
      </Section>
      <Section id="min-ready" title={t(locale, 'deploy.minReady.title')} actions={<ConceptChip id="readiness-probe" />}>
        <p className="text-sm" data-testid="min-ready" data-key={view.minReady.key}>
          {say(locale, view.minReady)}
        </p>
      </Section>
    </>
  );
}
