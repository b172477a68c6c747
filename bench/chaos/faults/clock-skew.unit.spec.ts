import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { clockSkewEnvironment } from './clock-skew-environment';

const run = promisify(execFile);
const preload = resolve(__dirname, 'clock-skew.js');

/** What a child process with the preload sees, as JSON. */
async function seenBy(skew: string | undefined, expression: string): Promise<Record<string, unknown>> {
  const env = { ...process.env, CHAOS_CLOCK_SKEW_MS: skew };
  if (skew === undefined) delete env.CHAOS_CLOCK_SKEW_MS;
  const { stdout } = await run(
    process.execPath,
    ['--require', preload, '-e', `console.log(JSON.stringify(${expression}))`],
    {
      env,
    },
  );
  return JSON.parse(stdout);
}

describe('the clock-skew preload', () => {
  it.each([-300_000, 420_000])('moves Date.now() and new Date() by %i ms', async (skewMs) => {
    const before = Date.now();
    const seen = await seenBy(String(skewMs), '{ now: Date.now(), date: new Date().getTime() }');
    const after = Date.now();
    for (const time of [seen.now, seen.date] as number[]) {
      expect(time).toBeGreaterThanOrEqual(before + skewMs);
      expect(time).toBeLessThanOrEqual(after + skewMs);
    }
  });

  it('moves the wall time derived from performance.timeOrigin', async () => {
    const before = Date.now();
    const seen = await seenBy('-300000', '{ wall: performance.timeOrigin + performance.now() }');
    expect(seen.wall as number).toBeLessThanOrEqual(Date.now() - 300_000);
    expect(seen.wall as number).toBeGreaterThanOrEqual(before - 300_000);
  });

  it('leaves dates built from an argument, Date.UTC, Date.parse and instanceof as they were', async () => {
    const seen = await seenBy(
      '420000',
      `{
        epoch: new Date(0).toISOString(),
        fromText: new Date('2026-03-01T09:00:00Z').getTime(),
        fromParts: new Date(2026, 2, 1).getMonth(),
        utc: Date.UTC(2026, 2, 1),
        parsed: Date.parse('2026-03-01T00:00:00Z'),
        isDate: new Date() instanceof Date && new Date(5) instanceof Date,
        sameConstructor: new Date().constructor === Date,
        tag: Object.prototype.toString.call(new Date()),
        subclass: (() => { class Later extends Date {} return new Later(7) instanceof Later && new Later(7).getTime() === 7; })(),
        calledAsFunction: typeof Date(),
      }`,
    );
    expect(seen).toEqual({
      epoch: '1970-01-01T00:00:00.000Z',
      fromText: Date.parse('2026-03-01T09:00:00Z'),
      fromParts: 2,
      utc: Date.UTC(2026, 2, 1),
      parsed: Date.UTC(2026, 2, 1),
      isDate: true,
      sameConstructor: true,
      tag: '[object Date]',
      subclass: true,
      calledAsFunction: 'string',
    });
  });

  it('changes nothing when CHAOS_CLOCK_SKEW_MS is not set', async () => {
    const before = Date.now();
    const seen = await seenBy(undefined, 'Date.now()');
    expect(seen).toBeGreaterThanOrEqual(before);
    expect(seen).toBeLessThanOrEqual(Date.now());
  });

  it.each(['five minutes', '1e20', '0.5'])('stops the process on a skew of "%s"', async (skew) => {
    await expect(seenBy(skew, 'Date.now()')).rejects.toThrow(/CHAOS_CLOCK_SKEW_MS must be a whole number/);
  });

  it('reaches a process started with clockSkewEnvironment, through NODE_OPTIONS', async () => {
    const before = Date.now();
    const { stdout } = await run(process.execPath, ['-e', 'console.log(Date.now())'], {
      env: { ...process.env, ...clockSkewEnvironment(-300_000, '--max-old-space-size=256') },
    });
    expect(Number(stdout)).toBeGreaterThanOrEqual(before - 300_000);
    expect(Number(stdout)).toBeLessThanOrEqual(Date.now() - 300_000);
  });
});
