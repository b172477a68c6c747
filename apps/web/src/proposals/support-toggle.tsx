import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { hasRole, useSession } from '../session/session';
import { PROPOSERS } from './proposers';
import { RefusalAlert } from '../forms/refusal-alert';
import { useRefusal } from '../forms/use-refusal';

const SUPPORT = graphql(`
  mutation SupportProposal($id: String!) {
    supportProposal(input: { proposalId: $id }) {
      __typename
      ...CommandRefusal
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawSupport($id: String!) {
    withdrawSupport(input: { proposalId: $id }) {
      __typename
      ...CommandRefusal
    }
  }
`);

interface Supportable {
  id: string;
  authorId: string;
  supportedByMe: boolean;
}

/**
 * Support and withdraw-support as one toggle whose pressed state is the API's; who cannot support is told why,
 * and a refusal is said in words.
 */
export function SupportToggle({ proposal, onChanged }: { proposal: Supportable; onChanged: () => void }) {
  const { t } = useTranslation();
  const { session } = useSession();
  const announce = useAnnounce();
  const [support, sendSupport] = useMutation(SUPPORT);
  const [withdrawal, sendWithdrawal] = useMutation(WITHDRAW);
  const { refusal, accepted } = useRefusal();
  if (!session) return <p>{t('proposal.support.signIn')}</p>;
  if (!hasRole(session.person, ...PROPOSERS)) return <p>{t('proposal.support.notForRole')}</p>;
  if (session.person.subject === proposal.authorId) return <p>{t('proposal.support.own')}</p>;
  const toggle = async (supporting: boolean) => {
    if (support.fetching || withdrawal.fetching) return;
    const result = supporting
      ? (await sendSupport({ id: proposal.id })).data?.supportProposal
      : (await sendWithdrawal({ id: proposal.id })).data?.withdrawSupport;
    if (!accepted(result)) return;
    announce(t(supporting ? 'proposal.support.added' : 'proposal.support.withdrawn'));
    onChanged();
  };
  return (
    <div className="actions">
      <ToggleButton className="button" isSelected={proposal.supportedByMe} onChange={toggle}>
        {t('proposal.support.button')}
      </ToggleButton>
      <span>{t(proposal.supportedByMe ? 'proposal.support.youSupport' : 'proposal.support.youDoNot')}</span>
      <RefusalAlert refusal={refusal} prefix="proposal.refusals" />
    </div>
  );
}
