import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity } from '@hyeopchi/identity';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, freshDatabase, person, proposalDraft, testDatabaseUrl, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';

const secret = 'a-membership-test-secret-of-at-least-32-characters';
const admin = person('admin', ['admin']);
const kim = person('kim', ['cso_admin']);
// the token claims membership: only the organization's own records count
const park = person('park', ['citizen'], { organizations: ['mapo'] });
const choi = person('choi', ['cso_member']);
const auditor = person('auditor-1', ['auditor']);

interface Result {
  __typename: 'CommandAccepted' | 'CommandRefused';
  code?: string;
  message?: string;
}

/** Joining an organization, and acting in its name, through the real HTTP gateway and the civic service. */
describe('joining an organization through GraphQL', () => {
  let database: Started<string>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_joining_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.listen(0, '127.0.0.1');
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const graphql = async (identity: Identity | null, query: string, variables: object = {}) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity ? { authorization: `Bearer ${testToken(identity, secret)}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: { message: string; extensions?: { code?: string } }[];
    };
  };
  const command = async (identity: Identity, mutation: string, input: object): Promise<Result> => {
    const type = mutation.charAt(0).toUpperCase() + mutation.slice(1);
    const body = await graphql(
      identity,
      `mutation ($input: ${type}Input!) { ${mutation}(input: $input) {
        __typename ... on CommandRefused { code message } } }`,
      { input },
    );
    if (!body.data) throw new Error(`${mutation}: ${JSON.stringify(body)}`);
    return body.data[mutation] as Result;
  };
  const accepted = async (identity: Identity, mutation: string, input: object) =>
    expect(await command(identity, mutation, input)).toEqual({ __typename: 'CommandAccepted' });
  const refused = async (identity: Identity, mutation: string, input: object) =>
    (await command(identity, mutation, input)).code;
  const draft = (proposalId: string) => proposalDraft(proposalId, 'mapo');
  // the requester as anyone may see them: park chose no public name, so a citizen
  const PARK_PENDING = [
    { requesterId: 'park', requester: { displayName: null, role: 'citizen' }, status: 'pending' },
  ];
  const pendingAtMapo = async (identity: Identity | null) => {
    const body = await graphql(
      identity,
      '{ organization(id: "mapo") { membershipRequests { requesterId requester { displayName role } status } } }',
    );
    const organization = body.data?.organization as { membershipRequests: unknown[] } | null | undefined;
    return organization?.membershipRequests ?? body.errors?.map((error) => error.extensions?.code);
  };
  const myRequests = async (identity: Identity) =>
    (
      await graphql(
        identity,
        '{ me { memberOf { id } membershipRequests { organizationId status answeredBy declinedReason } } }',
      )
    ).data?.me;

  beforeAll(async () => {
    await accepted(admin, 'adoptThresholdPolicy', {
      supportWindowDays: 30,
      tiers: [{ tier: 'department_answer', measure: 'supports', threshold: 3 }],
    });
    await accepted(kim, 'registerOrganization', {
      organizationId: 'mapo',
      name: 'Mapo network',
      district: 'Mapo-gu',
    });
  });

  it('takes a stranger in only once an administrator approved their request, and then lets them draft for it', async () => {
    expect(
      await refused(park, 'joinOrganization', {
        organizationId: 'mapo',
        memberId: 'park',
        role: 'cso_member',
      }),
    ).toBe('NOT_ORGANIZATION_ADMIN');

    await accepted(park, 'requestMembership', { organizationId: 'mapo' });
    expect(await refused(park, 'requestMembership', { organizationId: 'mapo' })).toBe(
      'MEMBERSHIP_ALREADY_REQUESTED',
    );
    expect(await refused(park, 'draftProposal', draft('p-pending'))).toBe('FORBIDDEN');
    expect(await myRequests(park)).toEqual({
      memberOf: [],
      membershipRequests: [
        { organizationId: 'mapo', status: 'pending', answeredBy: null, declinedReason: null },
      ],
    });
    expect(await pendingAtMapo(kim)).toEqual(PARK_PENDING);
    expect(await pendingAtMapo(park)).toEqual(['FORBIDDEN']);
    expect(await pendingAtMapo(null)).toEqual(['FORBIDDEN']);
    expect(await pendingAtMapo(admin)).toEqual(['FORBIDDEN']);
    expect(await pendingAtMapo(auditor)).toEqual(PARK_PENDING);

    expect(await refused(park, 'approveMembership', { organizationId: 'mapo', requesterId: 'park' })).toBe(
      'NOT_ORGANIZATION_ADMIN',
    );
    await accepted(kim, 'declineMembership', {
      organizationId: 'mapo',
      requesterId: 'park',
      reason: 'We meet in Mapo-gu only',
    });
    expect(await myRequests(park)).toEqual({
      memberOf: [],
      membershipRequests: [
        {
          organizationId: 'mapo',
          status: 'declined',
          answeredBy: 'kim',
          declinedReason: 'We meet in Mapo-gu only',
        },
      ],
    });
    expect(await pendingAtMapo(kim)).toEqual([]);
    expect(await refused(park, 'draftProposal', draft('p-declined'))).toBe('FORBIDDEN');

    await accepted(park, 'requestMembership', { organizationId: 'mapo' });
    await accepted(kim, 'approveMembership', { organizationId: 'mapo', requesterId: 'park' });
    expect(await myRequests(park)).toEqual({
      memberOf: [{ id: 'mapo' }],
      membershipRequests: [
        { organizationId: 'mapo', status: 'approved', answeredBy: 'kim', declinedReason: null },
      ],
    });
    await accepted(park, 'draftProposal', draft('p-member'));
    await accepted(park, 'submitProposal', { proposalId: 'p-member' });
  });

  it("refuses edits and submissions in the organization's name once the author is no longer a member", async () => {
    await accepted(choi, 'requestMembership', { organizationId: 'mapo' });
    await accepted(kim, 'approveMembership', { organizationId: 'mapo', requesterId: 'choi' });
    await accepted(choi, 'draftProposal', draft('p-left'));
    await accepted(choi, 'leaveOrganization', { organizationId: 'mapo', memberId: 'choi' });

    // the gateway cannot tell whom an edit speaks for; the civic service reads the organization's events
    const { organizationId: _mapo, ...content } = draft('p-left');
    expect(await refused(choi, 'editProposal', content)).toBe('NOT_ORGANIZATION_MEMBER');
    expect(await refused(choi, 'submitProposal', { proposalId: 'p-left' })).toBe('NOT_ORGANIZATION_MEMBER');
  });

  it('lets a requester withdraw their request while it awaits an answer', async () => {
    await accepted(choi, 'requestMembership', { organizationId: 'mapo' });
    await accepted(choi, 'withdrawMembershipRequest', { organizationId: 'mapo' });
    expect(await refused(kim, 'approveMembership', { organizationId: 'mapo', requesterId: 'choi' })).toBe(
      'NO_MEMBERSHIP_REQUEST',
    );
    expect(await myRequests(choi)).toMatchObject({
      memberOf: [],
      membershipRequests: [{ organizationId: 'mapo', status: 'withdrawn', answeredBy: null }],
    });
  });
});
