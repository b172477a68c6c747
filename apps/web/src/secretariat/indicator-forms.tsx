import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { ChoiceGroup } from '../committee/choice-group';
import { Field, TextInput } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { IndicatorNames, indicatorName } from '../plan/indicator-text';
import {
  Direction,
  IndicatorField,
  MeasurementField,
  indicatorInput,
  indicatorProblems,
  measurementInput,
  measurementProblems,
} from './indicator-draft';

const DEFINE_INDICATOR = graphql(`
  mutation DefineIndicator($input: DefineIndicatorInput!) {
    defineIndicator(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);
const RECORD_MEASUREMENT = graphql(`
  mutation RecordIndicatorMeasurement($input: RecordIndicatorMeasurementInput!) {
    recordIndicatorMeasurement(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const REFUSALS = 'secretariat.plan.indicators.refusals';
const DIRECTIONS: readonly Direction[] = ['higher', 'lower'];
// the year the platform's clock is in (it counts in UTC): a later year's value cannot have been measured
const thisYear = () => new Date().getUTCFullYear();

/** Reads a form's text fields by name, trimmed. */
const fieldsOf = (form: HTMLFormElement) => {
  const fields = new FormData(form);
  return (name: string) => String(fields.get(name) ?? '').trim();
};

/** An indicator under a policy of the plan in force: its names in both languages, unit, baseline and target. */
export function DefineIndicatorForm({
  planId,
  policies,
  onDefined,
}: {
  planId: string;
  policies: readonly { policyId: string; title: string }[];
  onDefined: () => void;
}) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const [defining, define] = useMutation(DEFINE_INDICATOR);
  const { form, problem, check } = useFormProblems<IndicatorField>('secretariat.plan.indicators.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const [direction, setDirection] = useState<Direction>('higher');
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (defining.fetching) return;
    const text = fieldsOf(event.currentTarget);
    const draft = {
      policyId: text('policyId'),
      nameKo: text('nameKo'),
      nameEn: text('nameEn'),
      unit: text('unit'),
      direction,
      baselineValue: text('baselineValue'),
      baselineYear: text('baselineYear'),
      targetValue: text('targetValue'),
      targetYear: text('targetYear'),
    };
    setRefusal(null);
    if (!check(indicatorProblems(draft, thisYear()))) return;
    const input = indicatorInput(draft, planId, `indicator-${crypto.randomUUID()}`);
    const result = await define({ input });
    if (!accepted(result.data?.defineIndicator, result.error)) return;
    form.current?.reset();
    setDirection('higher');
    announce(t('secretariat.plan.indicators.defined', { name: indicatorName(input, i18n.language) }));
    onDefined();
  };
  return (
    <section aria-labelledby="define-indicator">
      <h3 id="define-indicator">{t('secretariat.plan.indicators.defineTitle')}</h3>
      <form ref={form} className="form-stack" onSubmit={submit} noValidate>
        <Field
          label={t('secretariat.plan.indicators.policy')}
          problem={problem('policyId')}
          control={(attributes) => (
            <select {...attributes} name="policyId" defaultValue="">
              <option value="">{t('secretariat.plan.indicators.choose')}</option>
              {policies.map((policy) => (
                <option key={policy.policyId} value={policy.policyId}>
                  {policy.title}
                </option>
              ))}
            </select>
          )}
        />
        <TextInput
          name="nameKo"
          lang="ko"
          label={t('secretariat.plan.indicators.nameKo')}
          problem={problem('nameKo')}
          autoComplete="off"
        />
        <TextInput
          name="nameEn"
          lang="en"
          label={t('secretariat.plan.indicators.nameEn')}
          problem={problem('nameEn')}
          autoComplete="off"
        />
        <TextInput
          name="unit"
          label={t('secretariat.plan.indicators.unit')}
          hint={t('secretariat.plan.indicators.unitHint')}
          problem={problem('unit')}
          autoComplete="off"
        />
        <ChoiceGroup
          label={t('secretariat.plan.indicators.direction')}
          options={DIRECTIONS.map((value) => ({
            value,
            label: t(`secretariat.plan.indicators.directions.${value}`),
          }))}
          value={direction}
          onChange={(value) => setDirection(value as Direction)}
        />
        <TextInput
          name="baselineValue"
          inputMode="decimal"
          label={t('secretariat.plan.indicators.baselineValue')}
          problem={problem('baselineValue')}
          autoComplete="off"
        />
        <TextInput
          name="baselineYear"
          inputMode="numeric"
          label={t('secretariat.plan.indicators.baselineYear')}
          problem={problem('baselineYear')}
          autoComplete="off"
        />
        <TextInput
          name="targetValue"
          inputMode="decimal"
          label={t('secretariat.plan.indicators.targetValue')}
          problem={problem('targetValue')}
          autoComplete="off"
        />
        <TextInput
          name="targetYear"
          inputMode="numeric"
          label={t('secretariat.plan.indicators.targetYear')}
          problem={problem('targetYear')}
          autoComplete="off"
        />
        <RefusalAlert refusal={refusal} prefix={REFUSALS} />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.plan.indicators.define')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface MeasuredIndicator extends IndicatorNames {
  id: string;
  baselineYear: number;
  targetYear: number;
}

/** A year's value of an indicator; a year measured before is corrected, the earlier value kept on record. */
export function RecordMeasurementForm({
  indicators,
  onRecorded,
}: {
  indicators: readonly MeasuredIndicator[];
  onRecorded: () => void;
}) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const [recording, record] = useMutation(RECORD_MEASUREMENT);
  const { form, problem, check } = useFormProblems<MeasurementField>('secretariat.plan.indicators.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (recording.fetching) return;
    const text = fieldsOf(event.currentTarget);
    const draft = {
      indicatorId: text('indicatorId'),
      year: text('year'),
      value: text('value'),
      source: text('source'),
    };
    const indicator = indicators.find(({ id }) => id === draft.indicatorId);
    setRefusal(null);
    if (!check(measurementProblems(draft, indicator, thisYear())) || !indicator) return;
    const result = await record({ input: measurementInput(draft) });
    if (!accepted(result.data?.recordIndicatorMeasurement, result.error)) return;
    form.current?.reset();
    announce(
      t('secretariat.plan.indicators.recorded', {
        name: indicatorName(indicator, i18n.language),
        year: draft.year,
      }),
    );
    onRecorded();
  };
  return (
    <section aria-labelledby="record-measurement">
      <h3 id="record-measurement">{t('secretariat.plan.indicators.measureTitle')}</h3>
      <form ref={form} className="form-stack" onSubmit={submit} noValidate>
        <p>{t('secretariat.plan.indicators.measureIntro')}</p>
        <Field
          label={t('secretariat.plan.indicators.indicator')}
          problem={problem('indicatorId')}
          control={(attributes) => (
            <select {...attributes} name="indicatorId" defaultValue="">
              <option value="">{t('secretariat.plan.indicators.choose')}</option>
              {indicators.map((indicator) => (
                <option key={indicator.id} value={indicator.id}>
                  {t('secretariat.plan.indicators.option', {
                    name: indicatorName(indicator, i18n.language),
                    from: indicator.baselineYear,
                    to: indicator.targetYear,
                  })}
                </option>
              ))}
            </select>
          )}
        />
        <TextInput
          name="year"
          inputMode="numeric"
          label={t('secretariat.plan.indicators.year')}
          problem={problem('year')}
          autoComplete="off"
        />
        <TextInput
          name="value"
          inputMode="decimal"
          label={t('secretariat.plan.indicators.value')}
          problem={problem('value')}
          autoComplete="off"
        />
        <TextInput
          name="source"
          label={t('secretariat.plan.indicators.source')}
          hint={t('secretariat.plan.indicators.sourceHint')}
          problem={problem('source')}
          autoComplete="off"
        />
        <RefusalAlert refusal={refusal} prefix={REFUSALS} />
        <div className="actions">
          <button type="submit" className="button primary">
            {t('secretariat.plan.indicators.record')}
          </button>
        </div>
      </form>
    </section>
  );
}
