import type { V1Node, V1Pod, V1Service } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { explainContainers } from '../../explain/containers';
import { explainNode } from '../../explain/node';
import { deletionFlow } from '../../explain/pod-deletion-flow';
import { diagnosePod } from '../../explain/pod-diagnoses';
import { normalizeEvents } from '../../explain/pod-events';
import { explainService } from '../../explain/service';
import type { Diagnosis } from '../../explain/types';
import { loadFixture } from '../../testing/fixtures';
import { diagnosisText } from '..';
import { CONCEPT_IDS, DIAGNOSIS_IDS, LOCALES, type DiagnosisId, type Locale } from '../ids';
import type { DiagnosisEntry, DiagnosisText } from '../types';
import { diagnosisEntries } from './diagnoses';
import { STORAGE_DIAGNOSIS_PARAMS } from './storage-diagnoses';
import { WORKLOAD_DIAGNOSIS_PARAMS } from './workloads-diagnoses';

const entries = Object.entries(diagnosisEntries) as [DiagnosisId, DiagnosisEntry][];
const FIELDS: (keyof DiagnosisText)[] = ['title', 'summary', 'nextStep'];

const POD = ['pod', 'namespace'] as const;
const SERVICE = ['service', 'namespace'] as const;

/**
 * Per diagnosis, the params a template may use: those lib/explain ALWAYS fills
 * (see the JSDoc of lib/explain/pod-diagnoses.ts and the code of service.ts and
 * node.ts), plus the identity the UI merges in (`pod`/`namespace`,
 * `service`/`namespace`, `node`). Optional params (lastExitCode, exitCode,
 * objectKind, resource, totalNodes…) are missing here on purpose: absent, they
 * would show as a raw `{name}`. `reason` of the node diagnoses is optional too:
 * explainNode omits it when the condition has none.
 */
const ALLOWED_PARAMS: Record<DiagnosisId, readonly string[]> = {
  unschedulable: [...POD, 'message'],
  'image-pull-failed': [...POD, 'container', 'image', 'reason', 'message', 'pullPolicy'],
  'invalid-image-name': [...POD, 'container', 'image', 'reason', 'message', 'pullPolicy'],
  'create-container-config-error': [...POD, 'container', 'missing', 'message'],
  'crash-loop-backoff': [...POD, 'container', 'restartCount', 'backoffSeconds'],
  'oom-killed': [...POD, 'container', 'memoryLimit', 'exitCode', 'when'],
  'container-failed': [...POD, 'container', 'reason', 'restartCount', 'restartPolicy'],
  'init-container-failing': [...POD, 'container', 'reason', 'restartCount', 'restartPolicy'],
  'liveness-failing': [...POD, 'container', 'probe', 'failures', 'restarts', 'message'],
  'startup-failing': [...POD, 'container', 'probe', 'failures', 'restarts', 'message'],
  'readiness-failing': [...POD, 'container', 'handler', 'failures', 'message'],
  evicted: [...POD, 'message'],
  'stuck-terminating': [...POD, 'cause', 'overdueSeconds', 'gracePeriodSeconds', 'finalizers'],
  'node-not-ready': ['node', 'status'],
  'node-pressure': ['node', 'condition'],
  'service-no-endpoints': [...SERVICE, 'selector', 'podsInNamespace', 'partialMatches', 'wrongNamespaceMatches'],
  'service-no-ready-endpoints': [...SERVICE, 'selector', 'selectedPods', 'notReady', 'terminating', 'unlisted', 'endpoints'],
  // Workload diagnoses name their object themselves (kind, name, namespace); workload-diagnoses.test.ts checks the engine sets every one.
  ...WORKLOAD_DIAGNOSIS_PARAMS,
  // Storage diagnoses: the table lives with their text; lib/explain/storage tests check the engine fills them.
  ...STORAGE_DIAGNOSIS_PARAMS,
};

/** What the UI merges into params, by the kind of object a diagnosis is about. */
const IDENTITY = new Set<string>([...POD, ...SERVICE, 'node']);

/** Same pattern diagnosisText() in lib/concepts/index.ts fills. */
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();

describe('diagnosis catalogue', () => {
  it('has exactly one entry per diagnosis id, each keyed by its own id', () => {
    expect(Object.keys(diagnosisEntries).sort()).toEqual([...DIAGNOSIS_IDS].sort());
    for (const [key, entry] of entries) expect(entry.id, key).toBe(key);
  });

  it('fills title, summary and next step in both languages', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        for (const field of FIELDS) expect(entry.text[locale][field].trim(), `${id}.${locale}.${field}`).not.toBe('');
      }
    }
  });

  it('points each diagnosis at existing concepts', () => {
    const known = new Set<string>(CONCEPT_IDS);
    for (const [id, entry] of entries) {
      expect(entry.conceptIds.length, id).toBeGreaterThan(0);
      for (const c of entry.conceptIds) expect(known.has(c), `${id} -> ${c}`).toBe(true);
    }
  });

  it('uses the same placeholders in English and Chinese for every field', () => {
    for (const [id, entry] of entries) {
      for (const field of FIELDS) {
        expect(placeholders(entry.text.zh[field]), `${id}.${field}`).toEqual(placeholders(entry.text.en[field]));
      }
    }
  });

  it('has an allowed-params row for every diagnosis id', () => {
    expect(Object.keys(ALLOWED_PARAMS).sort()).toEqual([...DIAGNOSIS_IDS].sort());
  });

  it('uses only params the explain engine always fills, or the identity the UI adds', () => {
    for (const [id, entry] of entries) {
      const allowed = new Set(ALLOWED_PARAMS[id]);
      for (const locale of LOCALES) {
        for (const field of FIELDS) {
          for (const p of placeholders(entry.text[locale][field])) expect(allowed.has(p), `${id}.${locale}.${field}: {${p}}`).toBe(true);
        }
      }
    }
  });

  it('uses the same set of placeholders in English and Chinese for every diagnosis', () => {
    const used = (entry: DiagnosisEntry, locale: Locale) => placeholders(FIELDS.map((f) => entry.text[locale][f]).join(' '));
    for (const [id, entry] of entries) expect(used(entry, 'zh'), id).toEqual(used(entry, 'en'));
  });

  it('leaves no placeholder unfilled when given exactly the allowed params', () => {
    for (const [id] of entries) {
      const params = Object.fromEntries(ALLOWED_PARAMS[id].map((p) => [p, 'x']));
      for (const locale of LOCALES) {
        const text = diagnosisText(id, locale, params);
        for (const field of FIELDS) expect(text[field], `${id}.${locale}.${field}`).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('names a concrete kubectl command in every next step', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) expect(entry.text[locale].nextStep, `${id}.${locale}`).toMatch(/kubectl [a-z]+/);
    }
  });

  it('keeps titles and summaries on one line', () => {
    for (const [id, entry] of entries) {
      for (const locale of LOCALES) {
        expect(entry.text[locale].title, id).not.toContain('\n');
        expect(entry.text[locale].summary, id).not.toContain('\n');
      }
    }
  });

  it('writes the Chinese text in Chinese', () => {
    for (const [id, entry] of entries) {
      for (const field of FIELDS) expect(/\p{Script=Han}/u.test(entry.text.zh[field]), `${id}.${field}`).toBe(true);
    }
  });

  it('points a crash loop at the previous container instance\'s logs', () => {
    for (const locale of LOCALES) {
      expect(diagnosisEntries['crash-loop-backoff'].text[locale].nextStep).toContain('kubectl logs {pod} -n {namespace} -c {container} --previous');
    }
  });

  it('says a failing readiness probe does not restart the container', () => {
    expect(diagnosisEntries['readiness-failing'].text.en.summary).toMatch(/will not be restarted/);
    expect(diagnosisEntries['readiness-failing'].text.zh.summary).toContain('不会因此被重启');
  });

  it('quotes the scheduler message for an unschedulable pod, since the parsed counts are optional', () => {
    for (const locale of LOCALES) {
      expect(placeholders(diagnosisEntries.unschedulable.text[locale].summary)).toEqual(['message']);
    }
  });
});

/** Real engine output, so the table above cannot drift from what lib/explain emits. */
describe('diagnosis catalogue against the explain engine', () => {
  const now = new Date('2030-01-01T00:00:00Z');

  function podDiagnoses(p: V1Pod, at = now): Diagnosis[] {
    const events = normalizeEvents([]);
    const containers = explainContainers(p, events, at);
    return diagnosePod({ pod: p, events, containers, deletion: deletionFlow(p, events, at), now: at });
  }

  function emitted(): { kind: 'pod' | 'service' | 'node'; identity: Record<string, string>; diagnosis: Diagnosis }[] {
    const out: ReturnType<typeof emitted> = [];
    for (const file of [
      'docker-desktop-imagepullbackoff.json',
      'minikube-crashloopbackoff-lastState-error.json',
      'minikube-failed-restartnever.json',
      'minikube-running-not-ready-readiness-tcp-failing.json',
      'minikube-running-terminated-error-restartalways.json',
      'minikube-pending-with-deletiontimestamp-EDITED.json',
    ]) {
      const p = loadFixture<V1Pod>(`pods/${file}`);
      const created = new Date(String(p.metadata?.creationTimestamp)).getTime();
      const identity = { pod: p.metadata?.name ?? '', namespace: p.metadata?.namespace ?? '' };
      for (const diagnosis of podDiagnoses(p, new Date(created + 300_000))) out.push({ kind: 'pod', identity, diagnosis });
    }
    // A Ready condition without a reason (node.ts then omits `reason`) and a pressure condition.
    const node = structuredClone(loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json'));
    for (const c of node.status?.conditions ?? []) {
      if (c.type === 'Ready') Object.assign(c, { status: 'Unknown', reason: undefined });
      if (c.type === 'MemoryPressure') c.status = 'True';
    }
    for (const diagnosis of explainNode(node, { pods: [], now }).diagnoses) {
      out.push({ kind: 'node', identity: { node: node.metadata?.name ?? '' }, diagnosis });
    }
    const service = loadFixture<V1Service>('services/minikube-nodeport-30805.json');
    const serviceIdentity = { service: service.metadata?.name ?? '', namespace: service.metadata?.namespace ?? '' };
    const matching = structuredClone(loadFixture<V1Pod>('pods/minikube-running-not-ready-readiness-tcp-failing.json'));
    matching.metadata = { ...matching.metadata, namespace: serviceIdentity.namespace, labels: { ...service.spec?.selector } };
    for (const pods of [[], [matching]]) {
      for (const diagnosis of explainService(service, { pods, endpointSlices: [], now }).diagnoses) {
        out.push({ kind: 'service', identity: serviceIdentity, diagnosis });
      }
    }
    return out;
  }

  it('covers pod, node and service diagnoses', () => {
    const ids = new Set(emitted().map((e) => e.diagnosis.id));
    for (const id of ['image-pull-failed', 'crash-loop-backoff', 'container-failed', 'readiness-failing', 'node-not-ready', 'node-pressure', 'service-no-endpoints', 'service-no-ready-endpoints'] as const) {
      expect(ids.has(id), id).toBe(true);
    }
  });

  it('gets every allowed non-identity param from the engine', () => {
    for (const { diagnosis } of emitted()) {
      for (const p of ALLOWED_PARAMS[diagnosis.id]) {
        if (IDENTITY.has(p) && !(p === 'node' && diagnosis.id.startsWith('node-'))) continue;
        expect(Object.keys(diagnosis.params), `${diagnosis.id}: ${p}`).toContain(p);
      }
    }
  });

  it('renders engine output plus identity without a raw placeholder', () => {
    for (const { identity, diagnosis } of emitted()) {
      for (const locale of LOCALES) {
        const text = diagnosisText(diagnosis.id, locale, { ...diagnosis.params, ...identity });
        for (const field of FIELDS) expect(text[field], `${diagnosis.id}.${locale}.${field}`).not.toMatch(/\{\w+\}/);
      }
    }
  });
});
