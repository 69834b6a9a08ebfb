import { describe, expect, it } from 'vitest';
import { precheckToken, REFUSAL_MESSAGES } from './token-review';

const jwt = (claims: object) => `eyJhbGciOiJSUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.c2ln`;

describe('precheckToken', () => {
  it('accepts one line of printable characters, trimmed, with a pasted Bearer prefix dropped', () => {
    expect(precheckToken('  abc.def.ghi\n', 0)).toStrictEqual({ ok: true, token: 'abc.def.ghi' });
    expect(precheckToken('Bearer abc', 0)).toStrictEqual({ ok: true, token: 'abc' });
  });
  it('refuses an empty, multi-line, non-ASCII or huge token before asking the cluster', () => {
    expect(precheckToken('  ', 0)).toMatchObject({ ok: false, result: { reason: 'empty' } });
    expect(precheckToken(42, 0)).toMatchObject({ ok: false, result: { reason: 'empty' } });
    expect(precheckToken('abc\ndef', 0)).toMatchObject({ ok: false, result: { reason: 'malformed' } });
    expect(precheckToken('tökén', 0)).toMatchObject({ ok: false, result: { reason: 'malformed' } });
    expect(precheckToken('a'.repeat(20_000), 0)).toMatchObject({ ok: false, result: { reason: 'malformed' } });
  });
  it('refuses a JWT that says it has expired, and passes one that has not', () => {
    expect(precheckToken(jwt({ exp: 100 }), 100)).toMatchObject({ ok: false, result: { reason: 'expired', message: REFUSAL_MESSAGES.expired } });
    expect(precheckToken(jwt({ exp: 101 }), 100)).toMatchObject({ ok: true });
  });
  it('never repeats the token in a refusal', () => {
    const secret = 'sekrit-token\twith-tab';
    const r = precheckToken(secret, 0);
    expect(JSON.stringify(r)).not.toContain('sekrit');
  });
});
