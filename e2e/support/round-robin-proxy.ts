import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small HTTP load balancer for tests with several dashboard replicas, as an
 * Ingress or a Service without session affinity behaves: each request goes to
 * the next replica in turn, whatever went before (a tab's stream, its
 * subscription POSTs and its pages may all land on different replicas).
 *
 * - Host, Origin and every other header pass through unchanged, so replicas
 *   see the name the browser used (they accept it through ALLOWED_HOSTS).
 * - Responses are relayed chunk by chunk as they arrive (SSE streams too);
 *   nothing is buffered.
 * - A replica that refuses the connection (stopped, killed) is skipped and the
 *   request goes to the next one, as nginx does by default for a connection
 *   error (the request never reached it); 502 only when none answers. With
 *   `retryRefused: false` the balancer answers 502 at once instead, as one
 *   that has not yet noticed a dead replica does.
 * - A replica that dies mid-response breaks the client's connection too, as
 *   a real balancer would: the browser sees the stream fail.
 */

export interface Backend {
  name: string;
  port: number;
}

/** One request through the proxy, for the test's evidence. */
export interface ProxiedRequest {
  method: string;
  path: string;
  /** The replica that answered; null when none did (502). */
  backend: string | null;
  /** Replicas tried first that refused the connection. */
  refusedBy: string[];
  status: number | null;
  /** When the request arrived and when the replica's response headers came (epoch ms). */
  at: number;
  answeredAt: number | null;
  /** When the response ended or broke; null while it is open (a live SSE stream). */
  endedAt: number | null;
  /** Whether the response ended by breaking (its replica went away) rather than completing. */
  broken: boolean;
}

export interface ProxyOptions {
  /** Try the next replica when one refuses the connection (default true); else answer 502. */
  retryRefused?: boolean;
  /**
   * After a replica refuses a connection, send it nothing more but pinned
   * stream requests (default false): the passive health check real balancers
   * do (nginx's max_fails=1). Without it, a tab whose other requests happen to
   * take every other turn can keep landing its stream on the dead replica.
   */
  markDown?: boolean;
}

export class RoundRobinProxy {
  readonly requests: ProxiedRequest[] = [];
  private next = 0;
  private streamTo: number | null = null;
  /** Replicas seen refusing a connection (markDown). */
  private readonly down = new Set<string>();
  private server: http.Server | null = null;
  private readonly agent = new http.Agent({ keepAlive: false });

  constructor(
    private readonly backends: readonly Backend[],
    private readonly options: ProxyOptions = {},
  ) {}

  /** Makes the next SSE stream request (GET /api/stream) go to this replica first, whoever's turn it is. */
  sendNextStreamTo(name: string): void {
    const i = this.backends.findIndex((b) => b.name === name);
    if (i < 0) throw new Error(`no replica ${name}`);
    this.streamTo = i;
  }

  /** Starts listening on 127.0.0.1:port (0 picks a free port); resolves with the port. */
  async listen(port: number): Promise<number> {
    const server = http.createServer((req, res) => void this.handle(req, res));
    this.server = server;
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    return (server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    this.agent.destroy();
  }

  /** The SSE streams (GET /api/stream) currently open, oldest first. */
  openStreams(): ProxiedRequest[] {
    return this.requests.filter((r) => r.method === 'GET' && new URL(r.path, 'http://x').pathname === '/api/stream' && r.status === 200 && r.endedAt === null);
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const entry: ProxiedRequest = { method: req.method ?? 'GET', path: req.url ?? '/', backend: null, refusedBy: [], status: null, at: Date.now(), answeredAt: null, endedAt: null, broken: false };
    this.requests.push(entry);
    // Bodies here are small JSON: read whole, so a refused connection can be retried on the next replica.
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = Buffer.concat(chunks);
    const isStream = entry.method === 'GET' && new URL(entry.path, 'http://x').pathname === '/api/stream';
    let first = this.next++ % this.backends.length;
    if (isStream && this.streamTo !== null) {
      first = this.streamTo;
      this.streamTo = null;
    } else if (this.options.markDown) {
      for (let i = 0; i < this.backends.length && this.down.has(this.backends[first]!.name); i++) first = (first + 1) % this.backends.length;
    }
    const tries = this.options.retryRefused === false ? 1 : this.backends.length;
    for (let i = 0; i < tries; i++) {
      const backend = this.backends[(first + i) % this.backends.length]!;
      const outcome = await this.forward(backend, req, body, res, entry);
      if (outcome === 'answered') return;
      entry.refusedBy.push(backend.name);
      if (this.options.markDown) this.down.add(backend.name);
    }
    entry.status = 502;
    entry.answeredAt = entry.endedAt = Date.now();
    res.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' }).end(`no replica answered (${entry.refusedBy.join(', ')})\n`);
  }

  /** Sends the request to one replica; 'refused' when it could not be reached, else relays its whole response. */
  private forward(backend: Backend, req: http.IncomingMessage, body: Buffer, res: http.ServerResponse, entry: ProxiedRequest): Promise<'answered' | 'refused'> {
    return new Promise((resolve) => {
      const headers = { ...req.headers };
      if (body.length > 0 || 'content-length' in headers) headers['content-length'] = String(body.length);
      const up = http.request({ host: '127.0.0.1', port: backend.port, method: req.method, path: req.url, headers, agent: this.agent }, (upRes) => {
        entry.backend = backend.name;
        entry.status = upRes.statusCode ?? 502;
        entry.answeredAt = Date.now();
        res.writeHead(upRes.statusCode ?? 502, upRes.rawHeaders);
        res.flushHeaders();
        resolve('answered');
        upRes.on('data', (chunk: Buffer) => res.write(chunk));
        upRes.on('end', () => {
          entry.endedAt = Date.now();
          res.end();
        });
        // The replica went away mid-response: break the client's connection as well.
        upRes.on('error', () => undefined);
        upRes.on('close', () => {
          if (upRes.complete || entry.endedAt !== null) return;
          entry.endedAt = Date.now();
          entry.broken = true;
          res.destroy();
        });
      });
      up.on('error', (err: NodeJS.ErrnoException) => {
        if (entry.answeredAt === null && (err.code === 'ECONNREFUSED' || err.code === 'ECONNRESET')) resolve('refused');
      });
      // The browser left (closed the tab's stream): let the replica see it too.
      res.on('close', () => {
        if (res.writableFinished) return;
        entry.endedAt ??= Date.now();
        up.destroy();
      });
      up.end(body);
    });
  }
}
