import { districtChoices, districtName } from '../districts/district-names';
import type { SpaceKind } from '../gql/graphql';

/** A governance space as the API names it (`GovernanceSpace`). */
export interface SpaceNames {
  id: string;
  kind: SpaceKind;
  nameKo: string;
  nameEn: string;
}

/** The city's own space: where proposals are drafted from the city-wide view. */
export const CITY_SPACE_ID = 'seoul';

/** A space's name in the reader's language, as a district's is. */
export const spaceName: (space: Omit<SpaceNames, 'id' | 'kind'>, language: string) => string = districtName;

/**
 * The spaces as a reader looks for them: the city, then the districts by name in their language (가나다 or A–Z),
 * then the councils in the order they were created.
 */
export function spaceGroups(spaces: readonly SpaceNames[], language: string) {
  const named = (space: SpaceNames) => ({ id: space.id, name: spaceName(space, language) });
  return {
    city: spaces.filter((space) => space.kind === 'city').map(named),
    districts: districtChoices(
      spaces.filter((space) => space.kind === 'district'),
      language,
    ),
    councils: spaces.filter((space) => space.kind === 'council').map(named),
  };
}
