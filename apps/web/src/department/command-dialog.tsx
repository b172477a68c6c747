import { FormEvent, ReactNode, useContext, useEffect, useRef, useState } from 'react';
import {
  Button,
  Dialog,
  DialogTrigger,
  Heading,
  Modal,
  OverlayTriggerStateContext,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { focusFirstProblem } from '../forms/form-field';
import { Refusal } from '../forms/refusal';
import { RefusalAlert } from '../forms/refusal-alert';

/** What sending a form came to: problems the form shows by its fields, the platform's refusal, or done (null). */
export type Sent = 'problems' | Refusal | null;

/** A refusal of the platform, in the reader's language, saying what to do. */
export function DeskRefusalAlert({ refusal }: { refusal: Refusal | null }) {
  return <RefusalAlert refusal={refusal} prefix="department.refusals" className="refusal" />;
}

/**
 * A button that opens a dialog to send one command about something (`about` completes the button's name, so
 * that a list of them reads apart). The form is mounted as the dialog opens: each opening starts afresh. Focus
 * returns to the button when it closes.
 */
export function CommandDialog(props: { opener: string; about: string; title: string; children: ReactNode }) {
  return (
    <DialogTrigger>
      <Button className="button">
        {props.opener}
        <span className="visually-hidden">: {props.about}</span>
      </Button>
      <Modal className="modal" isDismissable>
        <Dialog className="dialog">
          <Heading slot="title">{props.title}</Heading>
          {props.children}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

/**
 * The form of a command dialog: sends once at a time, shows the problems' fields or the refusal, and on success
 * closes the dialog and says so in the live region.
 */
export function CommandForm(props: {
  submitLabel: string;
  done: string;
  send: () => Promise<Sent>;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const dialog = useContext(OverlayTriggerStateContext);
  const form = useRef<HTMLFormElement>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [sending, setSending] = useState(false);
  // each time the form shows its problems, the keyboard lands on the first, once it is rendered
  const [problemsShown, setProblemsShown] = useState(0);
  useEffect(() => {
    if (problemsShown) focusFirstProblem(form.current);
  }, [problemsShown]);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    const sent = await props.send();
    setSending(false);
    if (sent === 'problems') {
      setRefusal(null);
      setProblemsShown((shown) => shown + 1);
    } else if (sent) {
      setRefusal(sent);
    } else {
      announce(props.done);
      dialog?.close();
    }
  };
  return (
    <form ref={form} onSubmit={submit} noValidate className="desk-command-form">
      {props.children}
      <DeskRefusalAlert refusal={refusal} />
      <div className="dialog-buttons">
        <Button type="submit" className="button primary" isPending={sending}>
          {props.submitLabel}
        </Button>
        <Button className="button" onPress={() => dialog?.close()}>
          {t('department.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** What a command on an implementation selects of its result, spread as `...ImplementationCommandResult`. */
export const IMPLEMENTATION_COMMAND_RESULT = graphql(`
  fragment ImplementationCommandResult on CommandResult {
    __typename
    ... on CommandAccepted {
      implementation {
        id
        status
      }
    }
    ...CommandRefusal
  }
`);
