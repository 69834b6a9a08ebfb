import { readFileSync } from 'node:fs';
import { authConfigFromEnv, type AuthConfig } from './config';
import { randomSessionKey, sessionKey } from './session';

/**
 * The process's access settings and session key, read once and shared by
 * the request proxy and the routes (kept on globalThis: Next loads them in
 * separate module graphs). The key comes from SESSION_KEY, else the file
 * SESSION_KEY_FILE names (the chart mounts a Secret there), else a random
 * key for this process alone — with a warning, since then sessions end
 * with the process and other replicas cannot read them.
 */
export interface AuthRuntime {
  readonly config: AuthConfig;
  /** Null in AUTH=none (nothing is sealed). */
  readonly key: CryptoKey | null;
}

const KEY = Symbol.for('kube-explain.auth-runtime');

type Holder = { [KEY]?: Promise<AuthRuntime> };

async function load(env: Readonly<Record<string, string | undefined>>): Promise<AuthRuntime> {
  const config = authConfigFromEnv(env);
  if (config.mode === 'none') return { config, key: null };
  if (env.SESSION_KEY?.trim()) return { config, key: await sessionKey(env.SESSION_KEY) };
  if (env.SESSION_KEY_FILE?.trim()) {
    let secret: string;
    try {
      secret = readFileSync(env.SESSION_KEY_FILE.trim(), 'utf8');
    } catch (err) {
      throw new Error(`SESSION_KEY_FILE ${env.SESSION_KEY_FILE}: ${(err as Error).message}`);
    }
    return { config, key: await sessionKey(secret) };
  }
  console.warn(`kube-explain: AUTH=${config.mode} without SESSION_KEY or SESSION_KEY_FILE: sessions use a key of this process only (they end when it stops; other replicas cannot read them).`);
  return { config, key: await randomSessionKey() };
}

/**
 * The settings for this process (the environment at first call).
 * A setting it cannot honour rejects every call, so no request is served with the wrong access.
 * @example const { config, key } = await authRuntime();
 */
export function authRuntime(): Promise<AuthRuntime> {
  const g = globalThis as Holder;
  return (g[KEY] ??= load(process.env));
}

/**
 * The mode alone, synchronously (AUTH=none must not wait on anything).
 * @example authMode() // 'none'
 */
export function authMode(): AuthConfig['mode'] {
  return authConfigFromEnv(process.env).mode;
}

/** Forgets the loaded settings (tests that change the environment). */
export function resetAuthRuntime(): void {
  delete (globalThis as Holder)[KEY];
}
