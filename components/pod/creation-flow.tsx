import { ConceptChip } from '@/components/explain/concept-chip';
import { useLocale } from '@/components/ui/page-context';
import type { CreationFlow as Flow } from '@/lib/explain/pod-creation-flow';
import { t } from '@/lib/i18n/messages';
import { FlowSteps } from './flow-steps';
import { Section } from './bits';

/** How this pod came to be, step by step, from its real events and condition times. */
export function CreationFlow({ flow, nodeSimulated }: { flow: Flow; nodeSimulated: boolean }) {
  const locale = useLocale();
  const by = flow.createdBy;
  return (
    <Section id="creation" title={t(locale, 'pod.creation.title')} actions={<ConceptChip id="pod-creation-flow" />}>
      <p className="mb-3 text-sm">
        {by.kind === 'client'
          ? t(locale, 'pod.creation.byClient')
          : t(locale, 'pod.creation.byController', { kind: by.ownerKind, name: by.ownerName, controller: by.controllerName ?? by.ownerKind })}
        {flow.secondsToReady !== null && <> {t(locale, 'pod.creation.toReady', { seconds: flow.secondsToReady })}</>}
      </p>
      <FlowSteps
        steps={flow.steps}
        nodeSimulated={nodeSimulated}
        testId="creation-steps"
        title={(s) => t(locale, `pod.step.${s.id}` as const, s.params)}
      />
    </Section>
  );
}
