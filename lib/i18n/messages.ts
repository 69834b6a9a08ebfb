import type { Locale } from './locale';
import { coreEn, coreZh } from './parts/core';
import { podEn, podZh } from './parts/pod';
import { serviceNodeEn, serviceNodeZh } from './parts/service-node';
import { clusterConceptsEn, clusterConceptsZh } from './parts/cluster-concepts';
import { workloadPagesEn, workloadPagesZh } from './parts/workload-pages';
import { workloadsEn, workloadsZh } from './parts/workloads';
import { daemonBatchEn, daemonBatchZh } from './parts/daemon-batch';
import { storagePagesEn, storagePagesZh } from './parts/storage-pages';
import { relationsEn, relationsZh } from './parts/relations';
import { accessEn, accessZh } from './parts/access';
import { historyEn, historyZh } from './parts/history';

/**
 * UI strings. English is the source of truth for the key set; the Chinese
 * table is typed against it, so a missing key fails the build, and
 * messages.test.ts fails on an empty one.
 */
export const en = { ...coreEn, ...podEn, ...serviceNodeEn, ...clusterConceptsEn, ...workloadsEn, ...workloadPagesEn, ...daemonBatchEn, ...storagePagesEn, ...relationsEn, ...accessEn, ...historyEn } as const;

export type MessageKey = keyof typeof en;

export const zh: Record<MessageKey, string> = { ...coreZh, ...podZh, ...serviceNodeZh, ...clusterConceptsZh, ...workloadsZh, ...workloadPagesZh, ...daemonBatchZh, ...storagePagesZh, ...relationsZh, ...accessZh, ...historyZh };

const tables: Record<Locale, Record<MessageKey, string>> = { en, zh };

/**
 * A UI string in one language with `{name}` placeholders filled.
 * @example t('zh', 'pods.count', { shown: 3, total: 9 }) → '共 9 个 Pod，显示 3 个'
 */
export function t(locale: Locale, key: MessageKey, params: Record<string, string | number> = {}): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}

/** True for a known message key, so dynamic ids (e.g. a fix id from the server) can be rendered safely. */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

/** Renders a fix hint by id, falling back to the generic one for an id this build doesn't know. */
export function tFix(locale: Locale, id: string, params: Record<string, string | number> = {}): string {
  return t(locale, isMessageKey(id) ? id : 'fix.unknown', params);
}
