import 'server-only';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTEXT, DEMO } from '@/e2e/sandbox';
import { kubectlTable, type KubectlTable } from '@/e2e/kubectl-table';
import { getCacheRegistry } from '@/lib/k8s/cache-registry';
import { readListSnapshot } from '@/lib/k8s/query';
import { eventually, sandboxKubeconfig } from '@/lib/testing/sandbox';
import type { WorkloadResource, WorkloadRowOf } from './rows';
import { KUBECTL_WIDE_COLUMNS, kubectlWideCells, TIME_COLUMNS } from './kubectl-cells';

// Against the sandbox (npm run sandbox:up): each workload list's rows, read
// the way the page reads them (the subscription registry's list view over
// the shared watch cache), equal `kubectl get <resource> -n explain-demo -o
// wide` cell for cell. Relative times (AGE, DURATION, LAST SCHEDULE) must
// equal what the row gives at some moment while kubectl ran. The demo keeps
// changing (a CronJob every minute, the rollout after sandbox:up), so a
// comparison is retried until kubectl's answer is the same before and after
// the snapshot.

process.env.KUBECONFIG = sandboxKubeconfig;

afterAll(() => getCacheRegistry().stopAll());

/** A difference between our rows and kubectl's table, or null when they agree. */
function differences<R extends WorkloadResource>(resource: R, rows: WorkloadRowOf[R][], table: KubectlTable): string[] | null {
  const out: string[] = [];
  if (table.columns.join('|') !== KUBECTL_WIDE_COLUMNS[resource].join('|')) out.push(`columns ${table.columns.join(',')}`);
  const ours = [...rows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  if (ours.map((r) => r.name).join(',') !== table.rows.map((r) => r[0]).join(',')) out.push(`names ${ours.map((r) => r.name).join(',')} vs ${table.rows.map((r) => r[0]).join(',')}`);
  for (const [i, row] of ours.entries()) {
    const theirs = table.rows[i] ?? [];
    const early = kubectlWideCells(resource, row, table.startedAt);
    const late = kubectlWideCells(resource, row, table.endedAt);
    table.columns.forEach((col, c) => {
      const ok = TIME_COLUMNS.has(col) ? theirs[c] === early[c] || theirs[c] === late[c] : theirs[c] === early[c];
      if (!ok) out.push(`${row.name} ${col}: ours ${early[c]} kubectl ${theirs[c]}`);
    });
  }
  return out.length ? out : null;
}

describe('workload lists against kubectl', () => {
  for (const resource of ['deployments', 'replicasets', 'statefulsets', 'daemonsets', 'jobs', 'cronjobs'] as const) {
    it(`shows the rows of kubectl get ${resource} -n ${DEMO} -o wide`, async () => {
      let last: string[] = [];
      const agreed = await eventually(
        `the ${resource} list to equal kubectl's`,
        async () => {
          const before = await kubectlTable(resource, DEMO);
          const snap = await readListSnapshot<WorkloadRowOf[typeof resource]>({ view: resource, context: CONTEXT, namespace: DEMO });
          const after = await kubectlTable(resource, DEMO);
          if (!snap.ok) throw new Error(`${resource}: ${snap.error.phase}`);
          const stable = JSON.stringify(before.rows.map((r) => r.filter((_, c) => !TIME_COLUMNS.has(before.columns[c] ?? '')))) === JSON.stringify(after.rows.map((r) => r.filter((_, c) => !TIME_COLUMNS.has(after.columns[c] ?? ''))));
          if (!stable || snap.phase !== 'synced') return undefined;
          const diff = differences(resource, snap.items, after);
          last = diff ?? [];
          return diff === null ? { rows: snap.items.length, kubectl: after.rows.length } : undefined;
        },
        60_000,
        1_000,
      ).catch((err: unknown) => {
        throw new Error(`${String(err)}\n${last.join('\n')}`);
      });
      expect(agreed.rows).toBe(agreed.kubectl);
      expect(agreed.rows).toBeGreaterThan(0);
    });
  }
});
