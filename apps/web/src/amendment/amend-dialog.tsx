import { FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { TextBox, TextInput } from '../forms/form-field';
import { RefusalAlert } from '../forms/refusal-alert';
import { useFormProblems } from '../forms/use-form-problems';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { AmendmentField, amendmentProblems } from './amendment';

const AMEND = graphql(`
  mutation AmendProposal($input: AmendProposalInput!) {
    amendProposal(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

interface Props {
  proposal: { id: string; title: string; body: string };
  onAmended: () => void;
}

/**
 * The author amends their proposal after a department's answer: its title and text, and why, in a dialog that
 * starts from what the proposal says now. Focus goes back to the button when the dialog closes.
 */
export function AmendDialog({ proposal, onAmended }: Props) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <DialogTrigger>
        <Button className="button">{t('amendment.amend')}</Button>
        <Modal className="modal" isDismissable>
          <Dialog className="dialog">
            {({ close }) => (
              <>
                <Heading slot="title">{t('amendment.title')}</Heading>
                <AmendForm proposal={proposal} onAmended={onAmended} close={close} />
              </>
            )}
          </Dialog>
        </Modal>
      </DialogTrigger>
    </div>
  );
}

function AmendForm({ proposal, onAmended, close }: Props & { close: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [amending, amend] = useMutation(AMEND);
  const { form, problem, check } = useFormProblems<AmendmentField>('amendment.problems');
  const { refusal, setRefusal, accepted } = useRefusal();
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (amending.fetching) return;
    const fields = new FormData(event.currentTarget);
    const text = (name: AmendmentField) => String(fields.get(name) ?? '').trim();
    const amendment = { title: text('title'), body: text('body'), reason: text('reason') };
    setRefusal(null);
    if (!check(amendmentProblems(amendment))) return;
    const result = await amend({ input: { proposalId: proposal.id, ...amendment } });
    if (!accepted(result.data?.amendProposal, result.error)) return;
    close();
    announce(t('amendment.amended'));
    onAmended();
  };
  return (
    <form ref={form} onSubmit={submit} noValidate>
      <p>{t('amendment.intro')}</p>
      <TextInput
        name="title"
        label={t('amendment.proposalTitle')}
        problem={problem('title')}
        defaultValue={proposal.title}
      />
      <TextBox
        name="body"
        label={t('amendment.body')}
        problem={problem('body')}
        defaultValue={proposal.body}
        rows={6}
      />
      <TextBox
        name="reason"
        label={t('amendment.reason')}
        hint={t('amendment.reasonHint')}
        problem={problem('reason')}
        rows={3}
      />
      <RefusalAlert refusal={refusal} prefix="amendment.refusals" />
      <div className="dialog-buttons">
        <Button type="submit" className="button primary" isPending={amending.fetching}>
          {t('amendment.submit')}
        </Button>
        <Button className="button" onPress={close}>
          {t('amendment.cancel')}
        </Button>
      </div>
    </form>
  );
}
