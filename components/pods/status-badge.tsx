import type { StatusSeverity } from '@/lib/views/pod-row';

const STYLE: Record<StatusSeverity, string> = {
  ok: 'bg-emerald-100 text-emerald-900 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800',
  progress: 'bg-sky-100 text-sky-900 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800',
  warning: 'bg-amber-100 text-amber-950 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800',
  critical: 'bg-red-100 text-red-900 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800',
  done: 'bg-zinc-100 text-zinc-800 ring-zinc-300 dark:bg-zinc-800 dark:text-zinc-200 dark:ring-zinc-600',
};

/** A kubectl STATUS, coloured by how alarming it is (the text carries the meaning; colour only helps). */
export function StatusBadge({ status, severity }: { status: string; severity: StatusSeverity }) {
  return <span className={`inline-block rounded px-1.5 py-0.5 font-mono text-xs ring-1 ring-inset ${STYLE[severity]}`}>{status}</span>;
}
