import { describe, expect, it } from 'vitest';
import { AuthConfigError, authConfigFromEnv, defaultAuthMode } from './config';

describe('defaultAuthMode', () => {
  it('is none on a loopback bind outside a cluster, as on a laptop', () => {
    expect(defaultAuthMode({})).toBe('none');
    expect(defaultAuthMode({ HOST: '127.0.0.1' })).toBe('none');
    expect(defaultAuthMode({ HOST: '::1' })).toBe('none');
  });
  it('is token in a cluster and on any non-loopback bind', () => {
    expect(defaultAuthMode({ KUBERNETES_SERVICE_HOST: '10.96.0.1' })).toBe('token');
    expect(defaultAuthMode({ KUBERNETES_SERVICE_HOST: '10.96.0.1', HOST: '127.0.0.1' })).toBe('token');
    expect(defaultAuthMode({ HOST: '0.0.0.0' })).toBe('token');
  });
});

describe('authConfigFromEnv', () => {
  it('takes an explicit AUTH over the default, in any case', () => {
    expect(authConfigFromEnv({ AUTH: 'NONE', HOST: '0.0.0.0' }).mode).toBe('none');
    expect(authConfigFromEnv({ AUTH: 'token' }).mode).toBe('token');
  });
  it('refuses an unknown AUTH instead of guessing', () => {
    expect(() => authConfigFromEnv({ AUTH: 'tokens' })).toThrow(AuthConfigError);
  });
  it('has proxy headers defaulting to oauth2-proxy names, lowercased', () => {
    const c = authConfigFromEnv({ AUTH: 'proxy', AUTH_PROXY_TRUSTED_CIDRS: '10.0.0.0/8' });
    expect(c.proxy.userHeader).toBe('x-forwarded-user');
    expect(c.proxy.groupsHeader).toBe('x-forwarded-groups');
    expect(c.proxy.trustedCidrs).toHaveLength(1);
  });
  it('refuses proxy mode without trusted peers, and bad peers or header names', () => {
    expect(() => authConfigFromEnv({ AUTH: 'proxy' })).toThrow(/AUTH_PROXY_TRUSTED_CIDRS/);
    expect(() => authConfigFromEnv({ AUTH: 'proxy', AUTH_PROXY_TRUSTED_CIDRS: '10.0.0.0/8,bogus' })).toThrow(/bogus/);
    expect(() => authConfigFromEnv({ AUTH: 'proxy', AUTH_PROXY_TRUSTED_CIDRS: '10.0.0.0/8', AUTH_PROXY_USER_HEADER: 'x user' })).toThrow(/header name/);
  });
  it('reads timings and refuses ones that are not whole numbers', () => {
    const c = authConfigFromEnv({ AUTH: 'token', AUTH_SESSION_TTL_SECONDS: '600', AUTH_ACCESS_CACHE_MS: '0', AUTH_RECHECK_MS: '2000' });
    expect([c.sessionTtlSeconds, c.accessCacheMs, c.recheckMs]).toStrictEqual([600, 0, 2000]);
    expect(() => authConfigFromEnv({ AUTH_SESSION_TTL_SECONDS: '10' })).toThrow(/AUTH_SESSION_TTL_SECONDS/);
    expect(() => authConfigFromEnv({ AUTH_RECHECK_MS: '1.5' })).toThrow(/AUTH_RECHECK_MS/);
  });
});
