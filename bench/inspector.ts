/**
 * A minimal client for a Node process's inspector (the server started with
 * `--inspect=127.0.0.1:0`): one WebSocket to its `ws://` URL, JSON-RPC
 * calls such as `HeapProfiler.collectGarbage`. The load benchmark forces a
 * full GC before it reads RSS, so a memory figure is the live set, not the
 * phase of V8's collection cycle (RSS otherwise saws between ~200 and
 * ~360 MiB on this server). Node 20 has no WebSocket client; this speaks
 * just enough RFC 6455 for small unfragmented text frames.
 */
import { randomBytes } from 'node:crypto';
import net from 'node:net';

/** The inspector's WebSocket URL from the process's stderr banner. @example inspectorUrl('Debugger listening on ws://127.0.0.1:9229/ab-cd\n') // 'ws://127.0.0.1:9229/ab-cd' */
export function inspectorUrl(stderr: string): string | null {
  return /Debugger listening on (ws:\/\/\S+)/.exec(stderr)?.[1] ?? null;
}

/** One inspector session. */
export class Inspector {
  private buf = Buffer.alloc(0);
  private nextId = 1;
  private readonly waiting = new Map<number, (msg: { result?: unknown; error?: { message: string } }) => void>();

  private constructor(private readonly socket: net.Socket) {
    socket.on('data', (d: Buffer) => this.onData(d));
  }

  static open(url: string): Promise<Inspector> {
    const u = new URL(url);
    return new Promise((resolve, reject) => {
      const socket = net.connect(Number(u.port), u.hostname);
      const key = randomBytes(16).toString('base64');
      let head = '';
      const onHead = (d: Buffer) => {
        head += d.toString('latin1');
        const end = head.indexOf('\r\n\r\n');
        if (end < 0) return;
        socket.off('data', onHead);
        if (!/^HTTP\/1\.1 101/.test(head)) return reject(new Error(`inspector refused the upgrade: ${head.split('\r\n')[0]}`));
        const session = new Inspector(socket);
        const rest = Buffer.from(head.slice(end + 4), 'latin1');
        if (rest.length) session.onData(rest);
        resolve(session);
      };
      socket.on('data', onHead);
      socket.on('error', reject);
      socket.write(`GET ${u.pathname} HTTP/1.1\r\nHost: ${u.host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`);
    });
  }

  /** Calls an inspector method and waits for its answer. */
  call(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = this.nextId++;
    const payload = Buffer.from(JSON.stringify({ id, method, params }));
    // Client frames are masked (RFC 6455 §5.3): FIN + text opcode, mask bit + length, mask, masked payload.
    const mask = randomBytes(4);
    const len = payload.length;
    const header = len < 126 ? Buffer.from([0x81, 0x80 | len]) : Buffer.from([0x81, 0x80 | 126, len >> 8, len & 0xff]);
    const masked = Buffer.from(payload.map((b, i) => b ^ (mask[i % 4] ?? 0)));
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (msg) => (msg.error ? reject(new Error(`${method}: ${msg.error.message}`)) : resolve(msg.result)));
      this.socket.write(Buffer.concat([header, mask, masked]));
    });
  }

  close(): void {
    this.socket.destroy();
  }

  private onData(d: Buffer): void {
    this.buf = Buffer.concat([this.buf, d]);
    for (;;) {
      if (this.buf.length < 2) return;
      const b1 = this.buf[1] ?? 0;
      let len = b1 & 0x7f;
      let offset = 2;
      if (len === 126) {
        if (this.buf.length < 4) return;
        len = this.buf.readUInt16BE(2);
        offset = 4;
      } else if (len === 127) {
        if (this.buf.length < 10) return;
        len = Number(this.buf.readBigUInt64BE(2));
        offset = 10;
      }
      if (this.buf.length < offset + len) return;
      const opcode = (this.buf[0] ?? 0) & 0x0f;
      const payload = this.buf.subarray(offset, offset + len);
      this.buf = this.buf.subarray(offset + len);
      if (opcode !== 1) continue; // only text frames carry answers
      const msg = JSON.parse(payload.toString('utf8')) as { id?: number; result?: unknown; error?: { message: string } };
      if (msg.id !== undefined) {
        this.waiting.get(msg.id)?.(msg);
        this.waiting.delete(msg.id);
      }
    }
  }
}
