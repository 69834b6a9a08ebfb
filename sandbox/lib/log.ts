/** Progress lines for long sandbox work, prefixed so they stand out in npm output. */
export function say(message: string): void {
  process.stdout.write(`[sandbox] ${message}\n`);
}

export function formatElapsed(ms: number): string {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}

/**
 * Prints a heartbeat every `everyMs` while `work` runs, so a cold build that
 * takes many minutes never looks hung.
 */
export async function withHeartbeat<T>(label: string, logFile: string, work: () => Promise<T>, everyMs = 15_000): Promise<T> {
  const started = Date.now();
  say(`${label} … (log: ${logFile})`);
  const timer = setInterval(() => say(`${label} still running, ${formatElapsed(Date.now() - started)} elapsed (log: ${logFile})`), everyMs);
  try {
    const result = await work();
    say(`${label} done in ${formatElapsed(Date.now() - started)}`);
    return result;
  } finally {
    clearInterval(timer);
  }
}
