import { CITY_SPACE_ID } from '../spaces/space-names';

/**
 * A session id people can read, from the local date and time it meets ("2026-05-01T14:00" → session-2026-05-01-1400);
 * another space's names it (session-Mapo-gu-2026-05-01-1400), as ids are one for every committee.
 */
export function sessionIdFor(localDateTime: string, spaceId: string = CITY_SPACE_ID): string {
  const [date, time = ''] = localDateTime.split('T');
  const space = spaceId === CITY_SPACE_ID ? '' : `${spaceId}-`;
  return `session-${space}${date}-${time.slice(0, 5).replace(':', '')}`;
}

/** The first `<prefix>-<n>` not taken, counting on from how many there are (agenda items, motions). */
export function nextId(prefix: string, taken: readonly string[]): string {
  for (let n = taken.length + 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!taken.includes(id)) return id;
  }
}

/**
 * A decision id unique across sessions: implementations and feedback are keyed by it. Random, because two chairs
 * may decide at the same moment; getRandomValues works outside secure contexts too, unlike randomUUID.
 */
export function newDecisionId(
  random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes),
): string {
  const hex = Array.from(random(new Uint8Array(8)), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `decision-${hex}`;
}
