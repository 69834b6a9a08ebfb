import { subscribe } from 'node:diagnostics_channel';
import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { PEER_HEADER } from './proxy-auth';

const KEY = Symbol.for('kube-explain.peer-stamp');

/**
 * Writes each request's TCP peer address into PEER_HEADER, replacing any
 * copy the client sent, before the server handles it (Node's
 * `http.server.request.start` channel fires before the `request` event).
 * Next hands routes no socket, and X-Forwarded-For is whatever the client
 * says; AUTH=proxy must know who really connected to trust the proxy's
 * identity headers. Idempotent.
 * @example stampPeerAddresses(); // in instrumentation.ts, AUTH=proxy only
 */
export function stampPeerAddresses(): void {
  const g = globalThis as { [KEY]?: true };
  if (g[KEY]) return;
  g[KEY] = true;
  subscribe('http.server.request.start', (message) => {
    const { request, socket } = message as { request: IncomingMessage; socket: Socket };
    request.headers[PEER_HEADER] = socket.remoteAddress ?? '';
  });
}
