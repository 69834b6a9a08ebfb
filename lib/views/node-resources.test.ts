import { describe, expect, it } from 'vitest';
import { explainNode } from '../explain/node';
import { formatResource, resourceBars } from './node-resources';
import { demoNodes } from './node-views.testdata';
import { CAPTURED_AT, demoPods } from './service-views.testdata';

describe('formatResource', () => {
  it('writes cpu as whole cores or millicores, memory with binary suffixes and pods as a count', () => {
    expect([
      formatResource('cpu', 4000),
      formatResource('cpu', 250),
      formatResource('cpu', 3750),
      formatResource('memory', 16369932 * 1024),
      formatResource('memory', 160 * 1024 * 1024),
      formatResource('memory', 512),
      formatResource('memory', -64 * 1024 * 1024),
      formatResource('pods', 110),
      formatResource('cpu', null),
    ]).toStrictEqual(['4', '250m', '3750m', '15.6Gi', '160Mi', '512', '-64Mi', '110', '—']);
  });
});

describe('resourceBars', () => {
  it('puts sandbox-worker capacity, allocatable and the requests of its pods on one scale', () => {
    const worker = demoNodes.find((n) => n.metadata?.name === 'sandbox-worker')!;
    const { resources } = explainNode(worker, { pods: demoPods, now: CAPTURED_AT });
    expect(resourceBars(resources)).toStrictEqual([
      {
        resource: 'cpu',
        capacity: '4',
        allocatable: '4',
        reserved: '0',
        // two web pods at 100m and oom-killed at 50m
        requested: '250m',
        unrequested: '3750m',
        requestedPercent: 6,
        allocatableWidth: 100,
        requestedWidth: 6.3,
        meter: { value: 250, max: 4000 },
      },
      {
        resource: 'memory',
        capacity: '15.6Gi',
        allocatable: '15.6Gi',
        reserved: '0',
        requested: '160Mi',
        unrequested: '15.5Gi',
        requestedPercent: 1,
        allocatableWidth: 100,
        requestedWidth: 1,
        meter: { value: 167772160, max: 16762810368 },
      },
      {
        resource: 'pods',
        capacity: '110',
        allocatable: '110',
        reserved: '0',
        requested: '5',
        unrequested: '105',
        requestedPercent: 4,
        allocatableWidth: 100,
        requestedWidth: 4.5,
        meter: { value: 5, max: 110 },
      },
    ]);
  });

  it('narrows the allocatable bar by what the node reserves', () => {
    const worker = demoNodes.find((n) => n.metadata?.name === 'sandbox-worker')!;
    const reserving = { ...worker, status: { ...worker.status, allocatable: { ...worker.status?.allocatable, cpu: '3500m' } } };
    const cpu = resourceBars(explainNode(reserving, { pods: [], now: CAPTURED_AT }).resources)[0];
    expect(cpu).toStrictEqual({
      resource: 'cpu',
      capacity: '4',
      allocatable: '3500m',
      reserved: '500m',
      requested: '0',
      unrequested: '3500m',
      requestedPercent: 0,
      allocatableWidth: 87.5,
      requestedWidth: 0,
      meter: { value: 0, max: 3500 },
    });
  });
});
