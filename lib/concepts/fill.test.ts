import { describe, expect, it } from 'vitest';
import { fillDiagnosis, fillPlaceholders } from './fill';

describe('fillPlaceholders', () => {
  it('fills every known placeholder, numbers included', () => {
    expect(fillPlaceholders('{pod} in {namespace}: {count} restarts', { pod: 'web', namespace: 'demo', count: 3 })).toBe('web in demo: 3 restarts');
  });

  it('leaves an unknown placeholder visible', () => {
    expect(fillPlaceholders('container {container} of {pod}', { pod: 'web' })).toBe('container {container} of web');
  });

  it('does not take inherited object keys for parameters', () => {
    expect(fillPlaceholders('{toString}', {})).toBe('{toString}');
  });
});

describe('fillDiagnosis', () => {
  it('fills title, summary and next step alike', () => {
    expect(fillDiagnosis({ title: '{container} crashes', summary: 'in {pod}', nextStep: 'kubectl logs {pod} -c {container} --previous' }, { container: 'app', pod: 'web' })).toStrictEqual({
      title: 'app crashes',
      summary: 'in web',
      nextStep: 'kubectl logs web -c app --previous',
    });
  });
});
