/**
 * Reads a diagnosis evidence path from an object, for showing the live value
 * beside the path. Supports `a.b[0].c`, `metadata.labels['app.kubernetes.io/name']`
 * and selections like `events[reason=Unhealthy].message` (the last match).
 * @example readPath(pod, 'status.containerStatuses[0].state.waiting.reason') → 'CrashLoopBackOff'
 */
export function readPath(root: unknown, path: string): unknown {
  const tokens = path.match(/[^.[\]]+|\[[^\]]*\]/g) ?? [];
  let cur: unknown = root;
  for (const raw of tokens) {
    if (cur === null || cur === undefined) return undefined;
    const tok = raw.startsWith('[') ? raw.slice(1, -1) : raw;
    const sel = /^(\w+)=(.*)$/.exec(tok);
    if (raw.startsWith('[') && sel && Array.isArray(cur)) {
      const [, k = '', v] = sel;
      cur = [...cur].reverse().find((x) => x && typeof x === 'object' && String((x as Record<string, unknown>)[k]) === v);
      continue;
    }
    const key = tok.replace(/^['"]|['"]$/g, '');
    if (Array.isArray(cur) && /^\d+$/.test(key)) cur = cur[Number(key)];
    else if (typeof cur === 'object') cur = (cur as Record<string, unknown>)[key];
    else return undefined;
  }
  return cur;
}

/** A short printable form of an evidence value. */
export function formatEvidence(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (v === null) return 'null';
  if (typeof v === 'object') {
    const s = JSON.stringify(v);
    return s.length > 200 ? `${s.slice(0, 197)}…` : s;
  }
  return String(v);
}

/**
 * Each path that resolves to a value, printed short; unresolved paths are left out.
 * @example resolvePaths({ spec: { unschedulable: true } }, ['spec.unschedulable', 'spec.taints']) // { 'spec.unschedulable': 'true' }
 */
export function resolvePaths(root: unknown, paths: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const p of paths) {
    const v = formatEvidence(readPath(root, p));
    if (v !== undefined) out[p] = v;
  }
  return out;
}
