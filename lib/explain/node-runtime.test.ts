import { describe, expect, it } from 'vitest';
import { kubeletMinor, parseContainerRuntime, type ContainerRuntimeInfo } from './node-runtime';

describe('parseContainerRuntime', () => {
  it.each<[string, string | undefined, string | undefined, ContainerRuntimeInfo]>([
    [
      'reads containerd 2.x, the major version a 1.36 node needs',
      'containerd://2.2.1',
      'v1.36.0',
      { raw: 'containerd://2.2.1', name: 'containerd', scheme: 'containerd', version: '2.2.1', dockerVia: null },
    ],
    [
      'reads CRI-O',
      'cri-o://1.30.2',
      'v1.30.2',
      { raw: 'cri-o://1.30.2', name: 'cri-o', scheme: 'cri-o', version: '1.30.2', dockerVia: null },
    ],
    [
      'reads docker on a pre-1.24 kubelet as dockershim (the real minikube v1.17 capture)',
      'docker://19.3.5',
      'v1.17.0',
      { raw: 'docker://19.3.5', name: 'docker', scheme: 'docker', version: '19.3.5', dockerVia: 'dockershim' },
    ],
    [
      'reads docker on a 1.24+ kubelet as cri-dockerd',
      'docker://24.0.7',
      'v1.28.3',
      { raw: 'docker://24.0.7', name: 'docker', scheme: 'docker', version: '24.0.7', dockerVia: 'cri-dockerd' },
    ],
    [
      'keeps an unfamiliar runtime as other',
      'kwok-v0.7.0',
      'fake',
      { raw: 'kwok-v0.7.0', name: 'other', scheme: 'kwok-v0.7.0', version: null, dockerVia: null },
    ],
    ['returns nulls when nothing is reported', '', 'v1.30.0', { raw: null, name: null, scheme: null, version: null, dockerVia: null }],
    [
      'leaves dockerVia unknown when the kubelet version is unreadable',
      'docker://24.0.7',
      undefined,
      { raw: 'docker://24.0.7', name: 'docker', scheme: 'docker', version: '24.0.7', dockerVia: null },
    ],
  ])('%s', (_name, raw, kubelet, expected) => {
    expect(parseContainerRuntime(raw, kubelet)).toStrictEqual(expected);
  });
});

describe('kubeletMinor', () => {
  it.each<[string, string | undefined, number | null]>([
    ['reads a plain version', 'v1.30.2', 30],
    ['reads a distribution suffix', 'v1.29.4+k3s1', 29],
    ['returns null for nonsense', 'fake', null],
    ['returns null when missing', undefined, null],
  ])('%s', (_name, version, expected) => {
    expect(kubeletMinor(version)).toBe(expected);
  });
});
