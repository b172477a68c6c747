import { useState } from 'react';
import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { hasRole, useSession } from '../session/session';
import { PROPOSERS } from './proposers';
import { Refusal, refusalOf, refusalText } from '../forms/refusal';
import { useTranslator } from '../forms/translator';

const SUPPORT = graphql(`
  mutation SupportProposal($id: String!) {
    supportProposal(input: { proposalId: $id }) {
      __typename
      ... on CommandRefused {
        code
        message
      }
    }
  }
`);

const WITHDRAW = graphql(`
  mutation WithdrawSupport($id: String!) {
    withdrawSupport(input: { proposalId: $id }) {
      __typename
      ... on CommandRefused {
        code
        message
      }
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
  const translator = useTranslator();
  const { session } = useSession();
  const announce = useAnnounce();
  const [support, sendSupport] = useMutation(SUPPORT);
  const [withdrawal, sendWithdrawal] = useMutation(WITHDRAW);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  if (!session) return <p>{t('proposal.support.signIn')}</p>;
  if (!hasRole(session.person, ...PROPOSERS)) return <p>{t('proposal.support.notForRole')}</p>;
  if (session.person.subject === proposal.authorId) return <p>{t('proposal.support.own')}</p>;
  const toggle = async (supporting: boolean) => {
    if (support.fetching || withdrawal.fetching) return;
    const result = supporting
      ? (await sendSupport({ id: proposal.id })).data?.supportProposal
      : (await sendWithdrawal({ id: proposal.id })).data?.withdrawSupport;
    const refused = refusalOf(result);
    setRefusal(refused);
    if (refused) return;
    announce(t(supporting ? 'proposal.support.added' : 'proposal.support.withdrawn'));
    onChanged();
  };
  return (
    <div className="actions">
      <ToggleButton className="button" isSelected={proposal.supportedByMe} onChange={toggle}>
        {t('proposal.support.button')}
      </ToggleButton>
      <span>{t(proposal.supportedByMe ? 'proposal.support.youSupport' : 'proposal.support.youDoNot')}</span>
      {refusal && (
        <p role="alert" className="field-problem">
          {refusalText(translator, 'proposal.refusals', refusal)}
        </p>
      )}
    </div>
  );
}
