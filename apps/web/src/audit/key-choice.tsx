import { FormEvent, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ed25519SpkiOfPem } from '@hyeopchi/audit/portable';
import { TextBox } from '../forms/form-field';
import { useFormProblems } from '../forms/use-form-problems';

interface Props {
  /** The key this platform serves, as it names it. */
  served: { name: string; keyId: string };
  /** The key the auditor gave (PEM), when they gave one. */
  given: string | null;
  onGive: (publicKeyPem: string | null) => void;
}

/**
 * Which key the signature is checked with: the one this platform serves, or one the auditor pastes from where the
 * city publishes it, so that the check does not rest on the platform's word about its own key.
 */
export function KeyChoice({ served, given, onGive }: Props) {
  const { t } = useTranslation();
  const { form, problem, check } = useFormProblems<'publicKey'>('audit.verify.ownKey.problems');
  const checkButton = useRef<HTMLButtonElement>(null);
  // the button that goes back to the served key goes with it: the keyboard stays in the form
  const useServed = () => {
    onGive(null);
    checkButton.current?.focus();
  };
  const give = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const pem = String(new FormData(event.currentTarget).get('publicKey') ?? '').trim();
    if (!check(ed25519SpkiOfPem(pem) ? {} : { publicKey: pem ? 'notAKey' : 'missing' })) return;
    onGive(pem);
  };
  return (
    <>
      <p>
        {given
          ? t('audit.verify.ownKey.using', { name: served.name })
          : t('audit.verify.key', { name: served.name, keyId: served.keyId })}
      </p>
      <details className="key-choice">
        <summary>{t('audit.verify.ownKey.open')}</summary>
        <form ref={form} onSubmit={give} noValidate>
          <TextBox
            name="publicKey"
            label={t('audit.verify.ownKey.label')}
            hint={t('audit.verify.ownKey.hint')}
            problem={problem('publicKey')}
            rows={4}
            spellCheck={false}
            className="key-text"
          />
          <div className="actions">
            <button type="submit" className="button" ref={checkButton}>
              {t('audit.verify.ownKey.check')}
            </button>
            {given && (
              <button type="button" className="button" onClick={useServed}>
                {t('audit.verify.ownKey.useServed')}
              </button>
            )}
          </div>
        </form>
      </details>
    </>
  );
}
