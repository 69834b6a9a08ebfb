import { describe, expect, it } from 'vitest';
import { byName } from '../../testing/sandbox-capture';
import { loadStorageSnapshot } from '../../testing/storage-capture';
import { judgeVolume, volumeCandidates, type VolumeCandidate } from './volume-matching';

// The PVs as they stood before any claim existed (all Available), and the claims as created.
const volumes = loadStorageSnapshot('pvs-available').persistentVolumes;
const claims = loadStorageSnapshot('claims-created').persistentVolumeClaims;
const pv = (name: string) => byName(volumes, name);

describe('judgeVolume', () => {
  const nomatch = byName(claims, 'nomatch-claim'); // 2Gi, RWO, class hi-manual, selector tier=fast

  it('lists every criterion a volume fails for nomatch-claim, one volume per criterion', () => {
    const row = (name: string, capacity: string, accessModes: string, storageClass: string, failures: VolumeCandidate['failures']): VolumeCandidate => ({
      name,
      capacity,
      accessModes,
      storageClass,
      phase: 'Available',
      claimRef: null,
      preBound: false,
      failures,
      matches: false,
    });
    const noLabels = { criterion: 'selector', wanted: 'tier=fast', actual: '<none>' } as const;
    expect(['hi-pv-small', 'hi-pv-rox', 'hi-pv-gold', 'hi-pv-block', 'hi-pv-otherclass'].map((n) => judgeVolume(nomatch, pv(n)))).toStrictEqual([
      row('hi-pv-small', '100Mi', 'RWO', 'hi-manual', [{ criterion: 'capacity', wanted: '2Gi', actual: '100Mi' }, noLabels]),
      row('hi-pv-rox', '5Gi', 'ROX', 'hi-manual', [{ criterion: 'access-modes', wanted: 'RWO', actual: 'ROX' }, noLabels]),
      row('hi-pv-gold', '5Gi', 'RWO,RWX', 'hi-manual', [{ criterion: 'selector', wanted: 'tier=fast', actual: 'tier=gold' }]),
      row('hi-pv-block', '5Gi', 'RWO', 'hi-manual', [{ criterion: 'volume-mode', wanted: 'Filesystem', actual: 'Block' }, noLabels]),
      row('hi-pv-otherclass', '5Gi', 'RWO', 'hi-other', [noLabels, { criterion: 'class', wanted: 'hi-manual', actual: 'hi-other' }]),
    ]);
  });

  it('rejects a volume pre-bound to another claim, and skips class, selector and phase for the claim it is pre-bound to', () => {
    expect([judgeVolume(nomatch, pv('hi-pv-retain')), judgeVolume(byName(claims, 'retain-claim'), pv('hi-pv-retain'))]).toStrictEqual([
      {
        name: 'hi-pv-retain',
        capacity: '1Gi',
        accessModes: 'RWO',
        storageClass: 'hi-manual',
        phase: 'Available',
        claimRef: 'hi-capture/retain-claim',
        preBound: false,
        failures: [
          { criterion: 'claimed-by-other', wanted: 'unclaimed', actual: 'hi-capture/retain-claim' },
          { criterion: 'capacity', wanted: '2Gi', actual: '1Gi' },
          { criterion: 'selector', wanted: 'tier=fast', actual: '<none>' },
        ],
        matches: false,
      },
      {
        name: 'hi-pv-retain',
        capacity: '1Gi',
        accessModes: 'RWO',
        storageClass: 'hi-manual',
        phase: 'Available',
        claimRef: 'hi-capture/retain-claim',
        preBound: true,
        failures: [],
        matches: true,
      },
    ]);
  });
});

describe('volumeCandidates', () => {
  it('ranks first the volume the real PV controller bound static-claim to: the smallest that matches, and shows other classes only when the class is all that differs', () => {
    const ranked = volumeCandidates(byName(claims, 'static-claim'), volumes);
    // Then by fewest failures, then by name.
    expect(ranked.map((c) => [c.name, c.matches, c.failures.map((f) => f.criterion)])).toStrictEqual([
      ['hi-pv-static', true, []],
      ['hi-pv-gold', true, []],
      ['hi-pv-block', false, ['volume-mode']],
      ['hi-pv-delete', false, ['claimed-by-other']],
      ['hi-pv-expand', false, ['claimed-by-other']],
      ['hi-pv-local-ghost', false, ['claimed-by-other']],
      ['hi-pv-local-worker', false, ['class']],
      ['hi-pv-otherclass', false, ['class']],
      ['hi-pv-retain', false, ['claimed-by-other']],
      ['hi-pv-rox', false, ['access-modes']],
      ['hi-pv-small', false, ['capacity']],
    ]);
    expect(byName(claims, 'static-claim').spec?.volumeName).toBe('hi-pv-static');
  });
});
