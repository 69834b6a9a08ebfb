/**
 * Which container runtime a node runs, from status.nodeInfo.containerRuntimeVersion
 * ("<runtime>://<version>", e.g. containerd://2.2.1, cri-o://1.36.0,
 * docker://24.0.7). dockershim left the kubelet in 1.24, so a docker:// node
 * with a newer kubelet talks to Docker Engine through cri-dockerd.
 * Source: docs setup/production-environment/container-runtimes.
 */

export interface ContainerRuntimeInfo {
  raw: string | null;
  name: 'containerd' | 'cri-o' | 'docker' | 'other' | null;
  /** The part before "://", as reported. */
  scheme: string | null;
  version: string | null;
  /** For docker:// only: the kubelet's built-in dockershim before 1.24, cri-dockerd since. */
  dockerVia: 'dockershim' | 'cri-dockerd' | null;
}

const KNOWN: Readonly<Record<string, ContainerRuntimeInfo['name']>> = {
  containerd: 'containerd',
  'cri-o': 'cri-o',
  docker: 'docker',
};

/**
 * Parses containerRuntimeVersion, using kubeletVersion to tell dockershim from cri-dockerd.
 * @example parseContainerRuntime('containerd://2.2.1', 'v1.36.0')
 *   // { raw: 'containerd://2.2.1', name: 'containerd', scheme: 'containerd', version: '2.2.1', dockerVia: null }
 * @example parseContainerRuntime('docker://19.3.5', 'v1.17.0').dockerVia // 'dockershim'
 */
export function parseContainerRuntime(raw: string | undefined, kubeletVersion: string | undefined): ContainerRuntimeInfo {
  if (!raw) return { raw: null, name: null, scheme: null, version: null, dockerVia: null };
  const separator = raw.indexOf('://');
  const scheme = separator >= 0 ? raw.slice(0, separator) : raw;
  const version = separator >= 0 ? raw.slice(separator + 3) || null : null;
  const name = KNOWN[scheme.toLowerCase()] ?? 'other';
  let dockerVia: ContainerRuntimeInfo['dockerVia'] = null;
  if (name === 'docker') {
    const minor = kubeletMinor(kubeletVersion);
    dockerVia = minor === null ? null : minor < 24 ? 'dockershim' : 'cri-dockerd';
  }
  return { raw, name, scheme, version, dockerVia };
}

/**
 * The minor version of a 1.x kubelet, or null when it cannot be read.
 * @example kubeletMinor('v1.30.2+k3s1') // 30
 */
export function kubeletMinor(version: string | undefined): number | null {
  const match = /^v?1\.(\d+)/.exec(version ?? '');
  return match?.[1] ? Number.parseInt(match[1], 10) : null;
}
