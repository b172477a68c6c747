import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { Vote } from '../gql/graphql';
import { ChoiceGroup } from './choice-group';
import { FormDialog } from './form-dialog';
import { blockerText } from './reasons';
import type { AgendaItem, SessionDetails } from './session-page';
import { useCommandForm } from './use-command';

const CAST_VOTE = graphql(`
  mutation CastCommitteeVote($input: CastVoteInput!) {
    castVote(input: $input) {
      ...CommitteeCommandResult
    }
  }
`);

const VOTES: Vote[] = ['for', 'against', 'abstain'];

interface Props {
  session: SessionDetails;
  item: AgendaItem;
  motion: AgendaItem['motions'][number];
}

/** Voting on a motion: for, against or abstain; disabled, with the reason in words, when the rules do not allow it. */
export function VoteDialog({ session, item, motion }: Props) {
  const { t } = useTranslation();
  const { send, error, check, dialog } = useCommandForm(CAST_VOTE);
  const [vote, setVote] = useState('');
  const submit = async () => {
    if (!check(VOTES.includes(vote as Vote) ? null : t('committee.voteDialog.choiceRequired'))) return false;
    const input = {
      sessionId: session.id,
      itemId: item.itemId,
      motionId: motion.motionId,
      vote: vote as Vote,
    };
    return send({ input });
  };
  const blocked = motion.votingBlockedBy && blockerText(t, motion.votingBlockedBy, session);
  return (
    <FormDialog
      trigger={t('committee.voteDialog.trigger')}
      triggerContext={motion.text}
      title={t('committee.voteDialog.title')}
      submit={t('committee.voteDialog.submit')}
      blockedBy={blocked}
      problem={dialog.problem}
      onOpen={() => {
        dialog.onOpen();
        setVote('');
      }}
      onSubmit={submit}
      done={t('committee.voteDialog.done', { vote: t(`committee.vote.${vote}`) })}
    >
      <p>{motion.text}</p>
      <ChoiceGroup
        label={t('committee.voteDialog.choice')}
        options={VOTES.map((value) => ({ value, label: t(`committee.vote.${value}`) }))}
        value={vote}
        onChange={setVote}
        error={error}
      />
    </FormDialog>
  );
}
