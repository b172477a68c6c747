'use strict';
// A chaos test fixture, never imported by shipped code: loaded with `node --require <this file>` (or NODE_OPTIONS),
// it moves this process's wall clock by CHAOS_CLOCK_SKEW_MS (e.g. -300000, +420000), so that services disagree
// about the time by minutes. Monotonic clocks (timers, performance.now(), process.hrtime) are left alone, as a
// skewed host's would be.

const MAX_SKEW_MS = 7 * 24 * 60 * 60 * 1000;
const setting = process.env.CHAOS_CLOCK_SKEW_MS;

function skewFrom(text) {
  const skewMs = Number(text);
  if (!/^[+-]?\d+$/.test(text.trim()) || Math.abs(skewMs) > MAX_SKEW_MS) {
    throw new RangeError(
      `CHAOS_CLOCK_SKEW_MS must be a whole number of milliseconds within ±${MAX_SKEW_MS}, not "${text}"`,
    );
  }
  return skewMs;
}

function skewClock(skewMs) {
  const RealDate = Date;
  const skewedNow = () => RealDate.now() + skewMs;

  // A function rather than a subclass: `Date()` called without `new` must still return the (skewed) time as text.
  function SkewedDate(...args) {
    if (!new.target) return new RealDate(skewedNow()).toString();
    return Reflect.construct(RealDate, args.length === 0 ? [skewedNow()] : args, new.target);
  }
  Object.setPrototypeOf(SkewedDate, RealDate); // Date.UTC, Date.parse
  Object.defineProperties(SkewedDate, {
    prototype: { value: RealDate.prototype },
    name: { value: 'Date' },
    length: { value: RealDate.length },
    now: { value: skewedNow, writable: true, configurable: true },
  });
  // `date.constructor === Date` and `date instanceof Date` keep holding for dates made before and after.
  Object.defineProperty(RealDate.prototype, 'constructor', {
    value: SkewedDate,
    writable: true,
    configurable: true,
  });
  globalThis.Date = SkewedDate;

  // Wall time derived from the high-resolution clock (OpenTelemetry's span times): timeOrigin + performance.now().
  const { performance } = require('node:perf_hooks');
  const timeOrigin = performance.timeOrigin + skewMs;
  Object.defineProperty(performance, 'timeOrigin', { get: () => timeOrigin, configurable: true });
}

if (setting !== undefined && setting.trim() !== '') skewClock(skewFrom(setting));
