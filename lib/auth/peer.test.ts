import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stampPeerAddresses } from './peer';
import { PEER_HEADER } from './proxy-auth';

let server: Server;
let port = 0;

beforeAll(async () => {
  stampPeerAddresses();
  stampPeerAddresses();
  server = createServer((req, res) => res.end(JSON.stringify(req.headers[PEER_HEADER] ?? null)));
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

function get(headers: Record<string, string>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path: '/', headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => resolve(JSON.parse(body)));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('stampPeerAddresses', () => {
  it("stamps the socket's address on every request", async () => {
    expect(await get({})).toBe('127.0.0.1');
  });
  it('replaces a peer header the client sent itself', async () => {
    expect(await get({ [PEER_HEADER]: '10.0.0.1' })).toBe('127.0.0.1');
  });
});
