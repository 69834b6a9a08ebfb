import { describe, expect, it } from 'vitest';
// Next's own parser: the nonce it stamps on its scripts is the one it finds in this header.
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { contentSecurityPolicy, newNonce } from './csp';

describe('contentSecurityPolicy', () => {
  it('allows only nonce-bearing scripts and what they load, our own resources, style attributes, and no framing', () => {
    expect(contentSecurityPolicy('bm9uY2U=', false)).toBe(
      "default-src 'self'; script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic'; style-src 'self' 'nonce-bm9uY2U='; style-src-attr 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('adds eval and inline styles only for the dev server', () => {
    expect(contentSecurityPolicy('bm9uY2U=', true)).toBe(
      "default-src 'self'; script-src 'self' 'nonce-bm9uY2U=' 'strict-dynamic' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; style-src-attr 'unsafe-inline'; " +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('carries a nonce that Next reads back from the header', () => {
    const nonce = newNonce();
    expect(getScriptNonceFromHeader(contentSecurityPolicy(nonce, false))).toBe(nonce);
  });
});

describe('newNonce', () => {
  it('is 16 random bytes in base64, different every time', () => {
    const nonces = Array.from({ length: 1000 }, () => newNonce());
    expect(new Set(nonces).size).toBe(1000);
    for (const n of nonces) expect(Buffer.from(n, 'base64')).toHaveLength(16);
  });
});
