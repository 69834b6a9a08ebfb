import Link from 'next/link';
import type { LiveState, RelationEdge, RelationGraph, RelationNode } from '@/lib/contract';
import { t, type MessageKey } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locale';
import { objectHref } from '@/lib/views/object-href';
import { useLocale } from './page-context';

const BROKEN = 'bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800';
const MUTED = 'bg-zinc-100 text-zinc-800 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-600';

function Badge({ tone, children }: { tone: 'broken' | 'muted'; children: string }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${tone === 'broken' ? BROKEN : MUTED}`}>{children}</span>;
}

/** An object of the graph: its kind and name, linked to its page when it exists; a placeholder says what is absent. */
function NodeRef({ node, context, edge }: { node: RelationNode; context: string; edge: RelationEdge }) {
  const locale = useLocale();
  if (node.ghost === 'placeholder') {
    const key = `rel.ghost.placeholder.${edge.kind}`;
    return (
      <span className="italic" data-node={node.id} data-ghost="placeholder">
        {t(locale, (key in PLACEHOLDER ? key : 'rel.ghost.placeholder.other') as MessageKey)}
      </span>
    );
  }
  const href = node.ghost === 'missing' ? null : objectHref(context, node.kind, node.namespace, node.name);
  const name = href ? (
    <Link href={href} className="font-mono underline [overflow-wrap:anywhere]">
      {node.name}
    </Link>
  ) : (
    <span className="font-mono line-through decoration-red-500 [overflow-wrap:anywhere]">{node.name}</span>
  );
  return (
    <span data-node={node.id} data-ghost={node.ghost ?? undefined} className="inline-flex flex-wrap items-center gap-1">
      <span className="text-xs text-zinc-700 dark:text-zinc-300">{node.kind}</span> {name}
      {node.status && <span className="font-mono text-xs">({node.status})</span>}
      {node.ghost === 'missing' && <Badge tone="broken">{t(locale, 'rel.ghost.missing')}</Badge>}
      {node.ghost === 'unloaded' && <Badge tone="muted">{t(locale, 'rel.ghost.unloaded')}</Badge>}
    </span>
  );
}

const PLACEHOLDER: Record<string, true> = { 'rel.ghost.placeholder.selects': true, 'rel.ghost.placeholder.bound-to': true, 'rel.ghost.placeholder.pinned-to': true };

/** What the edge's detail says, as short text in the page's language. */
function detailText(locale: Locale, edge: RelationEdge): string[] {
  switch (edge.kind) {
    case 'owner':
      return [t(locale, edge.detail.controller ? 'rel.detail.controller' : 'rel.detail.notController')];
    case 'selects':
      return [edge.detail.selector, ...edge.detail.labels.map((l) => `${l.requirement} ${l.matches ? '✓' : '✗'} (${l.actual ?? '—'})`)];
    case 'endpoint':
      return [
        t(locale, 'rel.detail.endpoint', {
          slice: edge.detail.slice,
          index: edge.detail.index,
          ready: String(edge.detail.ready),
          serving: String(edge.detail.serving),
          terminating: String(edge.detail.terminating),
        }),
      ];
    case 'scheduled-on':
      return edge.detail.message ? [edge.detail.message] : [];
    case 'mounts-claim':
      return [t(locale, 'rel.detail.volume', { volume: edge.detail.volume }), ...(edge.detail.readOnly ? [t(locale, 'rel.detail.readOnly')] : [])];
    case 'claim-template':
      return [t(locale, 'rel.detail.template', { template: edge.detail.template, ordinal: edge.detail.ordinal })];
    case 'bound-to':
      return [t(locale, 'rel.detail.phases', { claimPhase: edge.detail.claimPhase || '—', volumePhase: edge.detail.volumePhase ?? '—' })];
    case 'in-class':
      return [];
    case 'pinned-to':
      return [t(locale, 'rel.detail.requirements', { requirements: edge.detail.requirements.join(', ') })];
    case 'uses-config':
      return edge.detail.references.map((r) => {
        const keys = r.keys ? t(locale, 'rel.detail.keys', { keys: r.keys.join(', ') }) : t(locale, 'rel.detail.allKeys');
        const check = r.check === null ? t(locale, 'rel.detail.notChecked') : r.check.missingKeys.length ? t(locale, 'rel.detail.missingKeys', { keys: r.check.missingKeys.join(', ') }) : '';
        return [r.via, keys, check].filter(Boolean).join(' · ');
      });
  }
}

function EdgeItem({ edge, anchor, graph, byId, context, nested }: { edge: RelationEdge; anchor: string; graph: RelationGraph; byId: Map<string, RelationNode>; context: string; nested: RelationEdge[] }) {
  const locale = useLocale();
  const otherId = edge.from === anchor ? edge.to : edge.from;
  const other = byId.get(otherId);
  if (!other) return null;
  const direction = edge.from === anchor ? 'out' : 'in';
  const label = t(locale, `rel.edge.${edge.kind}.${direction}` as MessageKey);
  const name = (id: string) => {
    const n = byId.get(id);
    return n ? `${n.kind} ${n.name}` : id;
  };
  return (
    <li data-testid="relation-edge" data-edge={edge.kind} data-other={other.id} data-broken={edge.broken ? 'true' : 'false'} className="flex flex-col gap-0.5">
      <div className="flex flex-wrap items-center gap-1.5 text-sm">
        <span className={edge.broken ? 'font-semibold text-red-800 dark:text-red-300' : 'text-zinc-700 dark:text-zinc-300'}>
          {edge.broken ? '⤫' : '→'} {label}
        </span>
        <NodeRef node={other} context={context} edge={edge} />
        {edge.broken && (
          <span data-testid="relation-broken" className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset ${BROKEN}`}>
            {t(locale, `rel.broken.${edge.broken.reason}`, { what: edge.broken.what })}
          </span>
        )}
      </div>
      <div className="pl-4 text-xs text-zinc-700 dark:text-zinc-300">
        <span className="sr-only">{t(locale, 'rel.evidence')}: </span>
        <span className="font-mono [overflow-wrap:anywhere]" data-testid="relation-evidence">
          {edge.evidence.map((e) => (e.object === anchor ? e.path : `${name(e.object)}: ${e.path}`)).join(' · ')}
        </span>
        {detailText(locale, edge).map((d, i) => (
          <p key={i} className="break-words">
            {d}
          </p>
        ))}
      </div>
      {nested.length > 0 && (
        <ul className="ml-4 mt-1 flex flex-col gap-1.5 border-l border-zinc-200 pl-3 dark:border-zinc-800" aria-label={t(locale, 'rel.via', { name: name(other.id) })}>
          {nested.map((n) => (
            <EdgeItem key={n.id} edge={n} anchor={other.id} graph={graph} byId={byId} context={context} nested={[]} />
          ))}
        </ul>
      )}
    </li>
  );
}

/**
 * The relations around one object, one or two hops out (lib/explain/relations.ts):
 * each link with its direction, the evidence paths that make it true and its
 * details (selector labels, endpoint conditions, the scheduling event, the
 * config references), broken links marked with what is missing; the second
 * hop is listed under the neighbour it goes through.
 */
export function RelationsPanel({ graph: latest, state, context }: { graph: RelationGraph | null; state: LiveState | null; context: string }) {
  const locale = useLocale();
  // A graph built while a cache is still syncing, or could not be read, would call objects missing that are only unread.
  const failed = state?.phase === 'forbidden' || state?.phase === 'error' ? state : null;
  const graph = state?.phase === 'synced' || state?.phase === 'reconnecting' ? latest : null;
  const byId = new Map((graph?.nodes ?? []).map((n) => [n.id, n]));
  const center = graph?.center ?? '';
  const first = graph ? graph.edges.filter((e) => e.from === center || e.to === center) : [];
  // Every further edge is listed under the first-hop neighbour it starts from, else the one it reaches.
  const hop1 = new Set(first.map((e) => (e.from === center ? e.to : e.from)));
  const further = new Map<string, RelationEdge[]>();
  for (const e of graph ? graph.edges.filter((x) => x.from !== center && x.to !== center) : []) {
    const anchor = hop1.has(e.from) ? e.from : hop1.has(e.to) ? e.to : null;
    if (anchor) further.set(anchor, [...(further.get(anchor) ?? []), e]);
  }
  const shown = new Set<string>();
  return (
    <section id="relations" aria-labelledby="relations-h" className="scroll-mt-20 rounded-lg border border-zinc-200 p-4 dark:border-zinc-800" data-testid="relations">
      <h2 id="relations-h" className="mb-1 text-lg font-semibold">
        {t(locale, 'rel.title')}
      </h2>
      <p className="mb-3 text-sm text-zinc-700 dark:text-zinc-300">{t(locale, 'rel.intro')}</p>
      {failed ? (
        <p className="text-sm" data-testid="relations-unreadable">
          {failed.phase === 'forbidden' ? t(locale, 'rel.forbidden', { verb: failed.verb, resource: failed.resource }) : t(locale, 'rel.failed', { message: failed.message })}
        </p>
      ) : !graph ? (
        <p className="text-sm" data-testid="relations-loading">
          {t(locale, 'rel.loading')}
        </p>
      ) : first.length === 0 ? (
        <p className="text-sm" data-testid="relations-none">
          {t(locale, 'rel.none')}
        </p>
      ) : (
        <ul className="flex flex-col gap-2">
          {first.map((edge) => {
            const other = edge.from === center ? edge.to : edge.from;
            // A neighbour reached by several edges (selects and endpoint) carries its further hops once.
            const nested = shown.has(other) ? [] : (further.get(other) ?? []);
            shown.add(other);
            return <EdgeItem key={edge.id} edge={edge} anchor={center} graph={graph} byId={byId} context={context} nested={nested} />;
          })}
        </ul>
      )}
      {graph && graph.truncated.length > 0 && (
        <ul className="mt-3 text-xs text-zinc-700 dark:text-zinc-300" data-testid="relations-truncated">
          {graph.truncated.map((x) => (
            <li key={`${x.node}:${x.kind}`}>{t(locale, 'rel.truncated', { total: x.total, kind: x.kind, node: byId.get(x.node)?.name ?? x.node, shown: x.shown })}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
