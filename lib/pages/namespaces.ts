import 'server-only';
import type { NamespaceRow } from '@/lib/contract';
import { readListSnapshot } from '@/lib/k8s/query';

/**
 * The namespace names for a page's selector, sorted; `fallback` when the
 * namespaces cannot be listed (a user allowed into one namespace only still
 * sees the one they asked for).
 * @example await readNamespaceNames('kind-kind', ['shop']) → ['default', 'kube-system', 'shop']
 */
export async function readNamespaceNames(context: string, fallback: string[]): Promise<string[]> {
  const nss = await readListSnapshot<NamespaceRow>({ view: 'namespaces', context });
  return nss.ok ? nss.items.map((n) => n.name).sort() : fallback;
}
