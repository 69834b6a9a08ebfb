import https from 'node:https';
import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface ProbeResult {
  ok: boolean;
  status?: number;
  body: string;
}

/**
 * GETs a health endpoint. With `pkiDir`, authenticates as the sandbox admin
 * and trusts only the sandbox CA; without it, accepts the component's
 * self-signed serving certificate (controller-manager and scheduler make
 * their own) since /healthz carries no secrets.
 */
export function probe(url: string, pkiDir?: string, timeoutMs = 2000): Promise<ProbeResult> {
  return new Promise((resolve) => {
    const u = new URL(url);
    const opts: https.RequestOptions = { method: 'GET', timeout: timeoutMs };
    if (u.protocol === 'https:') {
      if (pkiDir) {
        opts.ca = readFileSync(path.join(pkiDir, 'ca.crt'));
        opts.cert = readFileSync(path.join(pkiDir, 'admin.crt'));
        opts.key = readFileSync(path.join(pkiDir, 'admin.key'));
      } else {
        opts.rejectUnauthorized = false;
      }
    }
    const req = (u.protocol === 'https:' ? https : http).request(u, opts, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ ok: res.statusCode === 200, status: res.statusCode, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', (e) => resolve({ ok: false, body: e.message }));
    req.end();
  });
}

/** Polls until `check` passes or `timeoutMs` elapses; returns the last result. */
export async function waitFor(check: () => Promise<ProbeResult>, timeoutMs: number, intervalMs = 250): Promise<ProbeResult> {
  const deadline = Date.now() + timeoutMs;
  let last: ProbeResult = { ok: false, body: 'not checked' };
  while (Date.now() < deadline) {
    last = await check();
    if (last.ok) return last;
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  return last;
}
