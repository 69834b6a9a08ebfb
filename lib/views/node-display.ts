import type { NodeTaintView } from '../explain/node-taints';

/**
 * A taint as kubectl writes it (`kubectl taint` / describe): key[=value]:effect.
 * @example formatTaint({ key: 'node-role.kubernetes.io/control-plane', value: null, effect: 'NoSchedule' }) // 'node-role.kubernetes.io/control-plane:NoSchedule'
 */
export function formatTaint(t: Pick<NodeTaintView, 'key' | 'value' | 'effect'>): string {
  return `${t.key}${t.value ? `=${t.value}` : ''}:${t.effect}`;
}
