/**
 * Runs once when the server starts. With AUTH=proxy it stamps every
 * request with the address that really connected (lib/auth/peer.ts), the
 * only thing that lets the server trust an authenticating proxy's headers.
 * Other modes leave requests untouched.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { authMode } = await import('./lib/auth/runtime');
  if (authMode() !== 'proxy') return;
  const { stampPeerAddresses } = await import('./lib/auth/peer');
  stampPeerAddresses();
}
