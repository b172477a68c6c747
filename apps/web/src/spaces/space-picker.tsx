import { useTranslation } from 'react-i18next';
import { chooseSpace, useChosenSpace } from './chosen-space';
import { SpaceSelect } from './space-select';

/** The header's "which space": the city-wide view (every space), the city, one of the 25 districts or a council. */
export function SpacePicker() {
  const { t } = useTranslation();
  const spaceId = useChosenSpace();
  return (
    <label className="header-choice">
      {t('spaces.picker')}
      <SpaceSelect
        value={spaceId ?? ''}
        cityWide={t('spaces.cityWide')}
        onChange={(event) => chooseSpace(event.target.value || null)}
      />
    </label>
  );
}
