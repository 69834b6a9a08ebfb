import type { V1Pod, V1ServicePort } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { loadFixture } from '../testing/fixtures';
import { resolveTargetPort, type TargetPortResolution } from './service-ports';

/** Real GKE nginx pod: container "nginx" declares containerPort 80/TCP without a name. */
const gkePod = loadFixture<V1Pod>('pods/gke-running-ready-deployment-pod.json');
/** Real kind pod with an init container "init" and a native sidecar "sidecar" (restartPolicy Always). */
const sidecarPod = loadFixture<V1Pod>('pods/kind-native-sidecar-init-completed-running.json');

function derive<T>(object: T, edit: (copy: T) => void): T {
  const copy = structuredClone(object);
  edit(copy);
  return copy;
}

describe('resolveTargetPort', () => {
  it.each<[string, V1Pod, V1ServicePort, TargetPortResolution]>([
    [
      'uses a numeric targetPort as is and names the container declaring it',
      gkePod,
      { port: 8080, targetPort: 80, protocol: 'TCP' },
      { containerPort: 80, container: 'nginx', problem: null },
    ],
    [
      'uses an undeclared numeric targetPort too (declaring ports is informational)',
      gkePod,
      { port: 8080, targetPort: 9090, protocol: 'TCP' },
      { containerPort: 9090, container: null, problem: null },
    ],
    [
      'defaults a missing targetPort to the service port',
      gkePod,
      { port: 80, protocol: 'TCP' },
      { containerPort: 80, container: 'nginx', problem: null },
    ],
    [
      'resolves a named port by name and protocol',
      // Real pod with its port named "http".
      derive(gkePod, (p) => {
        p.spec!.containers[0]!.ports = [{ name: 'http', containerPort: 80, protocol: 'TCP' }];
      }),
      { port: 4001, targetPort: 'http', protocol: 'TCP' },
      { containerPort: 80, container: 'nginx', problem: null },
    ],
    [
      'reports a pod without the named port',
      gkePod,
      { port: 4001, targetPort: 'http', protocol: 'TCP' },
      { containerPort: null, container: null, problem: 'no-such-named-port' },
    ],
    [
      'reports a named port that exists only with another protocol',
      derive(gkePod, (p) => {
        p.spec!.containers[0]!.ports = [{ name: 'dns', containerPort: 53, protocol: 'UDP' }];
      }),
      { port: 53, targetPort: 'dns', protocol: 'TCP' },
      { containerPort: null, container: 'nginx', problem: 'named-port-protocol-mismatch' },
    ],
    [
      'finds a named port on a native sidecar',
      // Real sidecar pod with a port named "metrics" added to its sidecar.
      derive(sidecarPod, (p) => {
        p.spec!.initContainers![1]!.ports = [{ name: 'metrics', containerPort: 9100 }];
      }),
      { port: 9100, targetPort: 'metrics', protocol: 'TCP' },
      { containerPort: 9100, container: 'sidecar', problem: null },
    ],
    [
      'ignores named ports on ordinary init containers, which are gone once the pod runs',
      derive(sidecarPod, (p) => {
        p.spec!.initContainers![0]!.ports = [{ name: 'setup', containerPort: 8000 }];
      }),
      { port: 8000, targetPort: 'setup', protocol: 'TCP' },
      { containerPort: null, container: null, problem: 'no-such-named-port' },
    ],
  ])('%s', (_name, pod, port, expected) => {
    expect(resolveTargetPort(pod, port)).toStrictEqual(expected);
  });
});
