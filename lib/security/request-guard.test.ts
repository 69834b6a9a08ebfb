import { describe, expect, it } from 'vitest';
import { allowedHostsLabel, guardConfigFromEnv, guardRequest, parseHost, type GuardConfig } from './request-guard';

const local: GuardConfig = { port: '3000', extraHosts: [] };
const ALLOW = { allow: true };

function req(method: string, path: string, headers: Record<string, string>, scheme = 'http') {
  // Next builds request.url from the Host header; the guard reads only its path and scheme.
  return { method, url: `${scheme}://${headers.host ?? 'localhost'}${path}`, headers: new Headers(headers) };
}

const hostRefusal = (host: string, allowed = '127.0.0.1, localhost, [::1] on port 3000') => ({
  allow: false,
  status: 403,
  message: `Refused: Host ${JSON.stringify(host)} is not a name kube-explain answers to (${allowed}); a page on another name may be a DNS-rebinding attack. To serve under a real name, add it to ALLOWED_HOSTS.`,
});

describe('parseHost', () => {
  it.each([
    ['localhost:3000', { hostname: 'localhost', port: '3000' }],
    ['LOCALHOST:3000', { hostname: 'localhost', port: '3000' }],
    ['127.0.0.1', { hostname: '127.0.0.1', port: null }],
    ['[::1]:3000', { hostname: '[::1]', port: '3000' }],
    ['dash.example.com:03000', { hostname: 'dash.example.com', port: '3000' }],
    ['localhost.:3000', { hostname: 'localhost.', port: '3000' }],
  ])('reads %s as a name and a port', (value, expected) => {
    expect(parseHost(value)).toStrictEqual(expected);
  });

  it.each(['', 'user@localhost:3000', 'localhost:3000, evil.example', 'localhost:99999', 'localhost:0', '[fe80::1%25eth0]:3000', 'local host', '-evil.example', 'localhost:'])(
    'refuses to read %j',
    (value) => {
      expect(parseHost(value)).toBeNull();
    },
  );
});

describe('guardConfigFromEnv', () => {
  it('knows only the serving port when nothing else is set', () => {
    expect(guardConfigFromEnv({ PORT: '3107' })).toStrictEqual({ port: '3107', extraHosts: [] });
  });

  it('accepts a specific bind address on the serving port, but not a wildcard bind', () => {
    expect(guardConfigFromEnv({ PORT: '3000', HOST: '192.168.1.20' })).toStrictEqual({ port: '3000', extraHosts: [{ hostname: '192.168.1.20', port: '3000' }] });
    expect(guardConfigFromEnv({ PORT: '3000', HOST: 'fd00::5' })).toStrictEqual({ port: '3000', extraHosts: [{ hostname: '[fd00::5]', port: '3000' }] });
    expect(guardConfigFromEnv({ PORT: '3000', HOST: '0.0.0.0' })).toStrictEqual({ port: '3000', extraHosts: [] });
    expect(guardConfigFromEnv({ PORT: '3000', HOST: '::' })).toStrictEqual({ port: '3000', extraHosts: [] });
  });

  it('reads ALLOWED_HOSTS as names for any port or name:port, bare IPv6 included, dropping what it cannot read', () => {
    expect(guardConfigFromEnv({ PORT: '3000', ALLOWED_HOSTS: ' Dash.Example.com , kube.lan:8443,fd00::7,, evil@x, 10.0.0.4:3000' })).toStrictEqual({
      port: '3000',
      extraHosts: [
        { hostname: 'dash.example.com', port: null },
        { hostname: 'kube.lan', port: '8443' },
        { hostname: '[fd00::7]', port: null },
        { hostname: '10.0.0.4', port: '3000' },
      ],
    });
  });

  it('treats an unreadable PORT as unknown', () => {
    expect(guardConfigFromEnv({ PORT: 'http' })).toStrictEqual({ port: null, extraHosts: [] });
    expect(guardConfigFromEnv({})).toStrictEqual({ port: null, extraHosts: [] });
  });
});

describe('allowedHostsLabel', () => {
  it('names the loopback names, their port and the extra names', () => {
    expect(allowedHostsLabel({ port: '3000', extraHosts: [{ hostname: 'dash.example.com', port: null }, { hostname: 'kube.lan', port: '8443' }] })).toBe(
      '127.0.0.1, localhost, [::1] on port 3000; dash.example.com, kube.lan:8443',
    );
    expect(allowedHostsLabel({ port: null, extraHosts: [] })).toBe('127.0.0.1, localhost, [::1]');
  });
});

describe('guardRequest: the Host allowlist', () => {
  it.each(['127.0.0.1:3000', 'localhost:3000', '[::1]:3000', 'LocalHost:3000'])('serves pages, the API and the stream to Host %s', (host) => {
    for (const path of ['/', '/kube-explain-sandbox/pods?namespace=a', '/api/stream', '/_next/static/chunks/main.js']) {
      expect(guardRequest(req('GET', path, { host }), local)).toStrictEqual(ALLOW);
    }
  });

  it('refuses a rebinding name on the serving port on pages, the API, the stream and static files alike', () => {
    for (const path of ['/', '/kube-explain-sandbox/pods', '/api/logs?context=c&namespace=n&name=p&container=c', '/api/stream', '/_next/static/chunks/main.js']) {
      expect(guardRequest(req('GET', path, { host: 'evil.example:3000' }), local)).toStrictEqual(hostRefusal('evil.example:3000'));
    }
  });

  it.each(['127.0.0.1.nip.io:3000', 'localhost.evil.example:3000', '127.0.0.1.evil.example:3000', 'localtest.me:3000'])(
    'refuses %s, a public name that resolves to loopback',
    (host) => {
      expect(guardRequest(req('GET', '/api/stream', { host }), local)).toStrictEqual(hostRefusal(host));
    },
  );

  it('refuses a loopback name on another port than the one it serves', () => {
    expect(guardRequest(req('GET', '/', { host: 'localhost:5173' }), local)).toStrictEqual(hostRefusal('localhost:5173'));
    expect(guardRequest(req('GET', '/', { host: '[::1]:8080' }), local)).toStrictEqual(hostRefusal('[::1]:8080'));
  });

  it('reads a Host without a port as the scheme default, which is not the serving port', () => {
    expect(guardRequest(req('GET', '/', { host: 'localhost' }), local)).toStrictEqual(hostRefusal('localhost'));
    expect(guardRequest(req('GET', '/', { host: 'localhost' }), { port: '80', extraHosts: [] })).toStrictEqual(ALLOW);
  });

  it('matches names exactly: a trailing dot, a non-canonical IP or another loopback address is refused', () => {
    for (const host of ['localhost.:3000', '127.1:3000', '2130706433:3000', '127.0.0.2:3000', '[0:0:0:0:0:0:0:1]:3000']) {
      expect(guardRequest(req('GET', '/', { host }), local)).toStrictEqual(hostRefusal(host));
    }
  });

  it('refuses a request without a Host header', () => {
    expect(guardRequest({ method: 'GET', url: 'http://localhost:3000/api/stream', headers: new Headers() }, local)).toStrictEqual({
      allow: false,
      status: 403,
      message: 'Refused: the request has no Host header; kube-explain answers only to 127.0.0.1, localhost, [::1] on port 3000 (ALLOWED_HOSTS adds names).',
    });
  });

  it('echoes a hostile Host as one quoted printable line', () => {
    const host = 'evil.example\u202e:3000';
    expect(guardRequest({ method: 'GET', url: 'http://x/', headers: { get: (n: string) => (n === 'host' ? host : null) } }, local)).toStrictEqual(
      hostRefusal('evil.example?:3000'),
    );
  });

  it('accepts ALLOWED_HOSTS names on any port, or only on the port given', () => {
    const config = guardConfigFromEnv({ PORT: '3000', ALLOWED_HOSTS: 'dash.example.com,kube.lan:8443' });
    expect(guardRequest(req('GET', '/', { host: 'dash.example.com' }, 'https'), config)).toStrictEqual(ALLOW);
    expect(guardRequest(req('GET', '/', { host: 'DASH.example.com:3000' }), config)).toStrictEqual(ALLOW);
    expect(guardRequest(req('GET', '/', { host: 'kube.lan:8443' }), config)).toStrictEqual(ALLOW);
    expect(guardRequest(req('GET', '/', { host: 'kube.lan:3000' }), config)).toStrictEqual(
      hostRefusal('kube.lan:3000', '127.0.0.1, localhost, [::1] on port 3000; dash.example.com, kube.lan:8443'),
    );
    expect(guardRequest(req('GET', '/', { host: 'evil.dash.example.com' }), config)).toStrictEqual(
      hostRefusal('evil.dash.example.com', '127.0.0.1, localhost, [::1] on port 3000; dash.example.com, kube.lan:8443'),
    );
  });

  it('accepts loopback names on any port when the serving port is unknown', () => {
    expect(guardRequest(req('GET', '/', { host: 'localhost:4000' }), { port: null, extraHosts: [] })).toStrictEqual(ALLOW);
    expect(guardRequest(req('GET', '/', { host: 'evil.example:4000' }), { port: null, extraHosts: [] })).toStrictEqual(
      hostRefusal('evil.example:4000', '127.0.0.1, localhost, [::1]'),
    );
  });

  it('answers the liveness check to any Host, since it reads nothing from the cluster', () => {
    expect(guardRequest(req('GET', '/api/healthz', { host: '10.244.0.7:3000' }), local)).toStrictEqual(ALLOW);
    expect(guardRequest(req('POST', '/api/healthz', { host: '10.244.0.7:3000' }), local)).toStrictEqual(hostRefusal('10.244.0.7:3000'));
  });

  it('answers the readiness check to any Host too, since the kubelet probes the pod by its IP', () => {
    expect(guardRequest(req('GET', '/api/readyz', { host: '10.244.0.7:3000' }), local)).toStrictEqual(ALLOW);
    expect(guardRequest(req('POST', '/api/readyz', { host: '10.244.0.7:3000' }), local)).toStrictEqual(hostRefusal('10.244.0.7:3000'));
    expect(guardRequest(req('GET', '/api/readyz/x', { host: '10.244.0.7:3000' }), local)).toStrictEqual(hostRefusal('10.244.0.7:3000'));
  });
});

describe('guardRequest: requests another site starts', () => {
  const host = '127.0.0.1:3000';

  it('lets another site open a page in a top-level tab', () => {
    expect(
      guardRequest(req('GET', '/kube-explain-sandbox/pods', { host, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document' }), local),
    ).toStrictEqual(ALLOW);
  });

  it('refuses a cross-site fetch, EventSource, frame or script include', () => {
    const cases: [string, string, string, string][] = [
      ['/api/logs', 'cors', 'empty', 'cors'],
      ['/api/stream', 'cors', 'empty', 'cors'],
      ['/kube-explain-sandbox/pods', 'navigate', 'iframe', 'navigate'],
      ['/_next/static/chunks/main.js', 'no-cors', 'script', 'no-cors'],
    ];
    for (const [path, mode, dest, shown] of cases) {
      expect(guardRequest(req('GET', path, { host, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': mode, 'sec-fetch-dest': dest }), local)).toStrictEqual({
        allow: false,
        status: 403,
        message: `Refused: a cross-site request (GET ${path}, Sec-Fetch-Mode: "${shown}") may only open a page; the dashboard's data is read by its own pages only.`,
      });
    }
  });

  it('refuses a same-site request too (another port on localhost is the same site)', () => {
    expect(guardRequest(req('GET', '/api/stream', { host, 'sec-fetch-site': 'same-site', 'sec-fetch-mode': 'cors' }), local)).toStrictEqual({
      allow: false,
      status: 403,
      message: 'Refused: a same-site request (GET /api/stream, Sec-Fetch-Mode: "cors") may only open a page; the dashboard\'s data is read by its own pages only.',
    });
  });

  it('refuses a cross-site form POST even as a navigation', () => {
    expect(
      guardRequest(req('POST', '/api/stream/subscriptions', { host, 'sec-fetch-site': 'cross-site', 'sec-fetch-mode': 'navigate', 'sec-fetch-dest': 'document', 'content-type': 'text/plain' }), local),
    ).toStrictEqual({
      allow: false,
      status: 403,
      message: 'Refused: a cross-site request (POST /api/stream/subscriptions, Sec-Fetch-Mode: "navigate") may only open a page; the dashboard\'s data is read by its own pages only.',
    });
  });

  it('refuses a foreign Origin on reads as well as changes, for browsers without fetch metadata', () => {
    expect(guardRequest(req('GET', '/api/stream', { host, origin: 'http://evil.example' }), local)).toStrictEqual({
      allow: false,
      status: 403,
      message: 'Refused: Origin "http://evil.example" is not this dashboard (http://127.0.0.1:3000); only its own pages may GET /api/stream.',
    });
  });
});

describe('guardRequest: changing subscriptions', () => {
  const host = '127.0.0.1:3000';
  const path = '/api/stream/subscriptions';
  const json = 'application/json';

  it('accepts our own page\'s POST and DELETE: same Origin and a JSON body', () => {
    expect(guardRequest(req('POST', path, { host, origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin', 'content-type': json }), local)).toStrictEqual(ALLOW);
    expect(guardRequest(req('DELETE', path, { host, origin: 'http://127.0.0.1:3000', 'content-type': 'application/json; charset=utf-8' }), local)).toStrictEqual(ALLOW);
    expect(guardRequest(req('POST', path, { host: '[::1]:3000', origin: 'http://[::1]:3000', 'content-type': json }), local)).toStrictEqual(ALLOW);
  });

  it('accepts Sec-Fetch-Site: same-origin when Origin is missing', () => {
    expect(guardRequest(req('POST', path, { host, 'sec-fetch-site': 'same-origin', 'content-type': json }), local)).toStrictEqual(ALLOW);
  });

  it('matches an https Origin behind a TLS proxy on the default port', () => {
    const config = guardConfigFromEnv({ PORT: '3000', ALLOWED_HOSTS: 'dash.example.com' });
    expect(guardRequest(req('POST', path, { host: 'dash.example.com', origin: 'https://dash.example.com', 'content-type': json }), config)).toStrictEqual(ALLOW);
    expect(guardRequest(req('POST', path, { host: 'dash.example.com:443', origin: 'https://dash.example.com', 'content-type': json }), config)).toStrictEqual(ALLOW);
  });

  it.each([
    ['http://evil.example', 'http://evil.example'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173'],
    ['null', 'null'],
    ['file://', 'file://'],
  ])('refuses a change from Origin %s', (origin, shown) => {
    expect(guardRequest(req('POST', path, { host, origin, 'content-type': json }), local)).toStrictEqual({
      allow: false,
      status: 403,
      message: `Refused: Origin "${shown}" is not this dashboard (http://127.0.0.1:3000); only its own pages may POST ${path}.`,
    });
  });

  it('refuses a change with no proof of origin, such as a stream id replayed by curl', () => {
    expect(guardRequest(req('DELETE', path, { host, 'content-type': json }), local)).toStrictEqual({
      allow: false,
      status: 403,
      message: `Refused: DELETE ${path} needs an Origin header naming this dashboard (http://127.0.0.1:3000) or Sec-Fetch-Site: same-origin; only its own pages may send it.`,
    });
    expect(guardRequest(req('POST', path, { host, 'sec-fetch-site': 'none', 'content-type': json }), local)).toStrictEqual({
      allow: false,
      status: 403,
      message: `Refused: POST ${path} needs an Origin header naming this dashboard (http://127.0.0.1:3000) or Sec-Fetch-Site: same-origin; only its own pages may send it.`,
    });
  });

  it.each([
    ['text/plain', 'text/plain'],
    ['text/plain;charset=UTF-8', 'text/plain'],
    ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded'],
    ['multipart/form-data; boundary=x', 'multipart/form-data'],
    ['application/jsonp', 'application/jsonp'],
  ])('refuses a same-origin change whose body is %s (a simple request)', (type, shown) => {
    expect(guardRequest(req('POST', path, { host, origin: 'http://127.0.0.1:3000', 'content-type': type }), local)).toStrictEqual({
      allow: false,
      status: 415,
      message: `Refused: POST ${path} takes Content-Type: application/json, not "${shown}".`,
    });
  });

  it('refuses a change without a content type', () => {
    expect(guardRequest(req('DELETE', path, { host, origin: 'http://127.0.0.1:3000' }), local)).toStrictEqual({
      allow: false,
      status: 415,
      message: `Refused: DELETE ${path} takes Content-Type: application/json, not "none".`,
    });
  });

  it('asks the same proof of any method that is not a read, on any path', () => {
    expect(guardRequest(req('OPTIONS', '/api/stream/subscriptions', { host }), local)).toStrictEqual({
      allow: false,
      status: 403,
      message: 'Refused: OPTIONS /api/stream/subscriptions needs an Origin header naming this dashboard (http://127.0.0.1:3000) or Sec-Fetch-Site: same-origin; only its own pages may send it.',
    });
    expect(guardRequest(req('PUT', '/kube-explain-sandbox/pods', { host, origin: 'http://127.0.0.1:3000', 'content-type': 'text/plain' }), local)).toStrictEqual({
      allow: false,
      status: 415,
      message: 'Refused: PUT /kube-explain-sandbox/pods takes Content-Type: application/json, not "text/plain".',
    });
  });

  it('checks the Host before the Origin: a rebinding page is same-origin with itself but still refused', () => {
    expect(guardRequest(req('POST', path, { host: 'evil.example:3000', origin: 'http://evil.example:3000', 'sec-fetch-site': 'same-origin', 'content-type': json }), local)).toStrictEqual(
      hostRefusal('evil.example:3000'),
    );
  });
});

describe('guardRequest: logs', () => {
  const host = 'localhost:3000';
  const path = '/api/logs?context=c&namespace=n&name=p&container=c';
  const refusal = {
    allow: false,
    status: 403,
    message: "Refused: /api/logs answers only the dashboard's own pages (Sec-Fetch-Site: same-origin, a same-origin Origin, or the x-kube-explain-client header).",
  };

  it('serves our own page: same-origin fetch metadata, our Origin, or our client header', () => {
    expect(guardRequest(req('GET', path, { host, 'sec-fetch-site': 'same-origin', 'sec-fetch-mode': 'cors' }), local)).toStrictEqual(ALLOW);
    expect(guardRequest(req('GET', path, { host, origin: 'http://localhost:3000' }), local)).toStrictEqual(ALLOW);
    expect(guardRequest(req('GET', path, { host, 'x-kube-explain-client': '1' }), local)).toStrictEqual(ALLOW);
  });

  it('refuses a request that proves nothing: a typed URL, a plain curl', () => {
    expect(guardRequest(req('GET', path, { host }), local)).toStrictEqual(refusal);
    expect(guardRequest(req('GET', path, { host, 'sec-fetch-site': 'none', 'sec-fetch-mode': 'navigate' }), local)).toStrictEqual(refusal);
  });
});
