import Link from 'next/link';
import type { OwnerFilter, OwnerKind, WorkloadResource } from '@/lib/contract';
import { t } from '@/lib/i18n/messages';
import { intermediateOf } from '@/lib/views/pod-filter';
import { useLocale } from '@/components/ui/page-context';

const RESOURCE: Readonly<Record<OwnerKind, WorkloadResource>> = {
  Deployment: 'deployments',
  ReplicaSet: 'replicasets',
  StatefulSet: 'statefulsets',
  DaemonSet: 'daemonsets',
  Job: 'jobs',
  CronJob: 'cronjobs',
};

const SLOT = '\u0000';

function slot(text: string): [string, string] {
  const [before = '', after = ''] = text.split(SLOT);
  return [before, after];
}

/** The page of a workload: `/<context>/<resource>/<namespace>/<name>`. */
export function ownerPageHref(base: string, kind: OwnerKind, namespace: string, name: string): string {
  return `${base}/${RESOURCE[kind]}/${encodeURIComponent(namespace)}/${encodeURIComponent(name)}`;
}

/**
 * What the Pods view is narrowed to (`?owner=Kind/name`): the owner, linked
 * to its page when the namespace is known, the ReplicaSets or Jobs its pods
 * were found through, and the way back to all pods; or why an owner filter
 * was ignored.
 */
export function OwnerBanner({ owner, raw, through, base, namespace, clearHref }: { owner: OwnerFilter | null; raw: string; through: { namespace: string; name: string }[]; base: string; namespace: string; clearHref: string }) {
  const locale = useLocale();
  const clear = (
    <Link href={clearHref} className="underline" data-testid="owner-clear">
      {t(locale, 'pods.owner.clear')}
    </Link>
  );
  if (!owner) {
    return (
      <p className="rounded border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100" data-testid="owner-invalid">
        {t(locale, 'pods.owner.invalid', { owner: raw })} {clear}
      </p>
    );
  }
  const via = intermediateOf(owner.kind);
  // The sentence's words around the linked names, in the page's word order.
  const showing = slot(t(locale, 'pods.owner.showing', { kind: owner.kind, name: SLOT }));
  const throughText = slot(t(locale, 'pods.owner.through', { kind: via?.kind ?? '', names: SLOT }));
  const name = namespace ? (
    <Link href={ownerPageHref(base, owner.kind, namespace, owner.name)} className="font-mono underline" data-testid="owner-link">
      {owner.name}
    </Link>
  ) : (
    <span className="font-mono">{owner.name}</span>
  );
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded border border-sky-300 bg-sky-50 p-2 text-sm dark:border-sky-800 dark:bg-sky-950" data-testid="owner-banner" data-owner={`${owner.kind}/${owner.name}`}>
      <span>
        {showing[0]}
        {name}
        {showing[1]}
      </span>
      {via && (
        <span className="text-zinc-700 dark:text-zinc-300" data-testid="owner-through">
          {through.length === 0 ? (
            t(locale, 'pods.owner.throughNone', { kind: via.kind })
          ) : (
            <>
              {throughText[0]}
              {through.map((x, i) => (
                <span key={`${x.namespace}/${x.name}`}>
                  {i > 0 && ', '}
                  <Link href={ownerPageHref(base, via.kind, x.namespace, x.name)} className="font-mono underline">
                    {x.name}
                  </Link>
                </span>
              ))}
              {throughText[1]}
            </>
          )}
        </span>
      )}
      {clear}
    </div>
  );
}
