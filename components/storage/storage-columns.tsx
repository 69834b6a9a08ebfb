import Link from 'next/link';
import type { ReactNode } from 'react';
import type { ConfigMapRow, PersistentVolumeClaimRow, PersistentVolumeRow, SecretRow, StorageClassRow, StorageResource, StorageRow, StorageRowOf } from '@/lib/contract';
import type { Locale } from '@/lib/i18n/locale';
import { t, type MessageKey } from '@/lib/i18n/messages';
import { age } from '@/lib/views/age';
import type { Column } from '@/components/ui/data-table';
import { StatusBadge } from '@/components/pods/status-badge';

/** What a storage table's columns need from the page. */
export interface StorageColumnOptions {
  locale: Locale;
  now: Date;
  /** kubectl -o wide: VOLUMEMODE for claims and volumes. */
  wide: boolean;
  /** All namespaces: a NAMESPACE column first, as kubectl get -A prints it (namespaced kinds only). */
  allNamespaces: boolean;
  /** The row's own page. */
  href: (row: StorageRow) => string;
}

const MONO = 'font-mono';

function col(id: string, header: string, cell: (r: never) => ReactNode, className = MONO): Column<never> {
  return { id, header, className, testId: `cell-${id}`, cell };
}

function kindColumns(resource: StorageResource, o: StorageColumnOptions): Column<never>[] {
  const L = (k: MessageKey) => t(o.locale, k);
  const ageCol: Column<StorageRow> = { id: 'age', header: L('col.age'), className: MONO, testId: 'cell-age', ticking: true, cell: (r) => age(r.createdAt, o.now) };
  const volumeMode = o.wide ? [col('volumeMode', L('st.col.volumeMode'), (r: PersistentVolumeClaimRow | PersistentVolumeRow) => r.volumeMode)] : [];
  switch (resource) {
    case 'persistentvolumeclaims':
      return [
        col('status', L('col.status'), (r: PersistentVolumeClaimRow) => <StatusBadge status={r.status} severity={r.health} />, ''),
        col('volume', L('st.col.volume'), (r: PersistentVolumeClaimRow) => r.volume),
        col('capacity', L('st.col.capacity'), (r: PersistentVolumeClaimRow) => r.capacity),
        col('accessModes', L('st.col.accessModes'), (r: PersistentVolumeClaimRow) => r.accessModes),
        col('storageClass', L('st.col.storageClass'), (r: PersistentVolumeClaimRow) => r.storageClass),
        col('volumeAttributesClass', L('st.col.volumeAttributesClass'), (r: PersistentVolumeClaimRow) => r.volumeAttributesClass),
        ageCol,
        ...volumeMode,
      ];
    case 'persistentvolumes':
      return [
        col('capacity', L('st.col.capacity'), (r: PersistentVolumeRow) => r.capacity),
        col('accessModes', L('st.col.accessModes'), (r: PersistentVolumeRow) => r.accessModes),
        col('reclaimPolicy', L('st.col.reclaimPolicy'), (r: PersistentVolumeRow) => r.reclaimPolicy),
        col('status', L('col.status'), (r: PersistentVolumeRow) => <StatusBadge status={r.status} severity={r.health} />, ''),
        col('claim', L('st.col.claim'), (r: PersistentVolumeRow) => r.claim),
        col('storageClass', L('st.col.storageClass'), (r: PersistentVolumeRow) => r.storageClass),
        col('volumeAttributesClass', L('st.col.volumeAttributesClass'), (r: PersistentVolumeRow) => r.volumeAttributesClass),
        col('reason', L('st.col.reason'), (r: PersistentVolumeRow) => r.reason),
        ageCol,
        ...volumeMode,
      ];
    case 'storageclasses':
      return [
        col('provisioner', L('st.col.provisioner'), (r: StorageClassRow) => r.provisioner),
        col('reclaimPolicy', L('st.col.scReclaimPolicy'), (r: StorageClassRow) => r.reclaimPolicy),
        col('volumeBindingMode', L('st.col.volumeBindingMode'), (r: StorageClassRow) => r.volumeBindingMode),
        col('allowVolumeExpansion', L('st.col.allowVolumeExpansion'), (r: StorageClassRow) => String(r.allowVolumeExpansion)),
        ageCol,
      ];
    case 'configmaps':
      return [col('data', L('st.col.data'), (r: ConfigMapRow) => r.data), ageCol];
    case 'secrets':
      return [col('type', L('col.type'), (r: SecretRow) => r.type), col('data', L('st.col.data'), (r: SecretRow) => r.data), ageCol];
  }
}

/**
 * A storage list's columns in kubectl's order for `kubectl get <resource>`
 * (NAMESPACE first with all namespaces for the namespaced kinds; VOLUMEMODE
 * last with -o wide for claims and volumes). Only AGE ticks in the browser.
 */
export function storageColumns<R extends StorageResource>(resource: R, o: StorageColumnOptions): Column<StorageRowOf[R]>[] {
  const name: Column<StorageRow> = {
    id: 'name',
    header: t(o.locale, 'col.name'),
    rowHeader: true,
    className: MONO,
    testId: 'cell-name',
    cell: (r) => <Link href={o.href(r)}>{r.name}</Link>,
  };
  const namespace: Column<StorageRow> = { id: 'namespace', header: t(o.locale, 'col.namespace'), className: 'text-zinc-600 dark:text-zinc-400', testId: 'cell-namespace', cell: (r) => r.namespace };
  return [...(o.allNamespaces ? [namespace] : []), name, ...kindColumns(resource, o)] as Column<StorageRowOf[R]>[];
}
