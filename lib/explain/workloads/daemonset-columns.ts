/**
 * The columns of `kubectl get daemonsets` (and -o wide), ported from
 * kubernetes pkg/printers/internalversion/printers.go printDaemonSet
 * (v1.36.3).
 */
import type { V1DaemonSet } from '@kubernetes/client-node';
import { translateTimestampSince } from '../human-duration';
import { formatLabels } from '../selector';
import { toIso } from '../timestamps';
import { formatLabelSelector } from './label-selector';
import { layoutContainerCells } from './shared';

export interface DaemonSetColumns {
  name: string;
  /** DESIRED: status.desiredNumberScheduled. */
  desired: number;
  /** CURRENT: status.currentNumberScheduled. */
  current: number;
  /** READY: status.numberReady. */
  ready: number;
  /** UP-TO-DATE: status.updatedNumberScheduled. */
  upToDate: number;
  /** AVAILABLE: status.numberAvailable. */
  available: number;
  /** NODE SELECTOR: the pod template's nodeSelector (labels.FormatLabels: "<none>" when empty). */
  nodeSelector: string;
  age: string;
  createdAt: string | null;
  containers: string;
  images: string;
  /** -o wide SELECTOR (metav1.FormatLabelSelector). */
  selector: string;
}

/**
 * NAME DESIRED CURRENT READY UP-TO-DATE AVAILABLE NODE SELECTOR AGE, plus
 * CONTAINERS IMAGES SELECTOR for -o wide.
 * @example daemonSetColumns(kindnet, now) // { name: 'kindnet', desired: 3, current: 3, ready: 3, upToDate: 3, available: 3, nodeSelector: '<none>', … }
 */
export function daemonSetColumns(daemonSet: V1DaemonSet, now: Date): DaemonSetColumns {
  const status = daemonSet.status;
  return {
    name: daemonSet.metadata?.name ?? '',
    desired: status?.desiredNumberScheduled ?? 0,
    current: status?.currentNumberScheduled ?? 0,
    ready: status?.numberReady ?? 0,
    upToDate: status?.updatedNumberScheduled ?? 0,
    available: status?.numberAvailable ?? 0,
    nodeSelector: formatLabels(daemonSet.spec?.template?.spec?.nodeSelector),
    age: translateTimestampSince(daemonSet.metadata?.creationTimestamp, now),
    createdAt: toIso(daemonSet.metadata?.creationTimestamp),
    ...layoutContainerCells(daemonSet.spec?.template?.spec?.containers),
    selector: formatLabelSelector(daemonSet.spec?.selector),
  };
}
