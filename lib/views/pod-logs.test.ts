import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { explainContainers } from '../explain/containers';
import { defaultLogTarget, logContainers, parseLogRequest } from './pod-logs';
import { demoPods, initStepsPods } from './pod-detail.testdata';

const now = new Date('2026-11-26T02:12:00Z');
const containersOf = (p: V1Pod, at = now) => logContainers(explainContainers(p, [], at), at);
const pod = (name: string) => demoPods.find((p) => p.metadata?.name === name) as V1Pod;

describe('parseLogRequest', () => {
  it('accepts a well-formed request and defaults the tail', () => {
    expect(parseLogRequest(new URLSearchParams('context=kube-explain-sandbox&namespace=explain-demo&name=crash-loop&container=app&previous=1'))).toStrictEqual({
      ok: true,
      request: { context: 'kube-explain-sandbox', namespace: 'explain-demo', name: 'crash-loop', container: 'app', previous: true, tailLines: 500 },
    });
  });

  it('caps tailLines at 1000 and floors it at 1', () => {
    const base = 'context=c&namespace=n&name=p&container=app';
    const tail = (v: string) => {
      const r = parseLogRequest(new URLSearchParams(`${base}&tailLines=${v}`));
      return r.ok ? r.request.tailLines : null;
    };
    expect([tail('100000'), tail('-5'), tail('abc'), tail('20')]).toStrictEqual([1000, 1, 500, 20]);
  });

  it('names the first invalid field', () => {
    expect(parseLogRequest(new URLSearchParams('context=c&namespace=../etc&name=p&container=app'))).toStrictEqual({ ok: false, field: 'namespace' });
    expect(parseLogRequest(new URLSearchParams('context=c&namespace=n&name=p&container=A_B'))).toStrictEqual({ ok: false, field: 'container' });
    expect(parseLogRequest(new URLSearchParams('namespace=n&name=p&container=app'))).toStrictEqual({ ok: false, field: 'context' });
  });
});

describe('logContainers and defaultLogTarget', () => {
  it('opens the crash-looping container on its previous instance', () => {
    const list = containersOf(pod('crash-loop'));
    expect(list).toStrictEqual([{ name: 'app', kind: 'app', hasPrevious: true, crashed: true, ran: true }]);
    expect(defaultLogTarget(list, null, null)).toStrictEqual({ container: 'app', previous: true });
    expect(defaultLogTarget(list, 'app', '0')).toStrictEqual({ container: 'app', previous: false });
  });

  it('keeps calling a container crashed while it runs again within 10 minutes of a failed exit', () => {
    const p = pod('crash-loop');
    const last = p.status?.containerStatuses?.[0]?.lastState?.terminated?.finishedAt as unknown as string;
    const running: V1Pod = { ...p, status: { ...p.status, containerStatuses: [{ ...p.status!.containerStatuses![0]!, state: { running: { startedAt: last as unknown as Date } } }] } };
    const at = (minutes: number) => new Date(Date.parse(last) + minutes * 60_000);
    expect(containersOf(running, at(1))[0]?.crashed).toBe(true);
    expect(containersOf(running, at(11))[0]?.crashed).toBe(false);
  });

  it('opens the app container of an init-container pod on its current instance, and honours a chosen init container', () => {
    const list = containersOf(initStepsPods[2] as V1Pod);
    expect(list.map((c) => `${c.kind}:${c.name}`)).toStrictEqual(['init:fetch', 'init:migrate', 'app:app']);
    expect(defaultLogTarget(list, null, null)).toStrictEqual({ container: 'app', previous: false });
    expect(defaultLogTarget(list, 'migrate', null)).toStrictEqual({ container: 'migrate', previous: false });
    expect(defaultLogTarget(list, 'gone', '1')).toStrictEqual({ container: 'app', previous: false });
  });

  it('knows that the containers of an unscheduled pod never ran', () => {
    expect(containersOf(pod('unschedulable'))).toStrictEqual([{ name: 'app', kind: 'app', hasPrevious: false, crashed: false, ran: false }]);
  });

  it('has nothing to open for a pod without containers', () => {
    expect(defaultLogTarget([], null, null)).toStrictEqual({ container: null, previous: false });
  });
});
