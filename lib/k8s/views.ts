import 'server-only';
import type { V1Namespace, V1Pod } from '@kubernetes/client-node';
import type { LiveKey } from './live';
import type { KubeObject } from './watch-cache';
import { toPodRow } from '../views/pod-row';
import { toNamespaceRow } from '../views/namespace-row';

/**
 * What a browser may subscribe to. Each view names the caches it reads and
 * how objects become the plain view model that crosses to the browser, so
 * raw objects (and anything secret in them) never leave the server.
 */
export type ViewSpec =
  | { view: 'pods'; context?: string; namespace?: string }
  | { view: 'namespaces'; context?: string };

export type ViewDefinition =
  | { kind: 'list'; source: LiveKey; filter: (o: KubeObject) => boolean; project: (o: KubeObject, now: Date) => unknown }
  | { kind: 'model'; sources: Record<string, LiveKey>; build: (inputs: Record<string, KubeObject[]>, now: Date) => unknown };

const all = () => true;

export function resolveView(spec: ViewSpec): ViewDefinition {
  switch (spec.view) {
    case 'pods':
      return { kind: 'list', source: { context: spec.context, resource: 'pods', namespace: spec.namespace || undefined }, filter: all, project: (o, now) => toPodRow(o as V1Pod, now) };
    case 'namespaces':
      return { kind: 'list', source: { context: spec.context, resource: 'namespaces' }, filter: all, project: (o) => toNamespaceRow(o as V1Namespace) };
  }
}

const NAME = /^[a-z0-9]([-a-z0-9.]{0,251}[a-z0-9])?$/;

/**
 * Validates an untrusted subscription request from the browser.
 * @example parseViewSpec({ view: 'pods', namespace: 'default' }) → { view: 'pods', namespace: 'default', context: undefined }
 */
export function parseViewSpec(input: unknown): ViewSpec | null {
  if (typeof input !== 'object' || input === null) return null;
  const o = input as Record<string, unknown>;
  const str = (v: unknown, max = 253) => (typeof v === 'string' && v.length <= max ? v : undefined);
  const context = str(o.context, 1024);
  const ns = str(o.namespace);
  if (ns !== undefined && ns !== '' && !NAME.test(ns)) return null;
  switch (o.view) {
    case 'pods':
      return { view: 'pods', context, namespace: ns || undefined };
    case 'namespaces':
      return { view: 'namespaces', context };
    default:
      return null;
  }
}
