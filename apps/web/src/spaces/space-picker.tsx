import { useTranslation } from 'react-i18next';
import { chooseSpace, useChosenSpace } from './chosen-space';
import { SpaceOptions } from './space-options';
import { useSpaces } from './spaces';

/** The header's "which space": the city-wide view (every space), the city, one of the 25 districts or a council. */
export function SpacePicker() {
  const { t } = useTranslation();
  const spaceId = useChosenSpace();
  const loaded = !!useSpaces();
  return (
    <label className="header-choice">
      {t('spaces.picker')}
      <select value={spaceId ?? ''} onChange={(event) => chooseSpace(event.target.value || null)}>
        <option value="">{t('spaces.cityWide')}</option>
        {/* the address's space, until the list that names it is here */}
        {!loaded && spaceId && <option value={spaceId}>{t('spaces.loading')}</option>}
        <SpaceOptions />
      </select>
    </label>
  );
}
