import { CITY_SPACE } from '@hyeopchi/civic/domain';
import { identifier } from '@hyeopchi/contract-kit';

/** The space a command acts in: the city's unless it names another. */
export const inSpace = {
  spaceId: identifier.default(CITY_SPACE.id),
};

/**
 * Which spaces stand without being created (the city, its districts), and how a space's own streams are named:
 * other contexts keep their per-space aggregates (the committee's roster) as civic keeps its own.
 */
export { spaceStream, standingSpace } from '@hyeopchi/civic/domain';
export type { Space, SpaceKind } from '@hyeopchi/civic/domain';
