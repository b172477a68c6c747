import { useTranslation } from 'react-i18next';
import { spaceGroups } from './space-names';
import { useSpaces } from './spaces';

/** A select's options for every space, grouped: the city, the districts by name, the councils. */
export function SpaceOptions() {
  const { t, i18n } = useTranslation();
  const groups = spaceGroups(useSpaces() ?? [], i18n.language);
  return (
    <>
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
    </>
  );
}
