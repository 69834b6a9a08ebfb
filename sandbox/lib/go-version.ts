/**
 * Parses `go version` output. @example parseGoVersion('go version go1.26.8 linux/amd64') → [1, 26, 8]
 */
export function parseGoVersion(output: string): [number, number, number] | undefined {
  const m = /go(\d+)\.(\d+)(?:\.(\d+))?/.exec(output.replace(/^go version /, ''));
  if (!m) return undefined;
  return [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
}

/** True when `have` is at least `need` ("1.26"). @example goAtLeast([1, 25, 3], '1.26') → false */
export function goAtLeast(have: [number, number, number], need: string): boolean {
  const [nMaj = 0, nMin = 0, nPatch = 0] = need.split('.').map(Number);
  const want = [nMaj, nMin, nPatch];
  for (let i = 0; i < 3; i++) {
    const a = have[i] ?? 0;
    const b = want[i] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}
