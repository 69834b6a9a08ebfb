import Link from 'next/link';
import type { WorkloadResource, WorkloadRow } from '@/lib/contract';
import type { Locale } from '@/lib/i18n/locale';
import { t } from '@/lib/i18n/messages';
import { DataTable } from '@/components/ui/data-table';
import { workloadColumns, workloadHref } from './workload-columns';

/** The object's row exactly as `kubectl get <resource> -o wide` prints it, as a one-row table. */
export function WorkloadRowTable({ context, resource, row, locale, now }: { context: string; resource: WorkloadResource; row: WorkloadRow; locale: Locale; now: Date }) {
  const columns = workloadColumns(resource, { locale, now, wide: true, allNamespaces: false, href: (r) => workloadHref(context, resource, r) });
  return (
    <DataTable
      caption={t(locale, 'wl.detail.row', { resource })}
      testId="workload-row-table"
      density="compact"
      rows={[row]}
      rowKey={(r) => r.uid}
      rowData={(r) => ({ 'data-testid': 'workload-row', 'data-name': `${r.namespace}/${r.name}` })}
      columns={columns}
    />
  );
}

/** Where a workload's pods are: the Pods view narrowed to it (`?owner=Kind/name`). */
export function OwnedPodsLink({ context, namespace, kind, name, locale }: { context: string; namespace: string; kind: string; name: string; locale: Locale }) {
  const q = new URLSearchParams({ namespace, owner: `${kind}/${name}` });
  return (
    <Link href={`/${encodeURIComponent(context)}/pods?${q.toString()}`} className="text-sm underline" data-testid="owned-pods-link">
      {t(locale, 'wl.detail.pods')}
    </Link>
  );
}
