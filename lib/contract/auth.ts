/**
 * Per-user access as the browser sees it (AUTH=token|proxy): the sign-in
 * answer and the "who am I" page. Names and groups only, never a token.
 */

import type { AuthMode } from '../auth/config';

/** Why a sign-in was refused (lib/auth/token-review.ts); the page words each in its language. */
export type SignInRefusal = 'empty' | 'malformed' | 'expired' | 'rejected' | 'unavailable' | 'not-token-mode' | 'too-large';

/** POST /api/auth/signin's answer. */
export type SignInResult = { ok: true; username: string; next: string } | { ok: false; reason: SignInRefusal; message: string };

/** One kind's reach for the signed-in person: everywhere, some namespaces, or none. */
export interface KindAccess {
  resource: string;
  group: string;
  namespaced: boolean;
  /** list and watch allowed cluster-wide (all namespaces, or the cluster-scoped kind). */
  clusterWide: boolean;
  /** Namespaced kinds not readable everywhere: the namespaces where list and watch are allowed. */
  namespaces: string[];
}

/** The "who am I" page: who the cluster thinks the person is, and what they may read. */
export interface WhoAmIModel {
  mode: AuthMode;
  username: string;
  groups: string[];
  context: string;
  /** ISO time the session ends (null behind an authenticating proxy, which keeps its own sessions). */
  expiresAt: string | null;
  kinds: KindAccess[];
  /** Pod logs: namespaces where `get pods/log` is allowed, or all. */
  logs: { clusterWide: boolean; namespaces: string[] };
  /** How many namespaces the per-namespace answers looked at: all of them ('all', when pods are readable everywhere), or those where pods are ('pods'). */
  namespacesChecked: number;
  namespacesScope: 'all' | 'pods';
}
