import net from 'node:net';

/** True when nothing listens on 127.0.0.1:port and we may bind it. */
export function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen({ port, host: '127.0.0.1', exclusive: true }, () => srv.close(() => resolve(true)));
  });
}

/**
 * The preferred port when free, else the next free one above it, skipping
 * ports already handed out in this run. Reports what it had to skip.
 * @example await pickPort(6443, new Set()) → 6443 (or 6444 when 6443 is taken)
 */
export async function pickPort(preferred: number, taken: Set<number>, onSkip?: (port: number) => void): Promise<number> {
  for (let p = preferred; p < preferred + 200; p++) {
    if (taken.has(p)) continue;
    if (await portFree(p)) {
      taken.add(p);
      return p;
    }
    onSkip?.(p);
  }
  throw new Error(`no free port in ${preferred}-${preferred + 199}`);
}
