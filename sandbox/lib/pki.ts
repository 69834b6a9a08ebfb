import { existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { capture } from './exec';

export interface ClientIdentity {
  name: string;
  commonName: string;
  organization?: string;
}

/** The identities the sandbox components authenticate as (client certificates signed by the sandbox CA). */
export const CLIENTS: ClientIdentity[] = [
  { name: 'admin', commonName: 'kubernetes-admin', organization: 'system:masters' },
  { name: 'kube-controller-manager', commonName: 'system:kube-controller-manager' },
  { name: 'kube-scheduler', commonName: 'system:kube-scheduler' },
  // KWOK plays every kubelet at once, so it cannot use per-node identities.
  { name: 'kwok', commonName: 'kwok-controller', organization: 'system:masters' },
  { name: 'apiserver-kubelet-client', commonName: 'kube-apiserver-kubelet-client', organization: 'system:masters' },
];

const SERVING_SANS = [
  'IP:127.0.0.1',
  'IP:10.96.0.1',
  'DNS:localhost',
  'DNS:kubernetes',
  'DNS:kubernetes.default',
  'DNS:kubernetes.default.svc',
  'DNS:kubernetes.default.svc.cluster.local',
];

async function openssl(args: string[], cwd: string): Promise<void> {
  await capture('openssl', args, { cwd });
}

async function signedCert(dir: string, name: string, subject: string, ext: string): Promise<void> {
  const extFile = path.join(dir, `${name}.ext`);
  writeFileSync(extFile, ext);
  await openssl(['req', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', subject], dir);
  await openssl(['x509', '-req', '-in', `${name}.csr`, '-CA', 'ca.crt', '-CAkey', 'ca.key', '-CAcreateserial', '-out', `${name}.crt`, '-days', '825', '-extfile', extFile], dir);
}

/**
 * Creates the sandbox CA, the apiserver serving certificate, the service
 * account signing key and one client certificate per component. Existing
 * files are kept, so kubeconfigs stay valid across restarts.
 */
export async function ensurePki(dir: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  if (!existsSync(path.join(dir, 'ca.crt'))) {
    await openssl(['req', '-x509', '-new', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes', '-keyout', 'ca.key', '-out', 'ca.crt', '-days', '3650', '-subj', '/CN=kube-explain-sandbox-ca', '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign,digitalSignature'], dir);
  }
  if (!existsSync(path.join(dir, 'apiserver.crt'))) {
    await signedCert(dir, 'apiserver', '/CN=kube-apiserver', `subjectAltName=${SERVING_SANS.join(',')}\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n`);
  }
  if (!existsSync(path.join(dir, 'kwok-serving.crt'))) {
    await signedCert(dir, 'kwok-serving', '/CN=kwok-kubelet', `subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n`);
  }
  if (!existsSync(path.join(dir, 'sa.key'))) {
    await openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'sa.key'], dir);
    await openssl(['pkey', '-in', 'sa.key', '-pubout', '-out', 'sa.pub'], dir);
  }
  for (const c of CLIENTS) {
    if (existsSync(path.join(dir, `${c.name}.crt`))) continue;
    const subject = `/CN=${c.commonName}${c.organization ? `/O=${c.organization}` : ''}`;
    await signedCert(dir, c.name, subject, 'extendedKeyUsage=clientAuth\nkeyUsage=critical,digitalSignature,keyEncipherment\n');
  }
}

/** A kubeconfig with embedded credentials for one sandbox identity. */
export function renderKubeconfig(pkiDir: string, identity: string, server: string, contextName = 'kube-explain-sandbox'): string {
  const b64 = (f: string) => readFileSync(path.join(pkiDir, f)).toString('base64');
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    `- name: ${contextName}`,
    '  cluster:',
    `    server: ${server}`,
    `    certificate-authority-data: ${b64('ca.crt')}`,
    'users:',
    `- name: ${contextName}-${identity}`,
    '  user:',
    `    client-certificate-data: ${b64(`${identity}.crt`)}`,
    `    client-key-data: ${b64(`${identity}.key`)}`,
    'contexts:',
    `- name: ${contextName}`,
    '  context:',
    `    cluster: ${contextName}`,
    `    user: ${contextName}-${identity}`,
    `current-context: ${contextName}`,
    '',
  ].join('\n');
}
