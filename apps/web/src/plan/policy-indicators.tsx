import { useTranslation } from 'react-i18next';
import { Chip } from '../design/chip';
import './plan.css';
import { IndicatorNames, amountText, indicatorName, sharePercent } from './indicator-text';

export interface IndicatorOnPlan extends IndicatorNames {
  id: string;
  unit: string;
  baselineValue: number;
  baselineYear: number;
  targetValue: number;
  targetYear: number;
  progress: { share: number | null; onTrack: boolean | null; latest: { year: number; value: number } | null };
}

/** A policy's indicators: baseline → latest → target in words, and how far it has come as a labelled bar. */
export function PolicyIndicators({ indicators }: { indicators: readonly IndicatorOnPlan[] }) {
  const { t, i18n } = useTranslation();
  if (indicators.length === 0) return null;
  const language = i18n.language;
  return (
    <ul className="plan-indicators">
      {indicators.map((indicator) => {
        const name = indicatorName(indicator, language);
        const { latest, share, onTrack } = indicator.progress;
        const amount = (value: number, year: number) =>
          t('plan.indicators.amount', { amount: amountText(value, indicator.unit, language), year });
        return (
          <li key={indicator.id}>
            <p className="indicator-name">{name}</p>
            <p>
              {t('plan.indicators.path', {
                baseline: amount(indicator.baselineValue, indicator.baselineYear),
                latest: latest ? amount(latest.value, latest.year) : t('plan.indicators.notMeasured'),
                target: amount(indicator.targetValue, indicator.targetYear),
              })}
            </p>
            {share !== null && (
              <div className="indicator-progress">
                <progress
                  aria-label={t('plan.indicators.progressLabel', { name })}
                  value={sharePercent(share).bar}
                  max={100}
                />
                <p>
                  {t('plan.indicators.share', { percent: sharePercent(share).percent })}{' '}
                  <Chip tone={onTrack ? 'active' : 'alert'}>
                    {t(onTrack ? 'plan.indicators.onTrack' : 'plan.indicators.behind')}
                  </Chip>
                </p>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
