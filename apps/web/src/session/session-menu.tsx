import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useAnnounce } from '../announcer';
import { personName } from './person-name';
import { useSession } from './session';
import { SignInDialog } from './sign-in-dialog';

/** Who is signed in, and the way to sign in or out. */
export function SessionMenu() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const announce = useAnnounce();
  if (!session) return <SignInDialog />;
  return (
    <div className="session">
      <span>{t('session.signedInAs', { name: personName(t, session.person) })}</span>{' '}
      <Button
        className="button"
        onPress={() => {
          signOut();
          announce(t('session.signedOut'));
        }}
      >
        {t('session.signOut')}
      </Button>
    </div>
  );
}
