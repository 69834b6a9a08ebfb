import { describe, it, expect } from 'vitest';
import type { V1Node, V1Pod } from '@kubernetes/client-node';
import { loadFixture } from '../testing/fixtures';
import { computeQosClass, containerResources, cpuQuotaMicros, cpuShares, cpuWeight, explainQos } from './resources';

const pod = (file: string) => loadFixture<V1Pod>(`pods/${file}`);

describe('QoS class', () => {
  it.each([
    ['gke-running-ready-deployment-pod.json', 'Guaranteed'],
    ['minikube-init-container-completed-running.json', 'Guaranteed'],
    ['kind-native-sidecar-init-completed-running.json', 'Burstable'],
    ['minikube-crashloopbackoff-lastState-error.json', 'BestEffort'],
    ['docker-desktop-imagepullbackoff.json', 'BestEffort'],
  ])('computes the class the apiserver stored for %s (%s)', (file, qos) => {
    const p = pod(file);
    expect(p.status?.qosClass).toBe(qos);
    expect(explainQos(p)).toStrictEqual({ class: qos, source: 'status', computed: qos });
  });

  it('reports both when a stored class disagrees with the spec (a hand-edited capture)', () => {
    // requests cpu 100m / memory 70Mi, limit memory 170Mi: Burstable, yet the capture says BestEffort.
    expect(explainQos(pod('minikube-running-ready-nginx.json'))).toStrictEqual({
      class: 'BestEffort',
      source: 'status',
      computed: 'Burstable',
    });
  });

  it('treats an omitted request as equal to its limit, as API defaulting does', () => {
    const limitsOnly: V1Pod = {
      spec: { containers: [{ name: 'a', resources: { limits: { cpu: '500m', memory: '128Mi' } } }] },
    };
    expect(computeQosClass(limitsOnly)).toBe('Guaranteed');
    expect(explainQos(limitsOnly)).toStrictEqual({ class: 'Guaranteed', source: 'computed', computed: 'Guaranteed' });
  });

  it('is Burstable when one container lacks a limit, even if another is fully set', () => {
    const mixed: V1Pod = {
      spec: {
        containers: [
          { name: 'a', resources: { limits: { cpu: '1', memory: '1Gi' } } },
          { name: 'b', resources: { requests: { cpu: '100m' } } },
        ],
      },
    };
    expect(computeQosClass(mixed)).toBe('Burstable');
  });
});

describe('cgroup settings', () => {
  it('turns a Guaranteed container into the cgroup v2 files cpu.weight, cpu.max and memory.max', () => {
    const p = pod('gke-running-ready-deployment-pod.json');
    const container = p.spec?.containers[0];
    if (!container) throw new Error('fixture has a container');
    expect(containerResources(p, container, false, 'Guaranteed')).toStrictEqual({
      requests: { cpu: '200m', memory: '20Mi' },
      limits: { cpu: '200m', memory: '20Mi' },
      cpuRequestMillicores: 200,
      cpuLimitMillicores: 200,
      memoryRequestBytes: 20971520,
      memoryLimitBytes: 20971520,
      cgroup: { cpuWeight: 29, cpuMax: '20000 100000', memoryMax: '20971520' },
      oomScoreAdj: -997,
    });
  });

  it('gives a BestEffort container the minimum cpu.weight, cpu.max and memory.max of "max", and the highest OOM score', () => {
    const p = pod('minikube-crashloopbackoff-lastState-error.json');
    const container = p.spec?.containers[0];
    if (!container) throw new Error('fixture has a container');
    expect(containerResources(p, container, false, 'BestEffort')).toStrictEqual({
      requests: {},
      limits: {},
      cpuRequestMillicores: null,
      cpuLimitMillicores: null,
      memoryRequestBytes: null,
      memoryLimitBytes: null,
      cgroup: { cpuWeight: 1, cpuMax: 'max 100000', memoryMax: 'max' },
      oomScoreAdj: 1000,
    });
  });

  it('scores a Burstable container by its memory request against the node capacity', () => {
    const p = pod('kind-native-sidecar-init-completed-running.json');
    const node = loadFixture<V1Node>('nodes/minikube-v1.17-docker-ready.json'); // 8163684Ki
    const app = p.spec?.containers[0];
    const sidecar = p.spec?.initContainers?.[1];
    if (!app || !sidecar) throw new Error('fixture has both');
    // 1000 − 1000 × 10Mi / 8163684Ki = 1000 − 1 = 999 → 999 is allowed (only 1000 is reserved for BestEffort).
    expect(containerResources(p, app, false, 'Burstable', node).oomScoreAdj).toBe(999);
    // The sidecar requests 40Mi: 1000 − floor(1000 × 41943040 / 8359612416) = 1000 − 5 = 995.
    expect(containerResources(p, sidecar, true, 'Burstable', node).oomScoreAdj).toBe(995);
    expect(containerResources(p, app, false, 'Burstable').oomScoreAdj).toBeNull();
  });

  it.each([
    [null, 2],
    [1, 2],
    [100, 102],
    [1000, 1024],
  ])('converts a %s m CPU request to %s shares', (milli, shares) => {
    expect(cpuShares(milli)).toBe(shares);
  });

  // The curve's anchors (2 → 1, 1024 = one CPU → 100, 262144 → 10000) and points between,
  // checked against the Go function over every shares value from 2 to 262144.
  it.each([
    [2, 1],
    [3, 2],
    [102, 17],
    [204, 29],
    [512, 59],
    [1024, 100],
    [2048, 174],
    [102400, 4429],
    [262143, 10000],
    [262144, 10000],
  ])('writes %s CPU shares as cpu.weight %s, as current OCI runtimes convert them', (shares, weight) => {
    expect(cpuWeight(shares)).toBe(weight);
  });

  it('never sets a CFS quota below 1 ms per period', () => {
    expect(cpuQuotaMicros(1)).toBe(1000);
    expect(cpuQuotaMicros(1500)).toBe(150000);
  });
});
