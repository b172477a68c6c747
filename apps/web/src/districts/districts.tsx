import { SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Field } from '../forms/form-field';
import { graphql } from '../gql';
import { districtChoices } from './district-names';

export const DISTRICTS = graphql(`
  query Districts {
    districts {
      id
      nameKo
      nameEn
    }
  }
`);

/**
 * A select of Seoul's 25 districts by name in the reader's language, their ids as values, `empty` (no district)
 * first.
 */
export function DistrictSelect({
  empty,
  ...select
}: SelectHTMLAttributes<HTMLSelectElement> & { empty: string }) {
  const { i18n } = useTranslation();
  const [{ data }] = useQuery({ query: DISTRICTS });
  const choices = districtChoices(data?.districts ?? [], i18n.language);
  // a select takes its default value when it is mounted: mounted again once the districts are here, it shows it
  return (
    <select key={choices.length} {...select}>
      <option value="">{empty}</option>
      {choices.map(({ id, name }) => (
        <option key={id} value={id}>
          {name}
        </option>
      ))}
    </select>
  );
}

/** A form's district: chosen from the directory, with its label, hint and problem. */
export function DistrictField({
  label,
  hint,
  problem,
  defaultValue,
}: {
  label: string;
  hint?: string;
  problem?: string;
  defaultValue?: string;
}) {
  const { t } = useTranslation();
  return (
    <Field
      label={label}
      hint={hint}
      problem={problem}
      control={(attributes) => (
        <DistrictSelect
          {...attributes}
          name="district"
          defaultValue={defaultValue}
          empty={t('districts.choose')}
        />
      )}
    />
  );
}
