import { FormEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DistrictSelect } from '../districts/districts';
import { graphql } from '../gql';
import { departmentChoices } from '../departments/department-names';
import type { ProposalStatus } from '../gql/graphql';

export const PROPOSAL_STATUSES = [
  'draft',
  'collecting_support',
  'under_review',
  'answered',
  'on_committee_agenda',
  'decided',
  'implementing',
  'implemented',
  'withdrawn',
] as const satisfies readonly ProposalStatus[];

/** A status from a form or an address, if it is one. */
export function proposalStatus(value: string | null | undefined): ProposalStatus | undefined {
  return PROPOSAL_STATUSES.find((status) => status === value);
}

/** What the proposals list asks the API for; each field left empty is no filter. */
export interface ProposalFilter {
  status?: ProposalStatus;
  serves?: string;
  department?: string;
  district?: string;
  text?: string;
}

const CHOICES = graphql(`
  query ProposalFilterChoices {
    masterPlan {
      strategies {
        strategyId
        title
      }
    }
    departments {
      id
      nameKo
      nameEn
    }
  }
`);

/**
 * Filters for status, strategy, department, district and text. Nothing changes until Apply, on every screen
 * size: a list that reloads under someone still choosing loses their place.
 */
export function ProposalFilters({
  applied,
  onApply,
}: {
  applied: ProposalFilter;
  onApply: (filter: ProposalFilter) => void;
}) {
  const { t, i18n } = useTranslation();
  const [{ data }] = useQuery({ query: CHOICES });
  const id = useId();
  const apply = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const value = (name: keyof ProposalFilter) => String(form.get(name) ?? '').trim() || undefined;
    onApply({
      status: proposalStatus(value('status')),
      serves: value('serves'),
      department: value('department'),
      district: value('district'),
      text: value('text'),
    });
  };
  const field = (name: keyof ProposalFilter) => ({
    id: `${id}-${name}`,
    name,
    defaultValue: applied[name] ?? '',
  });
  return (
    <form className="filters" role="search" aria-label={t('filters.label')} onSubmit={apply}>
      <div className="field">
        <label htmlFor={`${id}-status`}>{t('filters.status')}</label>
        <select {...field('status')}>
          <option value="">{t('filters.any')}</option>
          {PROPOSAL_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`proposals.status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-serves`}>{t('filters.strategy')}</label>
        <select {...field('serves')}>
          <option value="">{t('filters.any')}</option>
          {data?.masterPlan?.strategies.map(({ strategyId, title }) => (
            <option key={strategyId} value={strategyId}>
              {title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-department`}>{t('filters.department')}</label>
        <select {...field('department')}>
          <option value="">{t('filters.any')}</option>
          {departmentChoices(data?.departments ?? [], i18n.language).map(({ id: department, name }) => (
            <option key={department} value={department}>
              {name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-district`}>{t('filters.district')}</label>
        <DistrictSelect {...field('district')} empty={t('filters.any')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-text`}>{t('filters.text')}</label>
        <input {...field('text')} type="search" maxLength={200} />
      </div>
      <button type="submit" className="button primary">
        {t('filters.apply')}
      </button>
    </form>
  );
}
