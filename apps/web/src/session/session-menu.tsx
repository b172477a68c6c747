import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { personRole } from './person-name';
import { Person, useSession } from './session';
import { SignInDialog } from './sign-in-dialog';

/** The names the platform keeps: a committee member's, an organization's. A token carries only ids. */
const NAMES = graphql(`
  query SessionNames {
    me {
      memberOf {
        id
        name
      }
    }
    committeeMembers {
      id
      name
    }
  }
`);

/** Who is signed in, by name where the platform knows it, and the way to sign in or out. */
export function SessionMenu() {
  const { t } = useTranslation();
  const { session, signOut } = useSession();
  const announce = useAnnounce();
  if (!session) return <SignInDialog />;
  return (
    <div className="session">
      <SignedInPerson person={session.person} />
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

function SignedInPerson({ person }: { person: Person }) {
  const { t } = useTranslation();
  const [{ data }] = useQuery({ query: NAMES });
  const name = data?.committeeMembers.find((member) => member.id === person.subject)?.name ?? person.subject;
  const organizationName = (id: string) => data?.me?.memberOf.find((org) => org.id === id)?.name ?? id;
  return (
    <p className="who">
      <span className="avatar" aria-hidden="true">
        {name.slice(0, 1).toUpperCase()}
      </span>
      <span className="who-lines">
        <span className="who-name">{t('session.signedInAs', { name })}</span>
        <span className="who-role">{personRole(t, person, organizationName)}</span>
      </span>
    </p>
  );
}
