import { describe, expect, it } from 'vitest';
import { bindingWarning, isLoopbackBind } from './binding';

describe('isLoopbackBind', () => {
  it.each(['127.0.0.1', 'localhost', 'LOCALHOST', '::1', '[::1]', '127.1.2.3', '::ffff:127.0.0.1'])('keeps %s on this machine', (host) => {
    expect(isLoopbackBind(host)).toBe(true);
  });

  it.each(['0.0.0.0', '::', '[::]', '192.168.1.20', '10.0.0.1', 'fd00::5', 'myhost.lan', '127.0.0.256', '127.evil.example', ''])('opens %j to the network', (host) => {
    expect(isLoopbackBind(host)).toBe(false);
  });
});

describe('bindingWarning', () => {
  it('says nothing for the default or a loopback HOST', () => {
    expect(bindingWarning({}, 'kind-kind')).toBeNull();
    expect(bindingWarning({ HOST: '::1', PORT: '4000' }, 'kind-kind')).toBeNull();
  });

  it('names who can read what on a wildcard bind, and that browsers still need an allowed name', () => {
    expect(bindingWarning({ HOST: '0.0.0.0' }, 'kind-kind')).toStrictEqual([
      'WARNING: HOST=0.0.0.0 is not a loopback address. Anyone who can reach this machine on port 3000 can read, without logging in and with your credentials, what kube context "kind-kind" may read:',
      'every pod with its container logs and YAML (plain environment values included), events, nodes, Services and their endpoints, in every namespace those credentials can list.',
      'Browsers must still address it by an allowed name (now: 127.0.0.1, localhost, [::1] on port 3000); ALLOWED_HOSTS adds names. Keep HOST=127.0.0.1 unless that network is yours alone.',
    ]);
  });

  it('counts a specific address and ALLOWED_HOSTS among the allowed names', () => {
    expect(bindingWarning({ HOST: '192.168.1.20', PORT: '8080', ALLOWED_HOSTS: 'dash.lan' }, null)).toStrictEqual([
      'WARNING: HOST=192.168.1.20 is not a loopback address. Anyone who can reach this machine on port 8080 can read, without logging in and with your credentials, what the current kube context may read:',
      'every pod with its container logs and YAML (plain environment values included), events, nodes, Services and their endpoints, in every namespace those credentials can list.',
      'Browsers must still address it by an allowed name (now: 127.0.0.1, localhost, [::1] on port 8080; 192.168.1.20:8080, dash.lan); ALLOWED_HOSTS adds names. Keep HOST=127.0.0.1 unless that network is yours alone.',
    ]);
  });
});
