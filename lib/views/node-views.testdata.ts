/**
 * Real objects from the sandbox: its three KWOK nodes and their kube-node-lease Leases.
 * Captured with the sandbox's kubectl (`get -o json`) on 2026-11-26 at
 * 02:10:09Z, managedFields and last-applied annotations dropped; the JSON lives in
 * lib/testing/captured/sandbox/. Used only by *.test.ts files.
 */
import { sandboxCapture } from '../testing/sandbox-capture';

export const demoNodes = sandboxCapture.nodes();
export const demoLeases = sandboxCapture.leases();
