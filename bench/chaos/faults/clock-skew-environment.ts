import { resolve } from 'node:path';

/** The preload's path, beside this file both in the sources and in dist/. */
export const CLOCK_SKEW_PRELOAD = resolve(__dirname, 'clock-skew.js');

/**
 * The environment variables that make a Node process started with them see its wall clock moved by `skewMs`,
 * keeping the NODE_OPTIONS it would otherwise have had.
 */
export function clockSkewEnvironment(
  skewMs: number,
  nodeOptions = process.env.NODE_OPTIONS,
): { CHAOS_CLOCK_SKEW_MS: string; NODE_OPTIONS: string } {
  const preload = `--require "${CLOCK_SKEW_PRELOAD}"`;
  return {
    CHAOS_CLOCK_SKEW_MS: String(Math.trunc(skewMs)),
    NODE_OPTIONS: nodeOptions ? `${nodeOptions} ${preload}` : preload,
  };
}
