import type { ResourceDescriptor } from '../k8s/resources';

/**
 * Least privilege for the dashboard's ServiceAccount, as data. The chart's
 * ClusterRole (deploy/helm/kube-explain/templates/clusterrole.yaml) is written
 * by hand; tests compare what it grants with what the code reads, so a kind
 * added to lib/k8s/resources.ts without its RBAC (or a grant nothing reads)
 * fails a test.
 *
 * A permission is one line, `verb resource[.group]`, as
 * `kubectl auth can-i` names them: `list pods`, `get pods/log`,
 * `create tokenreviews.authentication.k8s.io`.
 */

/** A ClusterRole rule as the API carries it. */
export interface PolicyRule {
  apiGroups?: string[];
  resources?: string[];
  verbs: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

/** The only verbs the dashboard uses on the kinds it shows. */
export const READ_VERBS = ['get', 'list', 'watch'] as const;

/**
 * The reviews it creates: TokenReview (who a pasted token belongs to),
 * SubjectAccessReview (what that person may read) and SelfSubjectAccessReview
 * (what the server itself may read, before each watch). Creating a review
 * changes nothing in the cluster.
 */
export const REVIEW_PERMISSIONS = [
  'create selfsubjectaccessreviews.authorization.k8s.io',
  'create subjectaccessreviews.authorization.k8s.io',
  'create tokenreviews.authentication.k8s.io',
] as const;

/** Logs are read with `get` on the pods/log subresource. */
export const LOG_PERMISSION = 'get pods/log';

/**
 * One permission line.
 * @example permission('watch', 'endpointslices', 'discovery.k8s.io') // 'watch endpointslices.discovery.k8s.io'
 */
export function permission(verb: string, resource: string, group: string): string {
  return group ? `${verb} ${resource}.${group}` : `${verb} ${resource}`;
}

/**
 * What the ServiceAccount should be granted, sorted: get/list/watch on every
 * watched kind (Secrets only when `secrets` is on), get on pods/log, create on
 * the three reviews. Nothing else.
 * @example intendedPermissions([{ plural: 'pods', group: '' }], { secrets: false })
 *   // ['create selfsubjectaccessreviews.authorization.k8s.io', …, 'get pods', 'get pods/log', 'list pods', 'watch pods']
 */
export function intendedPermissions(resources: readonly Pick<ResourceDescriptor, 'plural' | 'group'>[], options: { secrets: boolean }): string[] {
  const reads = resources
    .filter((r) => options.secrets || !(r.group === '' && r.plural === 'secrets'))
    .flatMap((r) => READ_VERBS.map((verb) => permission(verb, r.plural, r.group)));
  return [...new Set([...reads, LOG_PERMISSION, ...REVIEW_PERMISSIONS])].sort();
}

/**
 * Flattens rules into sorted, de-duplicated permission lines. A rule limited
 * to resourceNames keeps them in brackets; non-resource URLs read
 * `verb url`; wildcards stay `*`, so they show up in comparisons.
 * @example permissionsOf([{ apiGroups: ['', 'apps'], resources: ['pods'], verbs: ['get'] }]) // ['get pods', 'get pods.apps']
 */
export function permissionsOf(rules: readonly PolicyRule[]): string[] {
  const out = new Set<string>();
  for (const rule of rules) {
    for (const verb of rule.verbs) {
      for (const url of rule.nonResourceURLs ?? []) out.add(`${verb} ${url}`);
      for (const group of rule.apiGroups ?? []) {
        for (const resource of rule.resources ?? []) {
          const names = rule.resourceNames?.length ? ` [${[...rule.resourceNames].sort().join(',')}]` : '';
          out.add(permission(verb, resource, group) + names);
        }
      }
    }
  }
  return [...out].sort();
}

/** Subresources that reach into a running container or node whatever the verb (exec and attach are upgraded GETs over WebSockets). */
const CONTAINER_ACCESS = /^(pods\/(exec|attach|portforward)|[a-z]+\/proxy)(\.|$| )/;

/**
 * Permission lines that could change the cluster, reach into containers or
 * act as someone else: any verb other than get/list/watch (except creating the
 * reviews), wildcards, and any verb on exec, attach, port-forward or proxy.
 * @example unsafeLines(['get pods', 'create pods/exec', 'create tokenreviews.authentication.k8s.io']) // ['create pods/exec']
 */
export function unsafeLines(lines: readonly string[]): string[] {
  const allowed = new Set<string>(REVIEW_PERMISSIONS);
  return lines.filter((p) => {
    if (allowed.has(p)) return false;
    const space = p.indexOf(' ');
    const verb = p.slice(0, space);
    return !(READ_VERBS as readonly string[]).includes(verb) || p.includes('*') || CONTAINER_ACCESS.test(p.slice(space + 1));
  });
}

/**
 * {@link unsafeLines} of a ClusterRole's rules.
 * @example writePermissions([{ apiGroups: [''], resources: ['pods', 'pods/exec'], verbs: ['get', 'create'] }]) // ['create pods', 'create pods/exec', 'get pods/exec']
 */
export function writePermissions(rules: readonly PolicyRule[]): string[] {
  return unsafeLines(permissionsOf(rules));
}

/**
 * Reads `kubectl auth can-i --list` (a table; kubectl has no JSON for it)
 * into permission lines. Columns are found from the header's positions.
 * @example parseCanIList('Resources   Non-Resource URLs   Resource Names   Verbs\npods        []                  []               [get list]\n')
 *   // ['get pods', 'list pods']
 */
export function parseCanIList(table: string): string[] {
  const lines = table.split('\n').filter((l) => l.trim() !== '');
  const header = lines.shift() ?? '';
  const starts = ['Resources', 'Non-Resource URLs', 'Resource Names', 'Verbs'].map((h) => header.indexOf(h));
  if (starts.some((s) => s < 0)) throw new Error(`not a kubectl auth can-i --list table: ${JSON.stringify(header)}`);
  const cell = (line: string, i: number) => line.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : undefined).trim();
  const list = (text: string) => text.replace(/^\[|\]$/g, '').split(' ').filter(Boolean);
  const rules: PolicyRule[] = lines.map((line) => {
    const resource = cell(line, 0);
    const verbs = list(cell(line, 3));
    const names = list(cell(line, 2));
    const urls = list(cell(line, 1));
    if (!resource) return { nonResourceURLs: urls, verbs };
    // kubectl prints resource.group; permission lines use the same spelling, so keep it whole.
    return { apiGroups: [''], resources: [resource], verbs, ...(names.length ? { resourceNames: names } : {}) };
  });
  return permissionsOf(rules);
}
