import { useTranslation } from 'react-i18next';
import { Chip } from '../design/chip';

export interface PerceptionGap {
  surveyId: string;
  topic: string;
  question: string;
  publicMean: number | null;
  privateMean: number | null;
  gap: number | null;
  open: boolean;
  publicCount: number;
  privateCount: number;
}

const WIDTH = 600;
const ROW = 56;
const LABEL = 160;
const SCALE_MAX = 5;

const figure = (value: number | null) => (value === null ? '–' : value.toFixed(2));

/**
 * How the public and the private sector see each topic, survey by survey (a topic asked again is another round):
 * an SVG chart with a name and a description, and the same figures in a table, which is what a screen reader or a
 * copy-paste gets.
 */
export function PerceptionGaps({ gaps, labels }: { gaps: PerceptionGap[]; labels: Map<string, string> }) {
  const { t } = useTranslation();
  const height = gaps.length * ROW + 24;
  const bar = (value: number | null) => ((value ?? 0) / SCALE_MAX) * (WIDTH - LABEL - 16);
  return (
    <section aria-labelledby="gaps-title">
      <h2 id="gaps-title">{t('plan.gaps.title')}</h2>
      <svg
        className="chart"
        viewBox={`0 0 ${WIDTH} ${height}`}
        role="img"
        aria-labelledby="gaps-chart-title gaps-chart-desc"
      >
        <title id="gaps-chart-title">{t('plan.gaps.chartTitle')}</title>
        <desc id="gaps-chart-desc">{t('plan.gaps.chartDescription')}</desc>
        {gaps.map((gap, index) => {
          const y = index * ROW + 8;
          return (
            <g key={gap.surveyId} aria-hidden="true">
              <text x={0} y={y + 20} className="chart-label">
                {labels.get(gap.surveyId)}
              </text>
              <rect x={LABEL} y={y} width={bar(gap.publicMean)} height={18} className="bar-public" />
              <text x={LABEL + bar(gap.publicMean) + 4} y={y + 14}>
                {t('plan.gaps.public')} {figure(gap.publicMean)}
              </text>
              <rect x={LABEL} y={y + 22} width={bar(gap.privateMean)} height={18} className="bar-private" />
              <text x={LABEL + bar(gap.privateMean) + 4} y={y + 36}>
                {t('plan.gaps.private')} {figure(gap.privateMean)}
              </text>
            </g>
          );
        })}
      </svg>
      {/* a narrow screen scrolls the table, not the page; the region can be scrolled by keyboard */}
      <div className="table-scroll" role="region" aria-label={t('plan.gaps.tableCaption')} tabIndex={0}>
        <table>
          <caption>{t('plan.gaps.tableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.gaps.topic')}</th>
              <th scope="col">{t('plan.gaps.publicMean')}</th>
              <th scope="col">{t('plan.gaps.privateMean')}</th>
              <th scope="col">{t('plan.gaps.gap')}</th>
              <th scope="col">{t('plan.gaps.answers')}</th>
              <th scope="col">{t('plan.gaps.state')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.map((gap) => (
              <tr key={gap.surveyId}>
                <th scope="row">{labels.get(gap.surveyId)}</th>
                <td>{figure(gap.publicMean)}</td>
                <td>{figure(gap.privateMean)}</td>
                <td>{figure(gap.gap)}</td>
                <td>{t('plan.gaps.counts', { public: gap.publicCount, private: gap.privateCount })}</td>
                <td>
                  <Chip tone={gap.open ? 'open' : 'neutral'}>
                    {t(gap.open ? 'plan.gaps.open' : 'plan.gaps.closed')}
                  </Chip>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
