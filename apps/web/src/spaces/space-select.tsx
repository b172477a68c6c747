import { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { spaceGroups } from './space-names';
import { useSpaces } from './spaces';

/**
 * A select of every space, grouped: the city, the districts by name in the reader's language, the councils; with
 * `cityWide`, an option for every space at once (the value ''). It renders again once the spaces are here, so its
 * value is shown selected even when the list came after it.
 */
export function SpaceSelect({
  cityWide,
  value,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { cityWide?: string; value: string }) {
  const { t, i18n } = useTranslation();
  const spaces = useSpaces();
  const groups = spaceGroups(spaces ?? [], i18n.language);
  return (
    <select value={value} {...select}>
      {cityWide && <option value="">{cityWide}</option>}
      {/* the chosen space, until the list that names it is here */}
      {!spaces && value && <option value={value}>{t('spaces.loading')}</option>}
      {(
        [
          ['city', groups.city],
          ['district', groups.districts],
          ['council', groups.councils],
        ] as const
      ).map(
        ([kind, choices]) =>
          choices.length > 0 && (
            <optgroup key={kind} label={t(`spaces.kinds.${kind}`)}>
              {choices.map(({ id, name }) => (
                <option key={id} value={id}>
                  {name}
                </option>
              ))}
            </optgroup>
          ),
      )}
    </select>
  );
}
