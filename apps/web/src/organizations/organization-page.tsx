import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useAnnounce } from '../announcer';
import { placeName } from '../districts/district-names';
import { RefusalAlert } from '../forms/refusal-alert';
import { outcomeOf } from '../forms/refusal';
import { useRefusal } from '../forms/use-refusal';
import { graphql } from '../gql';
import { PROPOSERS } from '../proposals/proposers';
import { hasRole, useSession } from '../session/session';
import { VerificationFacts, VerifiedChip } from './verification';

const ORGANIZATION = graphql(`
  query OrganizationPage($id: String!) {
    organization(id: $id) {
      id
      name
      verified
      verificationNote
      verifiedAt
      verifier {
        displayName
        role
      }
      verificationRevokedReason
      verificationRevokedAt
      district
      districtInDirectory {
        nameKo
        nameEn
      }
      members {
        memberId
        role
      }
    }
  }
`);

const REQUEST = graphql(`
  mutation RequestMembership($input: RequestMembershipInput!) {
    requestMembership(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

const LEAVE = graphql(`
  mutation LeaveOrganization($input: LeaveOrganizationInput!) {
    leaveOrganization(input: $input) {
      __typename
      ...CommandRefusal
    }
  }
`);

/** An organization: what it is, how many belong to it, and, for the signed-in person, asking to join or leaving. */
export function OrganizationPage({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const [{ data, fetching, error }, refetch] = useQuery({ query: ORGANIZATION, variables: { id } });
  const organization = data?.organization;
  useEffect(() => {
    document.title = t('organizations.page.pageTitle', { name: organization?.name ?? id });
  }, [t, organization?.name, id]);
  if (fetching && !data) return <p role="status">{t('organizations.page.loading')}</p>;
  if (error) return <p role="alert">{t('organizations.page.failed', { message: error.message })}</p>;
  if (!organization) return <h1>{t('organizations.page.notFound')}</h1>;
  const admins = organization.members.filter((member) => member.role === 'cso_admin').length;
  return (
    <>
      <h1>{organization.name}</h1>
      <p>
        <VerifiedChip verified={organization.verified} />
      </p>
      <VerificationFacts organization={organization} />
      <dl className="facts">
        <dt>{t('organizations.district')}</dt>
        <dd>{placeName(organization, i18n.language)}</dd>
        <dt>{t('organizations.page.members')}</dt>
        <dd>{t('organizations.page.memberCount', { count: organization.members.length, admins })}</dd>
      </dl>
      <Membership organization={organization} onChanged={() => refetch({ requestPolicy: 'network-only' })} />
    </>
  );
}

function Membership({
  organization,
  onChanged,
}: {
  organization: { id: string; name: string; members: { memberId: string; role: string }[] };
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const { session } = useSession();
  const [requesting, request] = useMutation(REQUEST);
  const [leaving, leave] = useMutation(LEAVE);
  const { refusal, setRefusal, accepted } = useRefusal();
  if (!session) return <p>{t('organizations.page.signIn')}</p>;
  if (!hasRole(session.person, ...PROPOSERS)) return null;
  const me = session.person.subject;
  const membership = organization.members.find((member) => member.memberId === me);
  const send = async (
    result: Promise<{ data?: object; error?: { message: string } }>,
    done: string,
  ): Promise<void> => {
    setRefusal(null);
    const { data, error } = await result;
    if (!accepted(outcomeOf(data), error)) return;
    announce(done);
    onChanged();
  };
  const input = { organizationId: organization.id };
  return (
    <section aria-labelledby="membership">
      <h2 id="membership">{t('organizations.page.membership')}</h2>
      {membership ? (
        <>
          <p>{t(`organizations.page.youAre.${membership.role === 'cso_admin' ? 'admin' : 'member'}`)}</p>
          <div className="actions">
            <button
              type="button"
              className="button"
              onClick={() =>
                !leaving.fetching &&
                send(
                  leave({ input: { ...input, memberId: me } }),
                  t('organizations.page.left', { name: organization.name }),
                )
              }
            >
              {t('organizations.page.leave')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t('organizations.page.joinIntro')}</p>
          <div className="actions">
            <button
              type="button"
              className="button primary"
              onClick={() =>
                !requesting.fetching &&
                send(request({ input }), t('organizations.page.requested', { name: organization.name }))
              }
            >
              {t('organizations.page.join')}
            </button>
          </div>
        </>
      )}
      <RefusalAlert refusal={refusal} prefix="organizations.page.refusals" />
    </section>
  );
}
