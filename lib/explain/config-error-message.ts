/**
 * Parser for CreateContainerConfigError messages, written by the kubelet when
 * it cannot build a container's environment or mounts
 * (pkg/kubelet/kubelet_pods.go, makeEnvironmentVariables):
 *   configmap "app-config" not found            (also `configmaps "…"` from the apiserver)
 *   secret "db" not found
 *   couldn't find key DB_URL in ConfigMap default/app-config
 *   couldn't find key password in Secret default/db
 * Anything else (e.g. "container has runAsNonRoot and image will run as root")
 * is reported as 'other'.
 */

/** What a CreateContainerConfigError is missing. */
export interface ConfigErrorCause {
  /** 'object' = the ConfigMap/Secret is missing; 'key' = it exists but lacks the key. */
  missing: 'object' | 'key' | 'other';
  objectKind: 'ConfigMap' | 'Secret' | null;
  name: string | null;
  key: string | null;
  namespace: string | null;
}

const NOT_FOUND = /\b(configmaps?|secrets?) "([^"]+)" not found/i;
const MISSING_KEY = /couldn't find key (\S+) in (ConfigMap|Secret) ([^/\s]+)\/(\S+)/;

/**
 * Classifies a CreateContainerConfigError message.
 * @example parseConfigErrorMessage('secret "db" not found') // { missing: 'object', objectKind: 'Secret', name: 'db', key: null, namespace: null }
 * @example parseConfigErrorMessage("couldn't find key DB_URL in ConfigMap shop/app-config") // { missing: 'key', objectKind: 'ConfigMap', name: 'app-config', key: 'DB_URL', namespace: 'shop' }
 */
export function parseConfigErrorMessage(message: string | null | undefined): ConfigErrorCause {
  const text = message ?? '';
  const key = MISSING_KEY.exec(text);
  if (key) {
    return {
      missing: 'key',
      objectKind: key[2] === 'Secret' ? 'Secret' : 'ConfigMap',
      name: key[4] ?? null,
      key: key[1] ?? null,
      namespace: key[3] ?? null,
    };
  }
  const notFound = NOT_FOUND.exec(text);
  if (notFound) {
    return {
      missing: 'object',
      objectKind: (notFound[1] ?? '').toLowerCase().startsWith('secret') ? 'Secret' : 'ConfigMap',
      name: notFound[2] ?? null,
      key: null,
      namespace: null,
    };
  }
  return { missing: 'other', objectKind: null, name: null, key: null, namespace: null };
}
