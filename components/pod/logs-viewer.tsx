import { useSearchParams } from 'next/navigation';
import { useEffect, useId, useRef } from 'react';
import useSWR from 'swr';
import { ErrorPanel } from '@/components/chrome/error-panel';
import type { ErrorInfoView } from '@/lib/contract';
import { ConceptChip } from '@/components/explain/concept-chip';
import { t } from '@/lib/i18n/messages';
import { useNow } from '@/components/live/use-live';
import { useLocale } from '@/components/ui/page-context';
import type { ContainerExplanation } from '@/lib/explain/containers';
import { defaultLogTarget, logContainers } from '@/lib/views/pod-logs';
import { withParams } from '@/lib/views/pod-tabs';
import { OWN_PAGE_HEADER } from '@/lib/security/request-guard';
import { Section } from './bits';

type LogResponse = { ok: true; text: string } | { ok: false; status: number; error: ErrorInfoView };

async function fetchLog(url: string): Promise<LogResponse> {
  // The header proves to the request guard that our own page asks (a cross-site page cannot send it without a preflight).
  const res = await fetch(url, { cache: 'no-store', headers: { [OWN_PAGE_HEADER]: '1' } });
  const body = (await res.json().catch(() => ({}))) as { text?: string; error?: ErrorInfoView };
  if (!res.ok || body.error) {
    return { ok: false, status: res.status, error: body.error ?? { kind: 'unknown', message: `HTTP ${res.status}`, fix: { id: 'fix.unknown', params: {} } } };
  }
  return { ok: true, text: body.text ?? '' };
}

// The apiserver's own "bad request" answers (no previous instance, container not started yet) are facts about the pod, not failures.
function isPodAnswer(r: LogResponse): boolean {
  return !r.ok && (r.status === 400 || r.status === 404) && r.error.kind !== 'forbidden';
}

/**
 * Current or --previous logs of one container, refreshed every 3 s. The
 * container and previous choice live in the URL (?tab=logs&container=app&previous=1);
 * a crash-looping container opens on its previous instance.
 */
export function LogsViewer({ context, namespace, name, containers: explained }: { context: string; namespace: string; name: string; containers: ContainerExplanation[] }) {
  const locale = useLocale();
  const search = useSearchParams();
  const now = useNow(10_000);
  const containers = logContainers(explained, now);
  const target = defaultLogTarget(containers, search.get('container'), search.get('previous'));
  const chosen = containers.find((c) => c.name === target.container);
  const selectId = useId();
  const pre = useRef<HTMLPreElement>(null);
  const query = target.container && (chosen?.ran || target.previous)
    ? new URLSearchParams({ context, namespace, name, container: target.container, ...(target.previous ? { previous: '1' } : {}), tailLines: '500' }).toString()
    : null;
  const { data, isLoading } = useSWR(query ? `/api/logs?${query}` : null, fetchLog, { refreshInterval: 3000, keepPreviousData: true, revalidateOnFocus: false });
  const text = data?.ok ? data.text : null;

  useEffect(() => {
    if (pre.current) pre.current.scrollTop = pre.current.scrollHeight;
  }, [text]);

  const set = (params: Record<string, string | null>) => window.history.replaceState(null, '', withParams(search.toString(), params));
  const command = target.container ? `kubectl logs ${name} -n ${namespace} -c ${target.container}${target.previous ? ' --previous' : ''}` : '';

  return (
    <Section
      id="logs"
      title={t(locale, 'pod.logs.title')}
      actions={<ConceptChip id="restart-policy" label={t(locale, 'pod.logs.previousConcept')} />}
    >
      {containers.length === 0 ? (
        <p className="text-sm">{t(locale, 'pod.logs.noContainers')}</p>
      ) : (
        <>
          <form className="mb-3 flex flex-wrap items-end gap-4" onSubmit={(e) => e.preventDefault()}>
            <div className="flex flex-col text-sm">
              <label htmlFor={selectId}>{t(locale, 'pod.logs.container')}</label>
              <select
                id={selectId}
                data-testid="log-container"
                value={target.container ?? ''}
                onChange={(e) => set({ container: e.target.value, previous: null })}
                className="rounded border border-zinc-300 bg-white px-2 py-1 dark:border-zinc-700 dark:bg-zinc-900"
              >
                {containers.map((c) => (
                  <option key={c.name} value={c.name}>
                    {c.name} ({t(locale, `pod.kind.${c.kind}` as const)}){c.crashed ? ` — ${t(locale, 'pod.logs.crashed')}` : ''}
                  </option>
                ))}
              </select>
            </div>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                data-testid="log-previous"
                checked={target.previous}
                disabled={!chosen?.hasPrevious}
                onChange={(e) => set({ previous: e.target.checked ? '1' : '0' })}
              />
              {t(locale, 'pod.logs.previous')}
            </label>
            <code className="break-all rounded bg-zinc-100 px-2 py-1 text-xs text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">{command}</code>
          </form>
          {chosen?.crashed && !target.previous && chosen.hasPrevious && <p className="mb-2 text-sm">{t(locale, 'pod.logs.tryPrevious')}</p>}
          {target.previous && <p className="mb-2 text-sm">{t(locale, 'pod.logs.previousNote')}</p>}
          {chosen && !chosen.ran && !target.previous ? (
            <p className="rounded border border-zinc-300 p-3 text-sm dark:border-zinc-700" data-testid="log-not-started">
              {t(locale, 'pod.logs.notStarted')}
            </p>
          ) : data && !data.ok && !isPodAnswer(data) ? (
            <ErrorPanel error={data.error} locale={locale} compact />
          ) : data && !data.ok ? (
            <p className="rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40" data-testid="log-unavailable">
              {t(locale, 'pod.logs.unavailable')} <span className="font-mono text-xs">{data.error.message}</span>
            </p>
          ) : (
            <pre
              ref={pre}
              tabIndex={0}
              aria-label={t(locale, 'pod.logs.output', { container: target.container ?? '' })}
              aria-busy={isLoading}
              data-testid="log-text"
              data-previous={target.previous ? 'true' : 'false'}
              className="max-h-[60vh] min-h-24 overflow-auto whitespace-pre-wrap rounded bg-zinc-950 p-3 text-xs text-zinc-100"
            >
              {text === null ? t(locale, 'pod.logs.loading') : text === '' ? t(locale, 'pod.logs.empty') : text}
            </pre>
          )}
        </>
      )}
    </Section>
  );
}
