import { stampPeerAddresses } from './peer';
import { authRuntime } from './runtime';

/**
 * The access settings checked once at server start (instrumentation.ts,
 * Node runtime): a setting the server cannot honour stops it with the
 * reason, rather than serve with the wrong access; AUTH=proxy gets each
 * request stamped with its real peer address.
 * @example await startAccess();
 */
export async function startAccess(): Promise<void> {
  let mode: string;
  try {
    mode = (await authRuntime()).config.mode;
  } catch (err) {
    console.error(`kube-explain: cannot start: ${(err as Error).message}`);
    process.exit(1);
  }
  if (mode === 'proxy') stampPeerAddresses();
}
