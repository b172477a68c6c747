import { CITY_SPACE_ID, EventUpcaster, addedField } from '@hyeopchi/domain-kernel';

/** Reviews opened and answered before there were spaces answered the city's proposals. */
export const departmentUpcasters: readonly EventUpcaster[] = [
  addedField('review.opened.v1', 1, 'spaceId', CITY_SPACE_ID),
  addedField('review.answered.v1', 1, 'spaceId', CITY_SPACE_ID),
];
