import { DISTRICT_ID_MAX, District, SEOUL_DISTRICTS, districtById } from '@hyeopchi/civic/domain';
import { text } from '@hyeopchi/contract-kit';

/**
 * A district in a command, by its id in the directory, no longer than the longest; the decider refuses any other
 * (`UNKNOWN_DISTRICT`), so a Korean name or a code sent in its place is told so in words.
 */
export const districtId = text(DISTRICT_ID_MAX);

/** The directory is part of the contract: the gateway serves it and resolves the districts stored with it. */
export { SEOUL_DISTRICTS, districtById };
export type { District };
