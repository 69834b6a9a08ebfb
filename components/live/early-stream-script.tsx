import { headers } from 'next/headers';
import { earlyStreamScript } from './early-stream';

/**
 * The page's stream, opened while the HTML is still being parsed
 * (early-stream.ts), as an inline script carrying this request's CSP nonce.
 * A server component: `specs` must be the views the page's client components
 * subscribe to, or the client reconciles the difference after the hello.
 */
export async function EarlyStreamScript({ specs }: { specs: Record<string, unknown>[] }) {
  // proxy.ts puts this request's CSP nonce here; without it the browser refuses the inline script.
  const nonce = (await headers()).get('x-nonce') ?? undefined;
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: earlyStreamScript(specs) }} />;
}
