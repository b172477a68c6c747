import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { PublicNameDialog } from '../people/public-name-dialog';
import { useAnnounce } from '../announcer';
import { graphql } from '../gql';
import { useDepartmentDirectory } from '../departments/use-department-directory';
import { personRole } from './person-name';
import { Person, useSession } from './session';
import { SignInDialog } from './sign-in-dialog';

/** The names the platform keeps: the person's public one, their organizations'. A token carries only ids. */
const NAMES = graphql(`
  query SessionNames {
    me {
      displayName
      memberOf {
        id
        name
      }
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
  const [{ data }, refetch] = useQuery({ query: NAMES });
  const displayName = data?.me?.displayName ?? null;
  // without a public name, a person is their role here, never their account id
  const name =
    displayName ?? (person.roles[0] ? t(`session.roles.${person.roles[0]}`) : t('people.nameless.citizen'));
  const organizationName = (id: string) => data?.me?.memberOf.find((org) => org.id === id)?.name ?? id;
  const { nameOf } = useDepartmentDirectory();
  return (
    <>
      <p className="who">
        <span className="avatar" aria-hidden="true">
          {name.slice(0, 1).toUpperCase()}
        </span>
        <span className="who-lines">
          <span className="who-name">{t('session.signedInAs', { name })}</span>
          <span className="who-role">{personRole(t, person, organizationName, nameOf)}</span>
        </span>
      </p>
      <PublicNameDialog
        subject={person.subject}
        current={displayName}
        onChosen={() => refetch({ requestPolicy: 'network-only' })}
      />
    </>
  );
}
