import { useTranslation } from 'react-i18next';
import { DistrictField } from '../districts/districts';
import { TextInput } from '../forms/form-field';
import { spaceName } from '../spaces/space-names';
import { useSpaces } from '../spaces/spaces';

/**
 * The space a draft is made in, said, and the district it concerns: chosen from the 25 in the city's space or a
 * council's, fixed to the space's own in a district's (the platform refuses any other there).
 */
export function DraftSpaceFields({
  spaceId,
  district,
  problem,
}: {
  spaceId: string;
  district: string;
  problem?: string;
}) {
  const { t, i18n } = useTranslation();
  const spaces = useSpaces();
  const space = spaces?.find(({ id }) => id === spaceId);
  if (!spaces) return <p role="status">{t('proposal.loading')}</p>;
  const name = space ? spaceName(space, i18n.language) : spaceId;
  return (
    <>
      <p className="draft-space">{t('proposal.form.inSpace', { space: name })}</p>
      {space?.kind === 'district' ? (
        <>
          <TextInput
            label={t('proposal.form.district')}
            hint={t('proposal.form.districtOfSpace')}
            value={name}
            readOnly
          />
          <input type="hidden" name="district" value={space.id} />
        </>
      ) : (
        <DistrictField
          label={t('proposal.form.district')}
          hint={t('proposal.form.districtHint')}
          problem={problem}
          defaultValue={district}
        />
      )}
    </>
  );
}
