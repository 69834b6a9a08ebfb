/**
 * Runs once when the server starts: checks the access settings (AUTH and
 * its companions, the session key) and, with AUTH=proxy, stamps every
 * request with the address that really connected (lib/auth/startup.ts).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === 'nodejs') await (await import('./lib/auth/startup')).startAccess();
}
