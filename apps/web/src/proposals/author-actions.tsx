import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { navigate } from '../navigation';
import { RefusalAlert } from '../forms/refusal-alert';
import { useRefusal } from '../forms/use-refusal';
import { editProposalPath } from './paths';

const SUBMIT = graphql(`
  mutation SubmitProposal($id: String!) {
    submitProposal(input: { proposalId: $id }) {
      __typename
      ...CommandRefusal
    }
  }
`);

/**
 * What the author does with a draft: edit it, or submit it after saying yes in a dialog (a submitted proposal
 * can no longer be edited). Cancelling returns focus to the button; submitting moves it to the page's heading,
 * since the button goes with the draft.
 */
export function AuthorActions({ proposalId, onSubmitted }: { proposalId: string; onSubmitted: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [submission, submit] = useMutation(SUBMIT);
  const { refusal, accepted } = useRefusal();
  const confirm = async (close: () => void) => {
    if (submission.fetching) return;
    const result = await submit({ id: proposalId });
    if (!accepted(result.data?.submitProposal, result.error)) return;
    close();
    announce(t('proposal.draft.submitted'));
    onSubmitted();
  };
  return (
    <div className="actions">
      <a className="button" href={editProposalPath(proposalId)} onClick={navigate}>
        {t('proposal.draft.edit')}
      </a>
      <DialogTrigger>
        <Button className="button primary">{t('proposal.draft.submit')}</Button>
        <Modal className="modal" isDismissable>
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('proposal.draft.confirmTitle')}</Heading>
                <p>{t('proposal.draft.confirmText')}</p>
                <RefusalAlert refusal={refusal} prefix="proposal.refusals" />
                <div className="dialog-buttons">
                  <Button className="button primary" onPress={() => confirm(close)}>
                    {t('proposal.draft.confirm')}
                  </Button>
                  <Button className="button" onPress={close}>
                    {t('proposal.draft.cancel')}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </DialogTrigger>
    </div>
  );
}
