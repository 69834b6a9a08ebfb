import type { Locale } from '../i18n/locale';
import { t, type MessageKey } from '../i18n/messages';

/**
 * A sentence as data: a UI message key and the values for its placeholders.
 * Projections choose the words (and the singular or plural form), the page
 * renders them in its language with `t(locale, s.key, s.params)`.
 * @example { key: 'deploy.budget.so', params: { maxPods: 5, minAvailable: 3 } }
 */
export interface Sentence {
  key: MessageKey;
  params: Record<string, string | number>;
}

/**
 * Builds a Sentence; `params` defaults to none.
 * @example sentence('deploy.now.complete', { replicas: 4 }) // { key: 'deploy.now.complete', params: { replicas: 4 } }
 */
export function sentence(key: MessageKey, params: Record<string, string | number> = {}): Sentence {
  return { key, params };
}

/**
 * A Sentence in one language.
 * @example say('en', sentence('deploy.budget.so', { maxPods: 5, minAvailable: 3 })) // 'So at most 5 pods exist during a rollout, and at least 3 stay available.'
 */
export function say(locale: Locale, s: Sentence): string {
  return t(locale, s.key, s.params);
}
