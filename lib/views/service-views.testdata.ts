/**
 * Real objects from the sandbox's explain-demo namespace: the web, readiness-demo and
 * no-endpoints Services, their EndpointSlices and every pod of the namespace.
 * Captured with the sandbox's kubectl (`get -o json`) on 2026-11-26 at
 * 02:10:09Z, managedFields and last-applied annotations dropped; the JSON lives in
 * lib/testing/captured/sandbox/. Used only by *.test.ts files.
 */
import { sandboxCapture } from '../testing/sandbox-capture';

export const CAPTURED_AT = new Date('2026-11-26T02:10:09Z');

export const demoServices = sandboxCapture.services();
export const demoEndpointSlices = sandboxCapture.endpointSlices();
export const demoPods = sandboxCapture.pods().filter((p) => p.metadata?.namespace === 'explain-demo');
