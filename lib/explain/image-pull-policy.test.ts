import { describe, it, expect } from 'vitest';
import type { V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { defaultPullPolicy, explainImagePullPolicy, parseImageRef } from './image-pull-policy';

const DIGEST = 'sha256:621c2f39f8133acb8e64023a94dbdf0d5ca81896102b9e57c0dc184cadaf5528';

describe('parseImageRef', () => {
  it.each([
    ['nginx', { repository: 'nginx', tag: null, digest: null, valid: true }],
    ['k8s.gcr.io/nginx-slim:0.8', { repository: 'k8s.gcr.io/nginx-slim', tag: '0.8', digest: null, valid: true }],
    ['localhost:5000/app', { repository: 'localhost:5000/app', tag: null, digest: null, valid: true }],
    ['localhost:5000/app:1.2', { repository: 'localhost:5000/app', tag: '1.2', digest: null, valid: true }],
    [`alpine@${DIGEST}`, { repository: 'alpine', tag: null, digest: DIGEST, valid: true }],
    ['Nginx:1.0', { repository: 'Nginx', tag: '1.0', digest: null, valid: false }],
  ])('splits %s into repository, tag and digest, treating a registry port as no tag', (image, expected) => {
    expect(parseImageRef(image)).toStrictEqual(expected);
  });
});

describe('defaultPullPolicy', () => {
  it.each([
    ['nginx', 'Always', 'no-tag'],
    ['alpine:latest', 'Always', 'tag-latest'],
    ['localhost:5000/app', 'Always', 'no-tag'],
    ['gcr.io/heptio-images/ks-guestbook-demo:0.3', 'IfNotPresent', 'other-tag'],
    [`alpine@${DIGEST}`, 'IfNotPresent', 'digest'],
    // Upstream reads only the tag: latest still means Always even with a digest.
    [`alpine:latest@${DIGEST}`, 'Always', 'tag-latest'],
    // A registry host may hold capitals ("UPPER/case" parses); a repository may not.
    ['Nginx:1.0', 'IfNotPresent', 'unparseable'],
    ['UPPER/case', 'Always', 'no-tag'],
  ])('defaults an omitted policy for %s to %s (%s)', (image, policy, rule) => {
    expect(defaultPullPolicy(image)).toStrictEqual({ policy, rule });
  });
});

describe('explainImagePullPolicy', () => {
  it('knows a policy that differs from the default was set explicitly', () => {
    expect(explainImagePullPolicy('busybox:1.36', 'Always')).toStrictEqual({
      image: 'busybox:1.36',
      value: 'Always',
      stored: 'Always',
      defaultValue: 'IfNotPresent',
      rule: 'other-tag',
      matchesDefault: false,
      explicit: true,
      explicitSource: 'differs-from-default',
    });
  });

  it('cannot tell whether a stored policy equal to the default was written by the author', () => {
    const pod = loadFixture<V1Pod>('pods/gke-running-ready-deployment-pod.json');
    const container = pod.spec?.containers[0];
    expect(explainImagePullPolicy(container?.image ?? '', container?.imagePullPolicy)).toStrictEqual({
      image: 'k8s.gcr.io/nginx-slim:0.8',
      value: 'IfNotPresent',
      stored: 'IfNotPresent',
      defaultValue: 'IfNotPresent',
      rule: 'other-tag',
      matchesDefault: true,
      explicit: false,
      explicitSource: 'unknowable',
    });
  });

  it('reads the author manifest from last-applied-configuration when kubectl apply left one', () => {
    expect(explainImagePullPolicy('busybox', 'Always', null)).toMatchObject({
      explicit: false,
      explicitSource: 'last-applied-configuration',
    });
    expect(explainImagePullPolicy('busybox', 'Always', 'Always')).toMatchObject({
      explicit: true,
      explicitSource: 'last-applied-configuration',
    });
  });

  it('applies the default rule to an object that never went through the apiserver', () => {
    expect(explainImagePullPolicy('istio/base', undefined)).toStrictEqual({
      image: 'istio/base',
      value: 'Always',
      stored: null,
      defaultValue: 'Always',
      rule: 'no-tag',
      matchesDefault: true,
      explicit: false,
      explicitSource: 'not-set',
    });
  });
});
