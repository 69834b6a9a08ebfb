import { describe, expect, it } from 'vitest';
import { parseReadyz, type ReadyzReport } from './cluster-readyz';
import { READYZ_ETCD_DOWN, READYZ_OK } from './cluster-testdata';

describe('parseReadyz', () => {
  it('reads every check of a healthy verbose answer', () => {
    const report = parseReadyz(READYZ_OK);
    expect({
      status: report.status,
      verbose: report.verbose,
      failed: report.failed,
      count: report.checks.length,
      first: report.checks.slice(0, 3),
      allOk: report.checks.every((c) => c.ok && !c.excluded && c.failure === null),
    }).toStrictEqual({
      status: 'passed',
      verbose: true,
      failed: [],
      count: 36,
      first: [
        { name: 'ping', ok: true, excluded: false, failure: null },
        { name: 'log', ok: true, excluded: false, failure: null },
        { name: 'etcd', ok: true, excluded: false, failure: null },
      ],
      allOk: true,
    });
  });

  it('names the failing etcd checks', () => {
    const report = parseReadyz(READYZ_ETCD_DOWN);
    expect({ status: report.status, failed: report.failed, etcd: report.checks.slice(2, 4) }).toStrictEqual({
      status: 'failed',
      failed: ['etcd', 'etcd-readiness'],
      etcd: [
        { name: 'etcd', ok: false, excluded: false, failure: 'reason withheld' },
        { name: 'etcd-readiness', ok: false, excluded: false, failure: 'reason withheld' },
      ],
    });
  });

  it.each<[string, string, ReadyzReport]>([
    ['reads the bare "ok" of a non-verbose healthy answer', 'ok', { status: 'passed', verbose: false, checks: [], failed: [] }],
    [
      'reads excluded checks and the warning about unknown exclusions',
      '[+]ping ok\n[+]etcd excluded: ok\nwarn: some health checks cannot be excluded: no matches for "nope"\nreadyz check passed\n',
      {
        status: 'passed',
        verbose: true,
        checks: [
          { name: 'ping', ok: true, excluded: false, failure: null },
          { name: 'etcd', ok: true, excluded: true, failure: null },
        ],
        failed: [],
      },
    ],
    [
      'judges a cut-off answer by its checks',
      '[+]ping ok\n[-]informer-sync failed: reason withheld\n',
      {
        status: 'failed',
        verbose: true,
        checks: [
          { name: 'ping', ok: true, excluded: false, failure: null },
          { name: 'informer-sync', ok: false, excluded: false, failure: 'reason withheld' },
        ],
        failed: ['informer-sync'],
      },
    ],
    ['reads CRLF line ends', '[+]ping ok\r\nlivez check passed\r\n', {
      status: 'passed',
      verbose: true,
      checks: [{ name: 'ping', ok: true, excluded: false, failure: null }],
      failed: [],
    }],
    ['says unknown for text it cannot read', '<html>503 Service Unavailable</html>', { status: 'unknown', verbose: false, checks: [], failed: [] }],
  ])('%s', (_name, text, expected) => {
    expect(parseReadyz(text)).toStrictEqual(expected);
  });
});
