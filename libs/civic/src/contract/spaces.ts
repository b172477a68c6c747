import { CITY_SPACE } from '@hyeopchi/civic/domain';
import { identifier } from '@hyeopchi/contract-kit';

/** The space a command acts in: the city's unless it names another. */
export const inSpace = {
  spaceId: identifier.default(CITY_SPACE.id),
};
