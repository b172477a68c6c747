import { useTranslation } from 'react-i18next';
import type { ProposalPageQuery } from '../gql/graphql';
import { dateText } from '../forms/dates';
import { actorText, detailNamesSpace, stepText } from './timeline-text';
import { useTranslator } from '../forms/translator';
import { namedDepartment } from '../departments/department-names';
import { spaceName } from '../spaces/space-names';
import { useSpaces } from '../spaces/spaces';

type Step = NonNullable<ProposalPageQuery['proposal']>['timeline'][number];

/** The department a step concerns, by its name in the directory. */
const departmentOf = (step: Step, language: string) =>
  step.department === null ? null : namedDepartment({ ...step, department: step.department }, language);

/** The whole journey, every service's steps in one ordered list: when, what, and who. */
export function JourneyTimeline({ steps }: { steps: Step[] }) {
  const { t, i18n } = useTranslation();
  const translator = useTranslator();
  const spaces = useSpaces();
  // a space by its name in the reader's language, never its id, even while the list is on its way
  const detailOf = (step: Step) => {
    if (!step.detail || !detailNamesSpace(step.step)) return step.detail;
    const space = spaces?.find((candidate) => candidate.id === step.detail);
    return space ? spaceName(space, i18n.language) : t('spaces.loading');
  };
  return (
    <section aria-labelledby="timeline" className="proposal-section">
      <h2 id="timeline">{t('proposal.timeline.title')}</h2>
      <ol className="timeline">
        {steps.map((step, index) => {
          const who = actorText(translator, step);
          return (
            <li key={index}>
              <time dateTime={step.at}>{dateText(i18n.language, step.at, true)}</time>{' '}
              {stepText(translator, {
                ...step,
                department: departmentOf(step, i18n.language),
                detail: detailOf(step),
              })}
              {who && <> {t('proposal.timeline.who', { who })}</>}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
