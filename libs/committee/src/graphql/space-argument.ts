import { CITY_SPACE_ID } from '@hyeopchi/domain-kernel';

/** The `spaceId` argument of the committee's queries: the city's committee unless one names another space. */
export const SPACE_ARGUMENT = {
  type: () => String,
  defaultValue: CITY_SPACE_ID,
  description:
    'The space whose committee: seoul (the city, by default), a district id such as Mapo-gu, or a council.',
};
