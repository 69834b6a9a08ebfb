import { humanDuration } from '../explain/human-duration';

/**
 * kubectl's AGE text for a timestamp at `now`; `<unknown>` when missing.
 * @example age('2026-11-26T01:00:00Z', new Date('2026-11-26T01:02:00Z')) → '2m'
 */
export function age(iso: string | null, now: Date): string {
  if (!iso) return '<unknown>';
  const t = Date.parse(iso);
  return Number.isNaN(t) ? '<unknown>' : humanDuration(now.getTime() - t);
}
