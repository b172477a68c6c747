import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import type { Vote } from '../gql/graphql';
import { ChoiceGroup } from './choice-group';
import { FormDialog } from './form-dialog';
import { blockerText } from './reasons';
import type { AgendaItem, SessionDetails } from './session-page';
import { useCommand } from './use-command';

const CAST_VOTE = graphql(`
  mutation CastCommitteeVote($input: CastVoteInput!) {
    castVote(input: $input) {
      __typename
      ... on CommandAccepted {
        committeeSession {
          id
        }
      }
      ... on CommandRefused {
        code
        message
      }
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
  const announce = useAnnounce();
  const { send, problem, setProblem } = useCommand(CAST_VOTE);
  const [vote, setVote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (!VOTES.includes(vote as Vote)) {
      setError(t('committee.voteDialog.choiceRequired'));
      return false;
    }
    setError(null);
    const input = {
      sessionId: session.id,
      itemId: item.itemId,
      motionId: motion.motionId,
      vote: vote as Vote,
    };
    const done = await send({ input });
    if (done) announce(t('committee.voteDialog.done', { vote: t(`committee.vote.${vote}`) }));
    return done;
  };
  const blocked = motion.votingBlockedBy && blockerText(t, motion.votingBlockedBy, session);
  return (
    <FormDialog
      trigger={t('committee.voteDialog.trigger')}
      triggerContext={motion.text}
      title={t('committee.voteDialog.title')}
      submit={t('committee.voteDialog.submit')}
      blockedBy={blocked}
      problem={problem}
      onOpen={() => {
        setProblem(null);
        setError(null);
        setVote('');
      }}
      onSubmit={submit}
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
