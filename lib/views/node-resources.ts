import type { NodeResources, NodeResourceView } from '../explain/node-requests';

export type ResourceName = 'cpu' | 'memory' | 'pods';

export interface ResourceBar {
  resource: ResourceName;
  capacity: string;
  allocatable: string;
  /** capacity − allocatable, held back for the OS, the kubelet and the eviction threshold. */
  reserved: string;
  requested: string;
  /** allocatable − requested: what the scheduler can still place (negative when overcommitted by hand). */
  unrequested: string;
  /** requested / allocatable × 100, truncated as `kubectl describe node` prints it; null without allocatable. */
  requestedPercent: number | null;
  /** Bar geometry, each as a share of capacity in percent (0–100), so the three bars share one scale. */
  allocatableWidth: number;
  requestedWidth: number;
  /** The meter's numbers in the resource's own unit (millicores, bytes, pods). */
  meter: { value: number; max: number };
}

const KI = 1024;
const UNITS: [string, number][] = [
  ['Ti', KI ** 4],
  ['Gi', KI ** 3],
  ['Mi', KI ** 2],
  ['Ki', KI],
];

/**
 * A quantity in the resource's own notation: cpu as cores or millicores
 * (`4`, `850m`), memory with binary suffixes (`192Mi`, `15.6Gi`), pods as a count.
 * @example formatResource('cpu', 850) // '850m'
 * @example formatResource('memory', 16369932 * 1024) // '15.6Gi'
 */
export function formatResource(resource: ResourceName, value: number | null): string {
  if (value === null) return '—';
  if (resource === 'pods') return String(value);
  if (resource === 'cpu') {
    if (value % 1000 === 0) return String(value / 1000);
    return `${value}m`;
  }
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  for (const [suffix, size] of UNITS) {
    if (abs >= size) {
      const n = abs / size;
      return `${sign}${Number.isInteger(n) ? n : n.toFixed(1)}${suffix}`;
    }
  }
  return `${value}`;
}

function pct(part: number | null, whole: number | null): number {
  if (part === null || !whole || whole <= 0) return 0;
  return Math.max(0, Math.min(100, (part / whole) * 100));
}

function bar(resource: ResourceName, v: NodeResourceView): ResourceBar {
  const scale = v.capacity ?? v.allocatable;
  return {
    resource,
    capacity: formatResource(resource, v.capacity),
    allocatable: formatResource(resource, v.allocatable),
    reserved: formatResource(resource, v.reserved),
    requested: formatResource(resource, v.requested),
    unrequested: formatResource(resource, v.unrequested),
    requestedPercent: v.requestedPercent,
    allocatableWidth: round(pct(v.allocatable, scale)),
    requestedWidth: round(pct(v.requested, scale)),
    meter: { value: v.requested, max: v.allocatable ?? v.capacity ?? 0 },
  };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/**
 * Capacity, allocatable and requested for cpu, memory and pods, formatted for the bars.
 * @example resourceBars(worker.resources)[0] // { resource: 'cpu', capacity: '4', allocatable: '4', requested: '200m', requestedPercent: 5, ... }
 */
export function resourceBars(r: NodeResources): ResourceBar[] {
  return [bar('cpu', r.cpu), bar('memory', r.memory), bar('pods', r.pods)];
}
