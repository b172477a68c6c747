import { DISTRICT_ID_MAX, District, SEOUL_DISTRICTS, districtById } from '@hyeopchi/civic/domain';
import { identifier } from '@hyeopchi/contract-kit';

/** A district in a command, by its id in the directory; the decider refuses an id not there (`UNKNOWN_DISTRICT`). */
export const districtId = identifier.max(
  DISTRICT_ID_MAX,
  `at most ${DISTRICT_ID_MAX} characters: a district id`,
);

/** The directory is part of the contract: the gateway serves it and resolves the districts stored with it. */
export { SEOUL_DISTRICTS, districtById };
export type { District };
