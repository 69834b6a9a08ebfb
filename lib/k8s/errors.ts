import 'server-only';
import { STATUS_CODES } from 'node:http';

/** The apiserver's `Status` object (the body of every API error). */
export interface ApiStatus {
  kind?: string;
  apiVersion?: string;
  status?: string;
  code?: number;
  reason?: string;
  message?: string;
  details?: { name?: string; group?: string; kind?: string; causes?: unknown[] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The `Status` carried by an error, wherever the client put it: a watch ERROR
 * event's object, `ApiException.body` (client-node keeps it as raw JSON text),
 * or an already parsed body.
 * @example apiStatusOf(new ApiException(403, 'x', '{"kind":"Status","code":403}', {}))?.code // 403
 */
export function apiStatusOf(err: unknown): ApiStatus | undefined {
  if (!isRecord(err)) return undefined;
  if (err.kind === 'Status') return err as ApiStatus;
  let body = err.body;
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body) as unknown;
    } catch {
      return undefined;
    }
  }
  if (isRecord(body) && body.kind === 'Status') return body as ApiStatus;
  return undefined;
}

/**
 * The HTTP status of an error, or undefined for network/local errors. Reads
 * `code` (ApiException, Status), `statusCode` (client-node's Watch) and the
 * Status body; string codes such as 'ECONNREFUSED' are not HTTP statuses.
 * @example statusCodeOf(Object.assign(new Error('Gone'), { statusCode: 410 })) // 410
 */
export function statusCodeOf(err: unknown): number | undefined {
  if (!isRecord(err)) return undefined;
  if (typeof err.code === 'number') return err.code;
  if (typeof err.statusCode === 'number') return err.statusCode;
  return apiStatusOf(err)?.code;
}

/**
 * A one-line, human-readable message: the apiserver's Status message when
 * there is one (ApiException's own message embeds the body and response
 * headers, too long for a status line), else the error's first line.
 * @example errorMessage(new Error('connect ECONNREFUSED 127.0.0.1:6443')) // same text
 */
export function errorMessage(err: unknown): string {
  const status = apiStatusOf(err);
  if (status?.message) return status.message;
  const code = statusCodeOf(err);
  if (isRecord(err) && typeof err.message === 'string' && err.message && !err.message.startsWith('HTTP-Code:')) {
    return err.message.split('\n')[0] ?? err.message;
  }
  if (code !== undefined) return `HTTP ${code} ${STATUS_CODES[code] ?? ''}`.trim();
  if (typeof err === 'string') return err;
  return 'unknown error';
}
