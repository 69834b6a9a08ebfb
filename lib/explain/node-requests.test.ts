import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { podEffectiveRequests } from './node-requests';
import { toMilli, toUnits } from './quantity';

const pod = (name: string) => loadFixture<V1Pod>(`pods/${name}.json`);

function derive<T>(object: T, edit: (copy: T) => void): T {
  const copy = structuredClone(object);
  edit(copy);
  return copy;
}

/** Effective cpu (millicores) and memory (bytes) as plain numbers. */
function effective(p: V1Pod): { cpu: number | null; memory: number | null } {
  const reqs = podEffectiveRequests(p);
  const cpu = reqs.get('cpu');
  const memory = reqs.get('memory');
  return { cpu: cpu ? toMilli(cpu) : null, memory: memory ? toUnits(memory) : null };
}

const MIB = 1024 * 1024;
/** Real kind capture: app 30m/10Mi, then init containers "init" 333m/333Mi and sidecar 20m/40Mi (restartPolicy Always). */
const sidecarPod = pod('kind-native-sidecar-init-completed-running');

describe('podEffectiveRequests', () => {
  it.each<[string, V1Pod, { cpu: number | null; memory: number | null }]>([
    ['sums a single container', pod('minikube-running-ready-nginx'), { cpu: 100, memory: 70 * MIB }],
    ['has no requests for a BestEffort pod', pod('minikube-running-ready-restartalways'), { cpu: null, memory: null }],
    ['takes the larger of an init container and the app containers', pod('minikube-init-container-completed-running'), { cpu: 100, memory: 100 * MIB }],
    ['lets an earlier init container outweigh app containers plus sidecars', sidecarPod, { cpu: 333, memory: 333 * MIB }],
    [
      'adds sidecars started before an init container to that init step',
      // Same real pod with the sidecar moved before the init container: init step = 333m + 20m.
      derive(sidecarPod, (p) => {
        p.spec!.initContainers!.reverse();
      }),
      { cpu: 353, memory: 373 * MIB },
    ],
    [
      'adds sidecars to the app containers when init containers are small',
      derive(sidecarPod, (p) => {
        p.spec!.initContainers![0]!.resources = { requests: { cpu: '10m', memory: '10Mi' } };
      }),
      { cpu: 50, memory: 50 * MIB },
    ],
    [
      'adds RuntimeClass overhead on top',
      derive(pod('minikube-running-ready-nginx'), (p) => {
        p.spec!.overhead = { cpu: '250m', memory: '120Mi' };
      }),
      { cpu: 350, memory: 190 * MIB },
    ],
    [
      'uses pod-level requests instead of the container sum, overhead still added',
      derive(pod('minikube-running-ready-nginx'), (p) => {
        p.spec!.resources = { requests: { cpu: '1', memory: '1Gi' } };
        p.spec!.overhead = { cpu: '100m' };
      }),
      { cpu: 1100, memory: 1024 * MIB },
    ],
    [
      'sums fractional CPU exactly',
      derive(pod('minikube-running-ready-nginx'), (p) => {
        p.spec!.containers = [
          { name: 'a', image: 'x', resources: { requests: { cpu: '0.1' } } },
          { name: 'b', image: 'x', resources: { requests: { cpu: '0.2' } } },
        ];
      }),
      { cpu: 300, memory: null },
    ],
  ])('%s', (_name, p, expected) => {
    expect(effective(p)).toStrictEqual(expected);
  });
});
