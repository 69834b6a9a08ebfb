import { describe, expect, it } from 'vitest';
import { helmModule, helmPath } from './build';
import { cacheDir } from './paths';

describe('helmModule', () => {
  it('puts the major version in the module path', () => {
    expect(helmModule('v4.3.2')).toBe('helm.sh/helm/v4');
    expect(helmModule('v3.19.0')).toBe('helm.sh/helm/v3');
  });

  it('refuses a version it cannot build with go install', () => {
    expect(() => helmModule('4.3.2')).toThrow('is not vMAJOR.MINOR.PATCH');
    expect(() => helmModule('v2.17.0')).toThrow('use v3 or later');
  });
});

describe('helmPath', () => {
  it('keys the cached binary by version', () => {
    expect(helmPath('v4.3.2')).toBe(`${cacheDir}/helm-v4.3.2/helm`);
  });
});
