import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity, Role } from '@hyeopchi/identity';
import { COMMAND_SENDER, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl, person, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { createClient } from 'graphql-ws';
import { randomBytes, randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';
import WebSocket from 'ws';

const secret = 'a-committee-secret-of-at-least-32-characters';
const committeePerson = (subject: string, roles: Role[]): Identity =>
  person(subject, roles, { onCommittee: roles.some((role) => role.startsWith('committee_')) });
const admin = committeePerson('admin', ['admin']);
const chair = committeePerson('m-1', ['committee_chair']);
const member = (id: string) => committeePerson(id, ['committee_member']);
const ROSTER = ['m-1', 'm-2', 'm-3', 'm-4', 'm-5'];

interface MotionRead {
  motionId: string;
  sealed: boolean;
  tally: { for: number; against: number; abstain: number };
  yourVote: string | null;
  votingBlockedBy: string | null;
}
interface SessionRead {
  present: number;
  quorum: number;
  quorumMet: boolean;
  agenda: { itemId: string; motions: MotionRead[] }[];
}

/** What the committee session screen reads: quorum in numbers, a tally per motion, and what keeps each caller from voting. */
describe('a committee session through GraphQL', () => {
  const clock = new TestClock();
  let database: Started<string>;
  let app: INestApplication;
  let url: string;
  const sessionId = 'session-live';
  const item = { sessionId, itemId: 'item-1' };

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_committee_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, clock, [GatewayModule.inProcess()]);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    for (const memberId of ROSTER) {
      await ok(admin, 'appointMember', { memberId, name: memberId, sector: 'public' });
    }
    await ok(admin, 'designateCoChairs', { coChairs: ['m-1', 'm-2'] });
    // what the referral's process manager sends: nobody may send it from outside
    const docketed = await app.get<CommandSender>(COMMAND_SENDER).send('committee', {
      type: 'ProposeAgendaItem',
      data: { proposalId: 'p-1', source: 'department_referral', reference: 'review-1' },
      actor: 'platform',
      role: 'platform',
      commandId: randomUUID(),
    });
    expect(docketed.ok).toBe(true);
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  const tokenOf = (identity: Identity) => testToken(identity, secret);
  async function graphql<T>(identity: Identity | null, query: string, variables = {}): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity ? { authorization: `Bearer ${tokenOf(identity)}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: unknown[] };
    if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors ?? body));
    return body.data;
  }
  async function send(identity: Identity, mutation: string, input: object) {
    const type = mutation.charAt(0).toUpperCase() + mutation.slice(1);
    const data = await graphql<Record<string, { __typename: string; code?: string }>>(
      identity,
      `mutation ($input: ${type}Input!) { ${mutation}(input: $input) {
        __typename ... on CommandRefused { code message } } }`,
      { input },
    );
    return data[mutation];
  }
  async function ok(identity: Identity, mutation: string, input: object): Promise<void> {
    expect(await send(identity, mutation, input)).toEqual({ __typename: 'CommandAccepted' });
  }
  const session = (identity: Identity | null) =>
    graphql<{ committeeSession: SessionRead }>(
      identity,
      `
        query ($id: String!) {
          committeeSession(id: $id) {
            present
            quorum
            quorumMet
            agenda {
              itemId
              motions {
                motionId
                sealed
                tally {
                  for
                  against
                  abstain
                }
                yourVote
                votingBlockedBy
              }
            }
          }
        }
      `,
      { id: sessionId },
    ).then((data) => data.committeeSession);
  const motionAs = async (identity: Identity | null) => (await session(identity)).agenda[0].motions[0];
  const attend = (memberId: string) => ok(chair, 'recordAttendance', { sessionId, memberId, present: true });

  it("refuses a chair's token without a chair seat on the roster, and writes nothing", async () => {
    const unchaired = { sessionId: 'session-unchaired', scheduledFor: clock.now().toISOString() };
    for (const claimsTheChair of [
      committeePerson('m-3', ['committee_chair']), // a member's seat, not a chair's
      committeePerson('outsider', ['committee_chair']), // no seat at all
    ]) {
      expect(await send(claimsTheChair, 'scheduleSession', unchaired)).toMatchObject({ code: 'NOT_CHAIR' });
    }
    expect(await graphql(null, '{ committeeSession(id: "session-unchaired") { id } }')).toEqual({
      committeeSession: null,
    });
  });

  it('lists the docket, with the agenda items each entry became', async () => {
    const docket = () =>
      graphql<{ committeeDocket: object[] }>(
        null,
        '{ committeeDocket { proposalId source proposal { id } agendaItems { sessionId itemId } } }',
      ).then((data) => data.committeeDocket);
    // sent straight to the service, not through a mutation that waits for the read models
    await eventually(async () =>
      expect(await docket()).toEqual([
        { proposalId: 'p-1', source: 'department_referral', proposal: null, agendaItems: [] },
      ]),
    );

    await ok(chair, 'scheduleSession', { sessionId, scheduledFor: clock.now().toISOString() });
    await ok(chair, 'addAgendaItem', { ...item, proposalId: 'p-1', source: 'department_referral' });

    expect(await docket()).toEqual([
      { proposalId: 'p-1', source: 'department_referral', proposal: null, agendaItems: [item] },
    ]);
    expect(await graphql(null, '{ committeeSession(id: "no-such-session") { id } }')).toEqual({
      committeeSession: null,
    });
  });

  it('says who may vote, and why not, as the domain would refuse; counts the tally as it goes', async () => {
    await attend('m-1');
    await attend('m-2');
    await ok(chair, 'proposeMotion', { ...item, motionId: 'motion-1', text: 'Adopt it.' });
    expect(await session(chair)).toMatchObject({ present: 2, quorum: 3, quorumMet: false });
    expect(await motionAs(chair)).toMatchObject({ votingBlockedBy: 'QUORUM_NOT_MET', sealed: false });

    await attend('m-3');
    await ok(member('m-3'), 'declareConflict', { ...item, memberId: 'm-3', reason: 'My employer bids.' });
    expect(await session(chair)).toMatchObject({ present: 3, quorumMet: true });
    expect(await motionAs(chair)).toMatchObject({ votingBlockedBy: null, yourVote: null });
    expect((await motionAs(member('m-3'))).votingBlockedBy).toBe('MEMBER_RECUSED');
    expect((await motionAs(member('m-4'))).votingBlockedBy).toBe('MEMBER_NOT_PRESENT');
    expect((await motionAs(committeePerson('stranger', ['committee_member']))).votingBlockedBy).toBe(
      'NOT_ON_ROSTER',
    );
    expect((await motionAs(null)).votingBlockedBy).toBe('NOT_ON_ROSTER');

    await ok(chair, 'castVote', { ...item, motionId: 'motion-1', vote: 'for' });
    await ok(member('m-2'), 'castVote', { ...item, motionId: 'motion-1', vote: 'abstain' });
    expect(await motionAs(chair)).toMatchObject({
      tally: { for: 1, against: 0, abstain: 1 },
      yourVote: 'for',
      votingBlockedBy: 'ALREADY_VOTED',
    });
    expect((await motionAs(member('m-2'))).yourVote).toBe('abstain');
  });

  it('tells a subscriber of the session each change as it happens, and seals the motions a decision counted', async () => {
    const subscriber = createClient({
      url: url.replace('http', 'ws'),
      webSocketImpl: WebSocket,
      lazy: false,
    });
    const changes = subscriber.iterate<{ committeeSessionChanged: { id: string; present: number } }>({
      query: `subscription ($id: String!) { committeeSessionChanged(sessionId: $id) { id present } }`,
      variables: { id: sessionId },
    });
    try {
      const heard = changes.next();
      await new Promise((resolve) => setTimeout(resolve, 300)); // the subscription is in place
      await attend('m-4');
      expect((await heard).value).toEqual({
        data: { committeeSessionChanged: { id: sessionId, present: 4 } },
      });

      await ok(chair, 'recordDecision', {
        ...item,
        decisionId: 'decision-1',
        outcome: 'adopt',
        motionId: 'motion-1',
        rationale: 'More for than against.',
        amendments: null,
        supersedes: null,
      });
      expect(await motionAs(member('m-4'))).toMatchObject({
        sealed: true,
        votingBlockedBy: 'DECISION_SEALED',
      });
    } finally {
      await changes.return?.();
      await subscriber.dispose();
    }
  });
});
