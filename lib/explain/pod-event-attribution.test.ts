import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { attributeContainerEvents } from './pod-event-attribution';
import { demoEvents, demoPods, initStepsEvents, initStepsPods } from '../views/pod-detail.testdata';

const pod = (name: string) => demoPods.find((p) => p.metadata?.name === name) as V1Pod;

describe('attributeContainerEvents', () => {
  it("gives KWOK's container events of a one-container pod that container's field path", () => {
    const { events, attributed } = attributeContainerEvents(pod('readiness-fail'), demoEvents);
    const mine = events.filter((e) => e.involvedObject.name === 'readiness-fail');
    expect(mine.map((e) => [e.reason, e.involvedObject.fieldPath ?? null])).toStrictEqual([
      ['Scheduled', null],
      ['Pulling', 'spec.containers{app}'],
      ['Pulled', 'spec.containers{app}'],
      ['Created', 'spec.containers{app}'],
      ['Started', 'spec.containers{app}'],
      ['Unhealthy', 'spec.containers{app}'],
      ['Unhealthy', 'spec.containers{app}'],
    ]);
    expect(attributed).toBe(6);
  });

  it('leaves events of a pod with several containers alone when they could be about any of them', () => {
    const running = initStepsPods[2] as V1Pod;
    const { events, attributed } = attributeContainerEvents(running, initStepsEvents);
    expect(attributed).toBe(0);
    expect(events).toStrictEqual(initStepsEvents);
  });

  it('attributes a probe failure to the only container with that kind of probe', () => {
    const p: V1Pod = {
      metadata: { name: 'two', uid: 'u1' },
      spec: { containers: [{ name: 'web', readinessProbe: { tcpSocket: { port: 80 } } }, { name: 'log' }] },
    };
    const { events } = attributeContainerEvents(p, [
      { metadata: {}, involvedObject: { kind: 'Pod', name: 'two', uid: 'u1' }, reason: 'Unhealthy', message: 'Readiness probe failed: connection refused' },
      { metadata: {}, involvedObject: { kind: 'Pod', name: 'two', uid: 'u1' }, reason: 'Unhealthy', message: 'Liveness probe failed: x' },
    ]);
    expect(events.map((e) => e.involvedObject.fieldPath ?? null)).toStrictEqual(['spec.containers{web}', null]);
  });
});
