/**
 * The Content-Security-Policy every response carries. Scripts run only from
 * our own build and only when a nonce-bearing script loaded them
 * ('strict-dynamic'): Next stamps the per-request nonce on its own tags
 * (it reads it back from this header), and the root layout stamps it on the
 * theme script. Nothing else can run, so even an HTML injection could not
 * execute script. Stylesheets and <style> elements follow the same rule;
 * only style *attributes* are open ('unsafe-inline' in style-src-attr),
 * because React renders computed widths and virtual-scroll paddings as
 * style="" in the server HTML, and a nonce cannot cover an attribute. With
 * img-src, font-src and connect-src limited to our own origin, an injected
 * style could not send anything elsewhere either.
 * `next dev` also needs 'unsafe-eval' (React rebuilds server error stacks
 * with eval) and inline styles for its overlay; production needs neither.
 */

/**
 * The policy for one response.
 * @example contentSecurityPolicy('abc', false)
 * // "default-src 'self'; script-src 'self' 'nonce-abc' 'strict-dynamic'; … frame-ancestors 'none'"
 */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    // The dev overlay injects unnonced <style>; a nonce would switch 'unsafe-inline' off.
    dev ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * A fresh nonce: 16 random bytes in base64, unguessable and unique per request.
 * @example newNonce() // 'q1Xo0bJm3Yd2p5LQm4n8Sg=='
 */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
