import net from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { pickPort, portFree } from './ports';

describe('pickPort', () => {
  const blocker = net.createServer();
  afterAll(() => new Promise<void>((r) => blocker.close(() => r())));

  it('skips a port another program holds, says so, and hands out the next free one', async () => {
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', r));
    const taken = (blocker.address() as net.AddressInfo).port;
    expect(await portFree(taken)).toBe(false);
    const skipped: number[] = [];
    const got = await pickPort(taken, new Set(), (p) => skipped.push(p));
    expect(skipped).toStrictEqual([taken]);
    expect(got).toBeGreaterThan(taken);
    expect(await portFree(got)).toBe(true);
  });

  it('never hands out the same port twice in one run', async () => {
    const handed = new Set<number>();
    const a = await pickPort(24_000, handed);
    const b = await pickPort(24_000, handed);
    expect(b).not.toBe(a);
    expect([...handed].sort()).toStrictEqual([a, b].sort());
  });
});
