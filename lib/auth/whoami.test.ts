import { describe, expect, it } from 'vitest';
import { systemClock } from '../k8s/clock';
import { AccessCache, type AccessQuestion } from './access';
import type { Principal } from './session';
import { whoAmI } from './whoami';

const session = { principal: { username: 'ana', uid: 'u1', groups: ['team-a'] }, context: 'sandbox', issuedAt: 0, expiresAt: 1_800_000_000 };

/** Grants `verb resource[/sub]` in `ns` ('' = cluster-wide) for each rule 'verb resource ns'; counts what was asked. */
function grants(rules: string[]) {
  const asked: AccessQuestion[] = [];
  const access = new AccessCache(async (_p: Principal, q: AccessQuestion) => {
    asked.push(q);
    const res = q.subresource ? `${q.resource}/${q.subresource}` : q.resource;
    return rules.includes(`${q.verb} ${res} ${q.namespace ?? ''}`) || rules.includes(`* ${res} ${q.namespace ?? ''}`);
  }, { ttlMs: 10_000, clock: systemClock });
  return { access, asked };
}

describe('whoAmI', () => {
  it('names the person and, per kind, where they may list and watch, asking per namespace only where they may read pods', async () => {
    const { access, asked } = grants(['* pods team-a', '* deployments team-a', '* configmaps other', 'get pods/log team-a', '* nodes ']);
    const m = await whoAmI(session, 'token', 'sandbox', access, ['team-a', 'other', 'kube-system']);
    expect(m).toMatchObject({ mode: 'token', username: 'ana', groups: ['team-a'], context: 'sandbox', expiresAt: '2027-01-15T08:00:00.000Z', namespacesChecked: 1, namespacesScope: 'pods' });
    const kind = (r: string) => m.kinds.find((k) => k.resource === r);
    expect(kind('pods')).toMatchObject({ clusterWide: false, namespaces: ['team-a'] });
    expect(kind('deployments')).toMatchObject({ clusterWide: false, namespaces: ['team-a'] });
    expect(kind('nodes')).toMatchObject({ clusterWide: true, namespaces: [] });
    // configmaps in a namespace without pods access are not looked for there.
    expect(kind('configmaps')).toMatchObject({ clusterWide: false, namespaces: [] });
    expect(m.logs).toStrictEqual({ clusterWide: false, namespaces: ['team-a'] });
    expect(asked.some((q) => q.resource === 'deployments' && q.namespace === 'other')).toBe(false);
  });

  it('checks every namespace when pods are readable everywhere, and says the proxy keeps the session', async () => {
    const { access } = grants(['* pods ', '* secrets kube-system', 'get pods/log ']);
    const m = await whoAmI(session, 'proxy', 'sandbox', access, ['b', 'kube-system', 'a']);
    expect(m).toMatchObject({ expiresAt: null, namespacesChecked: 3, namespacesScope: 'all', logs: { clusterWide: true, namespaces: [] } });
    expect(m.kinds.find((k) => k.resource === 'secrets')).toMatchObject({ clusterWide: false, namespaces: ['kube-system'] });
  });
});
