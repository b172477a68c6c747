import { FormEvent, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { TextInput } from '../forms/form-field';
import { Refusal, refusalOf } from '../forms/refusal';
import { RefusalAlert } from '../forms/refusal-alert';
import { textProblem } from '../forms/text-problem';

const CHOOSE_PUBLIC_NAME = graphql(`
  mutation ChoosePublicName($input: ChoosePublicNameInput!) {
    choosePublicName(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

/** The platform's limit on a public name (its command schema). */
const MAX_NAME = 50;

/** The signed-in person's own public name: what they are shown by, chosen in a dialog from the header. */
export function PublicNameDialog(props: { subject: string; current: string | null; onChosen: () => void }) {
  const { t } = useTranslation();
  return (
    <DialogTrigger>
      <Button className="button">{t('people.nameForm.open')}</Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">{t('people.nameForm.title')}</Heading>
              <PublicNameForm {...props} onDone={close} />
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

function PublicNameForm({
  subject,
  current,
  onChosen,
  onDone,
}: {
  subject: string;
  current: string | null;
  onChosen: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [{ fetching }, choose] = useMutation(CHOOSE_PUBLIC_NAME);
  const [name, setName] = useState(current ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = textProblem(name, MAX_NAME);
    setProblem(found ?? undefined);
    if (found || fetching) return;
    const displayName = name.trim();
    const result = await choose({ input: { personId: subject, displayName } });
    const refused = refusalOf(result.data?.choosePublicName, result.error);
    setRefusal(refused);
    if (refused) return;
    onChosen();
    announce(t('people.nameForm.done', { name: displayName }));
    onDone();
  };
  return (
    <form onSubmit={submit} noValidate>
      <p>{current ? t('people.nameForm.current', { name: current }) : t('people.nameForm.none')}</p>
      <TextInput
        label={t('people.nameForm.name')}
        hint={t('people.nameForm.hint')}
        problem={problem && t(`people.nameForm.problems.displayName.${problem}`)}
        value={name}
        onChange={(event) => setName(event.target.value)}
        autoComplete="nickname"
      />
      <RefusalAlert refusal={refusal} prefix="people.nameForm.refusals" />
      <div className="dialog-buttons">
        <Button type="submit" className="button primary" isPending={fetching}>
          {t('people.nameForm.submit')}
        </Button>
        <Button className="button" onPress={onDone}>
          {t('people.nameForm.cancel')}
        </Button>
      </div>
    </form>
  );
}
