import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { RecordDecisionOutcome } from '../gql/graphql';
import { DistrictSelect } from '../districts/districts';
import { Field } from '../forms/form-field';
import { CITY_SPACE_ID } from '../spaces/space-names';
import { ChoiceGroup } from './choice-group';
import { decisionBlocker } from './eligibility';
import { FormDialog } from './form-dialog';
import { newDecisionId } from './ids';
import { blockerText } from './reasons';
import type { AgendaItem, SessionDetails } from './session-page';
import { CommitteeTextField } from './text-field';
import { useCommand } from './use-command';

const RECORD_DECISION = graphql(`
  mutation RecordCommitteeDecision($input: RecordDecisionInput!) {
    recordDecision(input: $input) {
      ...CommitteeCommandResult
    }
  }
`);

const DECIDING: RecordDecisionOutcome[] = ['adopt', 'adopt_with_amendments', 'reject', 'defer'];
/** The city's committee may send a proposal down to a district's; any other may send it up to the city's. */
const outcomesIn = (spaceId: string): RecordDecisionOutcome[] => [
  ...DECIDING,
  spaceId === CITY_SPACE_ID ? 'delegate_to_district' : 'refer_to_city',
];
const NO_MOTION = 'none';

interface Props {
  session: SessionDetails;
  item: AgendaItem;
  title: string;
}

interface Problems {
  outcome?: string;
  rationale?: string;
  amendments?: string;
  delegateTo?: string;
}

/**
 * The chair records the committee's decision on an item, with its rationale; the domain counts the tally and
 * seals it. A later decision on the same item supersedes the sealed one, and says so.
 */
export function DecisionDialog({ session, item, title }: Props) {
  const { t } = useTranslation();
  const { send, problem, setProblem } = useCommand(RECORD_DECISION);
  const openMotions = item.motions.filter((motion) => !motion.sealed);
  const [outcome, setOutcome] = useState('');
  const [motionId, setMotionId] = useState(NO_MOTION);
  const [rationale, setRationale] = useState('');
  const [amendments, setAmendments] = useState('');
  const [delegateTo, setDelegateTo] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const outcomes = outcomesIn(session.spaceId);
  const withAmendments = outcome === 'adopt_with_amendments';
  const delegating = outcome === 'delegate_to_district';
  const supersedes = item.decision?.decisionId ?? null;
  const submit = async () => {
    const found: Problems = {
      outcome: outcomes.includes(outcome as RecordDecisionOutcome)
        ? undefined
        : t('committee.decisionDialog.outcomeRequired'),
      rationale: rationale.trim() ? undefined : t('committee.decisionDialog.rationaleRequired'),
      amendments:
        withAmendments && !amendments.trim() ? t('committee.decisionDialog.amendmentsRequired') : undefined,
      delegateTo: delegating && !delegateTo ? t('committee.decisionDialog.delegateToRequired') : undefined,
    };
    setProblems(found);
    if (Object.values(found).some(Boolean)) return false;
    return send({
      input: {
        sessionId: session.id,
        itemId: item.itemId,
        decisionId: newDecisionId(),
        outcome: outcome as RecordDecisionOutcome,
        motionId: motionId === NO_MOTION ? null : motionId,
        rationale,
        amendments: withAmendments ? amendments : null,
        delegateTo: delegating ? delegateTo : null,
        supersedes,
      },
    });
  };
  const blocker = decisionBlocker(session);
  return (
    <FormDialog
      trigger={t(supersedes ? 'committee.decisionDialog.triggerAgain' : 'committee.decisionDialog.trigger')}
      triggerContext={title}
      title={t('committee.decisionDialog.title', { title })}
      submit={t('committee.decisionDialog.submit')}
      blockedBy={blocker && blockerText(t, blocker, session)}
      problem={problem}
      onOpen={() => {
        setProblem(null);
        setProblems({});
        setMotionId(openMotions.at(-1)?.motionId ?? NO_MOTION);
      }}
      onSubmit={submit}
      done={t('committee.decisionDialog.done', { title })}
    >
      {supersedes && <p>{t('committee.decisionDialog.supersedes')}</p>}
      <ChoiceGroup
        label={t('committee.decisionDialog.outcome')}
        options={outcomes.map((value) => ({ value, label: t(`committee.outcome.${value}`) }))}
        value={outcome}
        onChange={setOutcome}
        error={problems.outcome}
      />
      <ChoiceGroup
        label={t('committee.decisionDialog.motion')}
        options={[
          ...openMotions.map((motion) => ({
            value: motion.motionId,
            label: t('committee.decisionDialog.motionOption', {
              text: motion.text,
              tally: t('committee.tally', motion.tally),
            }),
          })),
          { value: NO_MOTION, label: t('committee.decisionDialog.noMotion') },
        ]}
        value={motionId}
        onChange={setMotionId}
      />
      <CommitteeTextField
        label={t('committee.decisionDialog.rationale')}
        description={t('committee.decisionDialog.rationaleHint')}
        value={rationale}
        onChange={setRationale}
        error={problems.rationale}
      />
      {delegating && (
        <Field
          label={t('committee.decisionDialog.delegateTo')}
          problem={problems.delegateTo}
          control={(attributes) => (
            <DistrictSelect
              {...attributes}
              value={delegateTo}
              onChange={(event) => setDelegateTo(event.target.value)}
              empty={t('districts.choose')}
            />
          )}
        />
      )}
      {withAmendments && (
        <CommitteeTextField
          label={t('committee.decisionDialog.amendments')}
          value={amendments}
          onChange={setAmendments}
          error={problems.amendments}
        />
      )}
    </FormDialog>
  );
}
