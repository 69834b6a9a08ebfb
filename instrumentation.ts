/**
 * Runs once when the server starts: checks the access settings (AUTH and
 * its companions, the session key) and, with AUTH=proxy, stamps every
 * request with the address that really connected (lib/auth/startup.ts);
 * then starts recording the current context's history (lib/history), so
 * what happens before anyone opens a view is kept too (HISTORY=off skips it);
 * then warms the current context's pods and namespaces caches, so the first
 * visitor finds them synced (lib/k8s/warm-start.ts; AUTH=none only,
 * WARM_START=off skips it).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  await (await import('./lib/auth/startup')).startAccess();
  (await import('./lib/history/background')).startBackgroundRecording();
  (await import('./lib/k8s/warm-start')).startWarmStart();
}
