import Link from 'next/link';
import { concepts } from '@/lib/concepts';
import type { Locale } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import type { ConceptPageModel } from '@/lib/contract';
import { conceptGroup } from '@/lib/views/concept-groups';
import { ConceptChipView, conceptHref } from '@/components/explain/concept-chip';
import { ConceptLive } from './concept-live';

/** The catalogue keeps a body as paragraphs separated by blank lines. */
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/**
 * One concept page: the explanation in the chosen language, the common
 * misconception beside its correction, the official docs, kubectl and
 * docker commands, related concepts, and live examples from the cluster.
 */
export function ConceptDetail({ model, locale }: { model: ConceptPageModel; locale: Locale }) {
  const entry = concepts[model.id];
  const text = entry.text[locale];
  const other: Locale = locale === 'zh' ? 'en' : 'zh';
  const group = conceptGroup(model.id);
  return (
    <article className="flex flex-col gap-6" data-testid="concept" data-concept={model.id}>
      <nav aria-label={t(locale, 'conceptPage.breadcrumb')} className="text-sm">
        <ol className="flex flex-wrap gap-1 text-zinc-700 dark:text-zinc-300">
          <li>
            <Link href="/concepts">{t(locale, 'nav.concepts')}</Link>
            <span aria-hidden="true"> › </span>
          </li>
          <li>
            <Link href={`/concepts#group-${group}`}>{t(locale, `conceptList.group.${group}`)}</Link>
          </li>
        </ol>
      </nav>
      <header className="flex flex-col gap-2">
        <h1 className="text-2xl font-semibold" data-testid="concept-title">
          {text.title}
        </h1>
        {entry.text[other].title !== text.title && (
          <p lang={other === 'zh' ? 'zh-CN' : 'en'} className="text-sm text-zinc-700 dark:text-zinc-300">
            {entry.text[other].title}
          </p>
        )}
        <p className="text-lg text-zinc-800 dark:text-zinc-200" data-testid="concept-summary">
          {text.summary}
        </p>
      </header>

      <section aria-labelledby="body-title" className="flex flex-col gap-3">
        <h2 id="body-title" className="sr-only">
          {t(locale, 'conceptPage.explanation')}
        </h2>
        {paragraphs(text.body).map((p, i) => (
          <p key={i} className="leading-relaxed">
            {p}
          </p>
        ))}
      </section>

      {text.misconception && (
        <section aria-labelledby="misconception-title" className="grid gap-0 overflow-hidden rounded-lg border border-amber-300 md:grid-cols-2 dark:border-amber-800" data-testid="misconception">
          <h2 id="misconception-title" className="sr-only">
            {t(locale, 'concept.misconception')}
          </h2>
          <div className="bg-amber-50 p-4 dark:bg-amber-950/40">
            <p className="mb-1 flex items-center gap-1.5 text-sm font-semibold text-amber-900 dark:text-amber-200">
              <span aria-hidden="true">✗</span>
              {t(locale, 'concept.misconception')}
            </p>
            <p data-testid="misconception-belief">{text.misconception.belief}</p>
          </div>
          <div className="bg-emerald-50 p-4 dark:bg-emerald-950/40">
            <p className="mb-1 flex items-center gap-1.5 text-sm font-semibold text-emerald-900 dark:text-emerald-200">
              <span aria-hidden="true">✓</span>
              {t(locale, 'concept.correction')}
            </p>
            <p data-testid="misconception-correction">{text.misconception.correction}</p>
          </div>
        </section>
      )}

      <ConceptLive live={model.live} locale={locale} />

      {entry.commands.length > 0 && (
        <section aria-labelledby="commands-title" className="flex flex-col gap-2">
          <h2 id="commands-title" className="text-lg font-semibold">
            {t(locale, 'concept.commands')}
          </h2>
          <ul className="flex flex-col gap-2" data-testid="commands">
            {entry.commands.map((c, i) => (
              <li key={i} className="rounded-lg border border-zinc-200 p-3 dark:border-zinc-800">
                <dl className="grid grid-cols-[auto_1fr] items-baseline gap-x-3 gap-y-1">
                  {c.kubectl && (
                    <>
                      <dt className="text-xs font-medium text-zinc-700 dark:text-zinc-300">kubectl</dt>
                      <dd>
                        <code className="break-all rounded bg-zinc-100 px-1.5 py-0.5 text-sm dark:bg-zinc-900">{c.kubectl}</code>
                      </dd>
                    </>
                  )}
                  {c.docker && (
                    <>
                      <dt className="text-xs font-medium text-zinc-700 dark:text-zinc-300">docker</dt>
                      <dd>
                        <code className="break-all rounded bg-zinc-100 px-1.5 py-0.5 text-sm dark:bg-zinc-900">{c.docker}</code>
                      </dd>
                    </>
                  )}
                </dl>
                {c.note && <p className="mt-1 text-sm text-zinc-700 dark:text-zinc-300">{c.note[locale]}</p>}
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="docs-title" className="flex flex-col gap-2">
        <h2 id="docs-title" className="text-lg font-semibold">
          {t(locale, 'concept.docs')}
        </h2>
        <ul className="list-inside list-disc" data-testid="docs">
          {entry.docs.map((d) => (
            <li key={d.url}>
              <a href={d.url} target="_blank" rel="noopener noreferrer" lang="en" data-testid="doc-link" className="underline">
                {d.label}
              </a>{' '}
              <span className="text-xs text-zinc-600 dark:text-zinc-400">({new URL(d.url).hostname})</span>
            </li>
          ))}
        </ul>
      </section>

      {entry.related.length > 0 && (
        <section aria-labelledby="related-title" className="flex flex-col gap-2">
          <h2 id="related-title" className="text-lg font-semibold">
            {t(locale, 'concept.related')}
          </h2>
          <ul className="flex flex-wrap gap-1.5" data-testid="related">
            {entry.related.map((id) => (
              <li key={id}>
                <ConceptChipView id={id} href={conceptHref(id, locale)} title={concepts[id].text[locale].title} summary={concepts[id].text[locale].summary} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
