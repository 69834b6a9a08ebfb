import { describe, it, expect } from 'vitest';
import type { V1Pod, V1Service } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { selectorMatches, servicesSelectingPod } from './pod-services';

const service = (name: string, selector: Record<string, string> | undefined, extra: Partial<NonNullable<V1Service['spec']>> = {}, namespace = 'default'): V1Service => ({
  metadata: { name, namespace },
  spec: { selector, ports: [{ port: 80 }], ...extra },
});

describe('servicesSelectingPod', () => {
  const pod = loadFixture<V1Pod>('pods/gke-running-ready-deployment-pod.json');

  it('selects by every selector label in the pod\'s own namespace; empty selectors and ExternalName select nothing', () => {
    const services = [
      service('nginx', { app: 'nginx' }),
      service('nginx-canary', { app: 'nginx', track: 'canary' }),
      service('nginx-other-ns', { app: 'nginx' }, {}, 'prod'),
      service('manual', undefined),
      service('external', { app: 'nginx' }, { type: 'ExternalName', externalName: 'example.com' }),
    ];
    expect(servicesSelectingPod(pod, services)).toStrictEqual([
      { name: 'nginx', listed: true, ready: true, serving: true, terminating: false, publishNotReadyAddresses: false },
    ]);
  });

  it('keeps a terminating Ready pod serving but not ready, so it gets no new connections', () => {
    const terminating: V1Pod = { ...pod, metadata: { ...pod.metadata, deletionTimestamp: '2019-12-31T20:00:30Z' as unknown as Date } };
    expect(servicesSelectingPod(terminating, [service('nginx', { app: 'nginx' })])).toStrictEqual([
      { name: 'nginx', listed: true, ready: false, serving: true, terminating: true, publishNotReadyAddresses: false },
    ]);
  });

  it('lists a not-ready pod as not ready unless the Service publishes not-ready addresses', () => {
    const notReady = loadFixture<V1Pod>('pods/minikube-running-not-ready-readiness-tcp-failing.json');
    const labelled: V1Pod = { ...notReady, metadata: { ...notReady.metadata, labels: { app: 'never-ready' } } };
    expect(
      servicesSelectingPod(labelled, [
        service('plain', { app: 'never-ready' }, {}, 'argocd'),
        service('peers', { app: 'never-ready' }, { clusterIP: 'None', publishNotReadyAddresses: true }, 'argocd'),
      ]),
    ).toStrictEqual([
      { name: 'plain', listed: true, ready: false, serving: false, terminating: false, publishNotReadyAddresses: false },
      { name: 'peers', listed: true, ready: true, serving: true, terminating: false, publishNotReadyAddresses: true },
    ]);
  });

  it('does not list a finished pod', () => {
    const done = loadFixture<V1Pod>('pods/minikube-succeeded-completed.json');
    const labelled: V1Pod = { ...done, metadata: { ...done.metadata, labels: { job: 'x' } } };
    expect(servicesSelectingPod(labelled, [service('x', { job: 'x' }, {}, 'argocd')])[0]?.listed).toBe(false);
  });

  it('matches selectors label by label', () => {
    expect(selectorMatches({ app: 'nginx' }, { app: 'nginx', 'pod-template-hash': '7fb78fb6d8' })).toBe(true);
    expect(selectorMatches({ app: 'nginx' }, { app: 'web' })).toBe(false);
    expect(selectorMatches({}, { app: 'nginx' })).toBe(false);
  });
});
