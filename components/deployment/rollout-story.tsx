import { Age, Clock, Pill, Section, type Tone } from '@/components/pod/bits';
import { DataTable } from '@/components/ui/data-table';
import { useLocale } from '@/components/ui/page-context';
import { t } from '@/lib/i18n/messages';
import type { StoryEntry } from '@/lib/views/deployment-story';
import { say } from '@/lib/views/sentence';

const TONE: Record<StoryEntry['tone'], Tone> = { ok: 'ok', info: 'info', warn: 'warn', bad: 'bad' };

/** The rollout told step by step, oldest first; a rebuilt model adds each new step as it happens. */
export function RolloutStory({ story, now }: { story: StoryEntry[]; now: Date }) {
  const locale = useLocale();
  return (
    <Section id="story" title={t(locale, 'deploy.story.title')}>
      <DataTable
        caption={t(locale, 'deploy.story.title')}
        testId="story"
        density="compact"
        alignTop
        rows={story}
        rowKey={(e, i) => `${i}:${e.kind}:${e.at ?? ''}`}
        rowData={(e) => ({ 'data-testid': 'story-entry', 'data-kind': e.kind, 'data-rs': e.replicaSet?.name, 'data-key': e.text.key })}
        empty={t(locale, 'deploy.story.empty')}
        columns={[
          {
            id: 'when',
            header: t(locale, 'deploy.story.when'),
            className: 'whitespace-nowrap',
            ticking: true,
            cell: (e) => (
              <span className="flex flex-col text-xs">
                <Clock iso={e.at} />
                <Age iso={e.at} now={now} />
              </span>
            ),
          },
          {
            id: 'rs',
            header: t(locale, 'deploy.story.rs'),
            cell: (e) =>
              e.replicaSet && (
                <span className="flex flex-wrap gap-1">
                  {e.replicaSet.revision !== null && <Pill tone="muted">{t(locale, 'deploy.bars.revision', { revision: e.replicaSet.revision })}</Pill>}
                  {e.replicaSet.role !== 'gone' && <Pill tone={e.replicaSet.role === 'new' ? 'info' : 'muted'}>{t(locale, e.replicaSet.role === 'new' ? 'deploy.bars.new' : 'deploy.bars.old')}</Pill>}
                </span>
              ),
          },
          {
            id: 'what',
            header: t(locale, 'deploy.story.what'),
            rowHeader: true,
            cell: (e) => (
              <div className="flex flex-col gap-0.5">
                <span className="flex flex-wrap items-center gap-2">
                  <Pill tone={TONE[e.tone]}>{e.kind === 'progressing' ? 'Progressing' : e.kind === 'available' ? 'Available' : e.kind === 'scaled' ? 'ScalingReplicaSet' : '•'}</Pill>
                  <span>{say(locale, e.text)}</span>
                  {e.count > 1 && <span className="font-mono text-xs">{t(locale, 'deploy.story.repeated', { count: e.count })}</span>}
                </span>
                {e.detail && <span className="text-xs text-zinc-700 dark:text-zinc-300">{say(locale, e.detail)}</span>}
                {e.quote && <span className="font-mono text-xs text-zinc-700 dark:text-zinc-300">“{e.quote}”</span>}
              </div>
            ),
          },
        ]}
      />
    </Section>
  );
}
