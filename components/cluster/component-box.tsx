import type { ReactNode } from 'react';
import type { ClusterComponent } from '@/lib/explain/cluster';
import { t } from '@/lib/i18n/messages';
import type { EvidenceLine } from '@/lib/views/cluster-evidence';
import { ConceptChip } from '@/components/explain/concept-chip';
import { HealthBadge } from './health-badge';
import { useLocale } from '@/components/ui/page-context';

/**
 * One box on the architecture map: the component's name, health, its own
 * live facts (children), the evidence paths the health rests on, its static
 * pods when it has any, and a link to its concept.
 */
export function ComponentBox({
  component,
  evidence,
  children,
  title,
}: {
  component: ClusterComponent;
  evidence: EvidenceLine[];
  children?: ReactNode;
  title?: string;
}) {
  const locale = useLocale();
  const headingId = `component-${component.id}`;
  return (
    <article
      aria-labelledby={headingId}
      data-testid="component"
      data-component={component.id}
      data-health={component.health}
      className="flex min-w-0 flex-col gap-2 rounded-lg border border-zinc-300 bg-white p-3 shadow-sm dark:border-zinc-700 dark:bg-zinc-900"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h4 id={headingId} className="font-mono text-sm font-semibold">
          {title ?? component.id}
        </h4>
        <HealthBadge health={component.health} />
      </div>
      {children}
      {component.pods.length > 0 && (
        <div className="text-xs">
          <p className="font-medium text-zinc-700 dark:text-zinc-300">{t(locale, component.pods.some((p) => p.mirror) ? 'overview.staticPods' : 'overview.pods')}</p>
          <ul className="mt-1 flex flex-col gap-0.5 font-mono">
            {component.pods.map((p) => (
              <li key={`${p.namespace}/${p.name}`} data-testid="component-pod">
                {p.name} · {p.phase ?? '?'} · {p.ready ? 'Ready' : 'NotReady'}
                {p.restarts > 0 ? ` · ${t(locale, 'overview.restarts', { count: p.restarts })}` : ''}
              </li>
            ))}
          </ul>
        </div>
      )}
      {evidence.length > 0 && (
        <details className="text-xs">
          <summary className="cursor-pointer text-zinc-700 dark:text-zinc-300">{t(locale, 'overview.evidence', { count: evidence.length })}</summary>
          <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-2 gap-y-0.5 font-mono" data-testid="evidence">
            {evidence.map((e) => (
              <div key={e.path} className="contents">
                <dt className="break-all text-zinc-600 dark:text-zinc-400">{e.path}</dt>
                <dd className="break-all">{e.value}</dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <div className="mt-auto">
        <ConceptChip id={component.conceptId} />
      </div>
    </article>
  );
}
