import { useTranslation } from 'react-i18next';
import { useChosenSpace } from '../spaces/chosen-space';
import { CITY_SPACE_ID, spaceName } from '../spaces/space-names';
import { useSpaces } from '../spaces/spaces';

/**
 * The committee the reader works on: the chosen space's, or the city's from the city-wide view (every space at
 * once has no committee of its own). `name` is the space's in the reader's language, null until the list is here.
 */
export function useCommitteeSpace(): { spaceId: string; name: string | null } {
  const { i18n } = useTranslation();
  const spaceId = useChosenSpace() ?? CITY_SPACE_ID;
  const space = useSpaces()?.find((candidate) => candidate.id === spaceId);
  return { spaceId, name: space ? spaceName(space, i18n.language) : null };
}

/** The heading of a committee's screen: whose committee it is, once its name is known. */
export function useCommitteeTitle(name: string | null): string {
  const { t } = useTranslation();
  return name ? t('committee.titleOf', { space: name }) : t('committee.title');
}
