import { FormEvent, ReactNode, useId, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../announcer';

interface FormDialogProps {
  /** The trigger's text. */
  trigger: string;
  /**
   * Said after the trigger's text to assistive technology, when the text alone is ambiguous on the page (one
   * trigger per item or motion); the visible text stays the start of the name.
   */
  triggerContext?: string;
  title: string;
  submit: string;
  /**
   * Why it cannot be done now, in words: the trigger stays focusable, says it is disabled and is described by this
   * text, shown beside it.
   */
  blockedBy?: string | null;
  /** What the API refused, in words. */
  problem: string | null;
  /** Checks the fields and sends the command: true when done, and the dialog closes. */
  onSubmit: () => Promise<boolean>;
  /** Said in the live region once the command is done. */
  done: string;
  onOpen?: () => void;
  children: ReactNode;
}

/**
 * An action that asks for details in a modal dialog: keyboard-operable, named by its heading, and focus goes back
 * to the trigger when it closes. The trigger stays mounted when the action becomes unavailable, so focus has a
 * place to return to.
 */
export function FormDialog({
  trigger,
  triggerContext,
  title,
  submit,
  blockedBy,
  problem,
  onSubmit,
  done,
  onOpen,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const reasonId = useId();
  const changeOpen = (next: boolean) => {
    if (next && blockedBy) return;
    if (next) onOpen?.();
    setOpen(next);
  };
  const send = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    if (!(await onSubmit().finally(() => setSending(false)))) return;
    announce(done);
    setOpen(false);
  };
  return (
    <div className="committee-action">
      <DialogTrigger isOpen={open} onOpenChange={changeOpen}>
        <Button
          className="button"
          aria-disabled={blockedBy ? true : undefined}
          aria-describedby={blockedBy ? reasonId : undefined}
        >
          {trigger}
          {triggerContext && <span className="visually-hidden"> ({triggerContext})</span>}
        </Button>
        <Modal className="modal" isDismissable>
          <Dialog className="dialog">
            <Heading slot="title">{title}</Heading>
            <form onSubmit={send} noValidate className="committee-form">
              {children}
              {problem && <p role="alert">{problem}</p>}
              <div className="dialog-buttons">
                <Button type="submit" className="button primary" isPending={sending}>
                  {submit}
                </Button>
                <Button className="button" onPress={() => setOpen(false)}>
                  {t('committee.cancel')}
                </Button>
              </div>
            </form>
          </Dialog>
        </Modal>
      </DialogTrigger>
      {blockedBy && (
        <p id={reasonId} className="committee-blocked">
          {blockedBy}
        </p>
      )}
    </div>
  );
}
