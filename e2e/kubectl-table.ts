import { kubectl } from './sandbox';

/** One `kubectl get` table: its column names and each row's cells, in kubectl's order, with the moments before and after kubectl ran. */
export interface KubectlTable {
  columns: string[];
  rows: string[][];
  /** kubectl's own `now` (for AGE and the other relative times) lies between these. */
  startedAt: Date;
  endedAt: Date;
}

/**
 * Splits kubectl's aligned table by the header's column starts, so cells
 * with single spaces ("* * * * *", "0/1 of 3") and empty cells (a Job's
 * DURATION before it starts) stay where they are. kubectl pads columns
 * with at least three spaces; a header may hold one ("NODE SELECTOR").
 * @example parseKubectlTable('NAME   READY\nweb    3/3\n') → { columns: ['NAME', 'READY'], rows: [['web', '3/3']] }
 */
export function parseKubectlTable(text: string): { columns: string[]; rows: string[][] } {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  const header = lines[0] ?? '';
  const starts: number[] = [];
  const columns: string[] = [];
  for (const m of header.matchAll(/\S+(?: \S+)*/g)) {
    starts.push(m.index);
    columns.push(m[0]);
  }
  const rows = lines.slice(1).map((line) => starts.map((s, i) => line.slice(s, i + 1 < starts.length ? starts[i + 1] : undefined).trim()));
  return { columns, rows };
}

/** `kubectl get <resource> -n <namespace> -o wide`, split into cells. */
export async function kubectlTable(resource: string, namespace: string): Promise<KubectlTable> {
  const startedAt = new Date();
  const out = await kubectl(['get', resource, '-n', namespace, '-o', 'wide']);
  const endedAt = new Date();
  return { ...parseKubectlTable(out), startedAt, endedAt };
}
