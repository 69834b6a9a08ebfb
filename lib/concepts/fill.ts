import type { DiagnosisText } from './types';

// Kept apart from the catalogue: the browser fills the diagnosis templates
// its page glossary carries with these, without loading the catalogue.

/**
 * Fills `{name}` placeholders from params; an unknown placeholder stays
 * visible rather than vanish, so a missing parameter shows in review.
 * @example fillPlaceholders('container {container} restarts', { container: 'app' }) → 'container app restarts'
 */
export function fillPlaceholders(text: string, params: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (Object.prototype.hasOwnProperty.call(params, k) ? String(params[k]) : m));
}

/**
 * A diagnosis template (title, summary, next step) with its placeholders filled.
 * @example fillDiagnosis({ title: '{container} crashes', summary: 'in {pod}', nextStep: 'kubectl logs {pod}' }, { container: 'app', pod: 'web' }).title → 'app crashes'
 */
export function fillDiagnosis(text: DiagnosisText, params: Record<string, string | number>): DiagnosisText {
  return { title: fillPlaceholders(text.title, params), summary: fillPlaceholders(text.summary, params), nextStep: fillPlaceholders(text.nextStep, params) };
}
