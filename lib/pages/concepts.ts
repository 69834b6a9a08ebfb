import 'server-only';
import type { ConceptPageModel, ConceptsPageModel, ConceptsShell } from '@/lib/contract';
import type { V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import { concepts, type ConceptId } from '@/lib/concepts';
import { conceptIndex } from '@/lib/views/concept-search';
import { hasLiveExamples, liveExamples } from '@/lib/explain/concept-live';
import { readRawSnapshot } from '@/lib/k8s/query';
import type { KubeObject } from '@/lib/k8s/watch-cache';
import { errorView } from '@/lib/views/error-view';
import { currentContext } from './context';

/**
 * The concept pages' header: where "back to the cluster" goes (the
 * kubeconfig's current context, or the landing page that explains why there is none).
 * @example getConceptsShell() → { clusterHref: '/kube-explain-sandbox', context: 'kube-explain-sandbox' }
 */
export function getConceptsShell(): ConceptsShell {
  const c = currentContext();
  return c.ok ? { clusterHref: `/${encodeURIComponent(c.context)}`, context: c.context } : { clusterHref: '/', context: null };
}

/**
 * The concept list: the searchable part of the catalogue in both languages
 * (bodies stay on the server; the detail page renders them).
 */
export function getConceptsPage(): ConceptsPageModel {
  return { index: conceptIndex(concepts) };
}

/** True for a catalogue id (route params are untrusted strings). */
export function isConceptId(id: string): id is ConceptId {
  return Object.prototype.hasOwnProperty.call(concepts, id);
}

/**
 * A concept page's live part: objects in the kubeconfig's current context
 * that show the concept now. No reachable cluster becomes an explained
 * state of this section, never a failed page.
 * @example await getConceptPage('reason-crash-loop-backoff') → { id, live: { state: 'ok', context: 'kube-explain-sandbox', examples: { items: [{ name: 'crash-loop', … }] } } }
 */
export async function getConceptPage(id: ConceptId): Promise<ConceptPageModel> {
  if (!hasLiveExamples(id)) return { id, live: { state: 'none' } };
  const c = currentContext();
  if (!c.ok) return { id, live: { state: 'error', context: null, error: c.error } };
  const context = c.context;
  const [pods, services, nodes] = await Promise.all([
    readRawSnapshot<V1Pod & KubeObject>({ context, resource: 'pods' }),
    readRawSnapshot<V1Service & KubeObject>({ context, resource: 'services' }),
    readRawSnapshot<V1Node & KubeObject>({ context, resource: 'nodes' }),
  ]);
  const failed = [pods, services, nodes].find((s) => !s.ok);
  // Every resource failing means the cluster is out of reach; one forbidden kind still leaves the others worth showing.
  if (!pods.ok && !services.ok && !nodes.ok && failed && !failed.ok) return { id, live: { state: 'error', context, error: errorView(failed.error) } };
  const examples = liveExamples(id, { pods: pods.ok ? pods.items : [], services: services.ok ? services.items : [], nodes: nodes.ok ? nodes.items : [] }, new Date());
  const partial = [pods, services, nodes].some((s) => !s.ok || !s.synced);
  return { id, live: { state: 'ok', context, examples, partial } };
}
