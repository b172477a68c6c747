/** A moment of a stream's history as the API takes it: a position in the service's log, or a time. */
export type Moment = { position: number } | { at: string };
export type MomentKind = 'position' | 'time';

const ISO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{1,9})?)?(Z|[+-]\d\d:\d\d)$/;

/** What the auditor typed, as a moment; or which problem to tell them of, as a string key. */
export function momentOf(
  kind: MomentKind,
  text: string,
): { moment: Moment } | { problem: 'positionInvalid' | 'timeInvalid' } {
  const value = text.trim();
  if (kind === 'position') {
    return /^\d{1,15}$/.test(value)
      ? { moment: { position: Number(value) } }
      : { problem: 'positionInvalid' };
  }
  // the time is sent as written: the API takes everything within its millisecond, microseconds are cut there
  return ISO_TIME.test(value) && !Number.isNaN(Date.parse(value))
    ? { moment: { at: value } }
    : { problem: 'timeInvalid' };
}
