import { CITY_SPACE_ID, EventUpcaster, addedField } from '@hyeopchi/domain-kernel';

/**
 * Before there were spaces the committee was the city's: its roster, sessions, docket and decisions read as the
 * city's, and no decision moved a proposal to another space.
 */
export const committeeUpcasters: readonly EventUpcaster[] = [
  addedField('committee.member_appointed.v1', 1, 'spaceId', CITY_SPACE_ID),
  addedField('committee.member_removed.v1', 1, 'spaceId', CITY_SPACE_ID),
  addedField('committee.co_chairs_designated.v1', 1, 'spaceId', CITY_SPACE_ID),
  addedField('session.scheduled.v1', 1, 'spaceId', CITY_SPACE_ID),
  {
    type: 'session.decision_recorded.v1',
    fromRevision: 1,
    adds: ['spaceId', 'toSpaceId'],
    upcast: (data) => ({ ...data, spaceId: CITY_SPACE_ID, toSpaceId: null }),
  },
  {
    type: 'docket.item_proposed.v1',
    fromRevision: 1,
    adds: ['spaceId', 'fromSpaceId'],
    upcast: (data) => ({ ...data, spaceId: CITY_SPACE_ID, fromSpaceId: null }),
  },
];
