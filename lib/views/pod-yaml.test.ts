import type { V1Pod } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { sanitizePod, toYaml } from './pod-yaml';
import { demoPods } from './pod-detail.testdata';

describe('toYaml', () => {
  it('writes nested maps and lists the way kubectl does, keys sorted', () => {
    expect(toYaml({ spec: { containers: [{ name: 'app', image: 'busybox:1.36', ports: [] }] }, kind: 'Pod', metadata: { labels: {} } })).toBe(
      ['kind: Pod', 'metadata:', '  labels: {}', 'spec:', '  containers:', '  - image: busybox:1.36', '    name: app', '    ports: []', ''].join('\n'),
    );
  });

  it('quotes strings YAML would misread: timestamps, numbers, booleans, "key: value" and newlines', () => {
    expect(toYaml({ a: '2026-11-26T01:59:20Z', b: '80', c: 'true', d: 'x: y', e: 'two\nlines', f: 'plain-word', g: 20, h: false, i: null })).toBe(
      ['a: "2026-11-26T01:59:20Z"', 'b: "80"', 'c: "true"', 'd: "x: y"', 'e: "two\\nlines"', 'f: plain-word', 'g: 20', 'h: false', 'i: null', ''].join('\n'),
    );
  });

  it('writes lists of scalars and lists of lists', () => {
    expect(toYaml({ command: ['sh', '-c', 'echo "hi"; exit 1'], m: [[1, 2]] })).toBe(
      ['command:', '- sh', '- -c', '- "echo \\"hi\\"; exit 1"', 'm:', '- - 1', '  - 2', ''].join('\n'),
    );
  });
});

describe('sanitizePod', () => {
  const crash = demoPods.find((p) => p.metadata?.name === 'crash-loop') as V1Pod;

  it('drops managedFields and leaves the rest of the real pod as it was', () => {
    expect(crash.metadata?.managedFields?.length).toBe(2);
    const clean = sanitizePod(crash);
    expect(clean.metadata?.managedFields).toBeUndefined();
    const { managedFields: _dropped, ...metadata } = crash.metadata ?? {};
    expect(clean).toStrictEqual({ ...crash, metadata });
  });

  it('keeps a secretKeyRef env entry as a bare reference and literal values as written', () => {
    const pod: V1Pod = {
      spec: {
        containers: [
          {
            name: 'app',
            env: [
              { name: 'MODE', value: 'demo' },
              { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } }, value: 'leaked' },
            ],
          },
        ],
      },
    };
    expect(sanitizePod(pod).spec?.containers[0]?.env).toStrictEqual([
      { name: 'MODE', value: 'demo' },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
    ]);
  });

  it('renders the whole crash-loop pod without managedFields', () => {
    const yaml = toYaml(sanitizePod(crash));
    expect(yaml.startsWith('apiVersion: v1\nkind: Pod\nmetadata:\n  annotations:\n')).toBe(true);
    expect(yaml).not.toContain('managedFields');
    expect(yaml).toContain('\n    image: busybox:1.36\n');
    expect(yaml).toContain('\n  conditions:\n  - lastProbeTime: null\n    lastTransitionTime: "2026-11-26T01:59:20Z"\n');
  });
});
