import { loadConfiguration } from '@hyeopchi/config';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity, Role } from '@hyeopchi/identity';
import { COMMAND_SENDER, CommandDispatcher, CommandSender } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl, person, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { AddressInfo } from 'node:net';

const secret = 'a-committee-spaces-secret-of-at-least-32-characters';
const seated = (subject: string, roles: Role[]): Identity => person(subject, roles, { onCommittee: true });
const admin = person('admin', ['admin']);
const kim = person('kim', ['citizen']);
const mapoChair = seated('mapo-1', ['committee_chair']);
const cityChair = seated('city-1', ['committee_chair']);
/** A member of the city's committee, and of no other. */
const cityMember = seated('city-3', ['committee_member']);
const proposalId = 'mapo-shade';

interface DocketRead {
  proposalId: string;
  source: string;
  reference: string;
  space: { id: string };
  fromSpace: { id: string; kind: string; nameKo: string; nameEn: string } | null;
}

/**
 * Committees per space through GraphQL: Mapo-gu's committee refers a proposal up to the city's, which finds it on
 * its docket with where it came from and decides it; a seat is a seat on one space's committee.
 */
describe("each space's committee through GraphQL", () => {
  const clock = new TestClock();
  let database: Started<string>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_spaces_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, clock, [GatewayModule.inProcess()]);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    for (const [spaceId, members] of [
      ['Mapo-gu', ['mapo-1', 'mapo-2', 'mapo-3']],
      ['seoul', ['city-1', 'city-2', 'city-3']],
    ] as const) {
      for (const memberId of members) {
        await ok(admin, 'appointMember', { spaceId, memberId, name: memberId, sector: 'public' });
      }
      await ok(admin, 'designateCoChairs', { spaceId, coChairs: members.slice(0, 2) });
    }
    await ok(admin, 'adoptThresholdPolicy', {
      spaceId: 'Mapo-gu',
      supportWindowDays: 30,
      tiers: [{ tier: 'public_forum', measure: 'supports', threshold: 50 }],
    });
    await ok(kim, 'draftProposal', {
      proposalId,
      spaceId: 'Mapo-gu',
      title: 'Shade canopies',
      body: 'Shade in three parks before the summer heat.',
      serves: ['strategy-5'],
      departments: ['mapo-parks'],
      district: 'Mapo-gu',
      organizationId: null,
    });
    await ok(kim, 'submitProposal', { proposalId });
    // what the forum tier's process manager sends: nobody may send it from outside
    const docketed = await app.get<CommandSender>(COMMAND_SENDER).send('committee', {
      type: 'ProposeAgendaItem',
      data: { proposalId, spaceId: 'Mapo-gu', source: 'forum_tier', reference: proposalId },
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

  async function graphql<T>(identity: Identity | null, query: string, variables = {}): Promise<T> {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(identity ? { authorization: `Bearer ${testToken(identity, secret)}` } : {}),
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
  const docketOf = (spaceId: string) =>
    graphql<{ committeeDocket: DocketRead[] }>(
      null,
      `
        query ($spaceId: String!) {
          committeeDocket(spaceId: $spaceId) {
            proposalId
            source
            reference
            space {
              id
            }
            fromSpace {
              id
              kind
              nameKo
              nameEn
            }
          }
        }
      `,
      { spaceId },
    ).then((data) => data.committeeDocket);
  /** A session of the chair's space, with the proposal on its agenda and a motion carried by its two chairs. */
  async function carriedMotion(
    chair: Identity,
    sessionId: string,
    spaceId: string,
    { proposalId, source }: { proposalId: string; source: string },
  ) {
    const [first, second] = spaceId === 'seoul' ? ['city-1', 'city-2'] : ['mapo-1', 'mapo-2'];
    const item = { sessionId, itemId: 'item-1' };
    await ok(chair, 'scheduleSession', { sessionId, spaceId, scheduledFor: clock.now().toISOString() });
    await ok(chair, 'addAgendaItem', { ...item, proposalId, source });
    for (const memberId of [first, second]) {
      await ok(chair, 'recordAttendance', { sessionId, memberId, present: true });
    }
    await ok(chair, 'proposeMotion', { ...item, motionId: 'motion-1', text: 'Move it on.' });
    for (const memberId of [first, second]) {
      await ok(seated(memberId, ['committee_member']), 'castVote', {
        ...item,
        motionId: 'motion-1',
        vote: 'for',
      });
    }
    return item;
  }
  const decision = (item: object, decisionId: string, outcome: string) => ({
    ...item,
    decisionId,
    outcome,
    motionId: 'motion-1',
    rationale: 'A city-wide matter.',
    amendments: null,
    supersedes: null,
  });

  it("keeps each space's roster and sessions apart", async () => {
    const members = (spaceId: string) =>
      graphql<{ committeeMembers: { id: string; coChair: boolean }[] }>(
        null,
        `
          query ($spaceId: String!) {
            committeeMembers(spaceId: $spaceId) {
              id
              coChair
            }
          }
        `,
        { spaceId },
      ).then((data) => data.committeeMembers.map(({ id }) => id));
    expect(await members('Mapo-gu')).toEqual(['mapo-1', 'mapo-2', 'mapo-3']);
    expect(
      (await graphql<{ committeeMembers: { id: string }[] }>(null, '{ committeeMembers { id } }'))
        .committeeMembers,
    ).toEqual([{ id: 'city-1' }, { id: 'city-2' }, { id: 'city-3' }]);
    // a chair of the city's committee holds no chair seat on Mapo-gu's
    expect(
      await send(cityChair, 'scheduleSession', {
        sessionId: 'not-yours',
        spaceId: 'Mapo-gu',
        scheduledFor: clock.now().toISOString(),
      }),
    ).toMatchObject({ code: 'NOT_CHAIR' });
    expect(
      await send(admin, 'appointMember', {
        spaceId: 'no-such-council',
        memberId: 'x',
        name: 'x',
        sector: 'public',
      }),
    ).toMatchObject({ code: 'UNKNOWN_SPACE' });
  });

  it("refers a proposal from Mapo-gu's committee up to the city's, whose docket says where it came from", async () => {
    const sessionId = 'mapo-session';
    await ok(mapoChair, 'scheduleSession', {
      sessionId,
      spaceId: 'Mapo-gu',
      scheduledFor: clock.now().toISOString(),
    });
    // the city's docket does not hold it yet: Mapo-gu's session takes only what Mapo-gu's docket holds
    expect(
      await send(mapoChair, 'addAgendaItem', {
        sessionId,
        itemId: 'item-0',
        proposalId,
        source: 'district_referral',
      }),
    ).toMatchObject({ code: 'NOT_ON_DOCKET' });
    const item = { sessionId, itemId: 'item-1' };
    await ok(mapoChair, 'addAgendaItem', { ...item, proposalId, source: 'forum_tier' });
    for (const memberId of ['mapo-1', 'mapo-2']) {
      await ok(mapoChair, 'recordAttendance', { sessionId, memberId, present: true });
    }
    await ok(mapoChair, 'proposeMotion', { ...item, motionId: 'motion-1', text: 'Refer it to the city.' });
    // a member of the city's committee is no member of Mapo-gu's
    expect(await send(cityMember, 'castVote', { ...item, motionId: 'motion-1', vote: 'for' })).toMatchObject({
      __typename: 'CommandRefused',
      code: 'FORBIDDEN',
    });
    for (const memberId of ['mapo-1', 'mapo-2']) {
      await ok(seated(memberId, ['committee_member']), 'castVote', {
        ...item,
        motionId: 'motion-1',
        vote: 'for',
      });
    }
    await ok(mapoChair, 'recordDecision', decision(item, 'mapo-decision', 'refer_to_city'));

    const cityDocket = await eventually(async () => {
      const docket = await docketOf('seoul');
      expect(docket).toHaveLength(1);
      return docket;
    }, 20_000);
    expect(cityDocket).toEqual([
      {
        proposalId,
        source: 'district_referral',
        reference: 'mapo-decision',
        space: { id: 'seoul' },
        fromSpace: { id: 'Mapo-gu', kind: 'district', nameKo: '마포구', nameEn: 'Mapo-gu' },
      },
    ]);
    expect(await docketOf('Mapo-gu')).toMatchObject([{ source: 'forum_tier', fromSpace: null }]);
    const { proposal } = await graphql<{ proposal: { timeline: { step: string; detail: string | null }[] } }>(
      null,
      `{ proposal(id: "${proposalId}") { timeline { step detail } } }`,
    );
    expect(proposal.timeline).toContainEqual({ step: 'proposal.referred', detail: 'Mapo-gu' });
    const { committeeSessions } = await graphql<{ committeeSessions: object[] }>(
      null,
      `
        {
          committeeSessions(spaceId: "Mapo-gu") {
            id
            space {
              id
              kind
              nameKo
              nameEn
            }
            agenda {
              decision {
                outcome
                toSpace {
                  id
                }
              }
            }
          }
        }
      `,
    );
    expect(committeeSessions).toEqual([
      {
        id: sessionId,
        space: { id: 'Mapo-gu', kind: 'district', nameKo: '마포구', nameEn: 'Mapo-gu' },
        agenda: [{ decision: { outcome: 'refer_to_city', toSpace: { id: 'seoul' } } }],
      },
    ]);
  });

  it("has the city's committee decide the referred proposal, and refuses a referral in the city's session", async () => {
    const item = await carriedMotion(cityChair, 'city-session', 'seoul', {
      proposalId,
      source: 'district_referral',
    });

    expect(
      await send(cityChair, 'recordDecision', decision(item, 'city-refers', 'refer_to_city')),
    ).toMatchObject({
      code: 'INVALID_REFERRAL',
    });
    await ok(cityChair, 'recordDecision', decision(item, 'city-adopts', 'adopt'));

    const { committeeSession } = await graphql<{ committeeSession: object }>(
      null,
      '{ committeeSession(id: "city-session") { space { id } agenda { source decision { decisionId outcome toSpace { id } } } } }',
    );
    expect(committeeSession).toEqual({
      space: { id: 'seoul' },
      agenda: [
        {
          source: 'district_referral',
          decision: { decisionId: 'city-adopts', outcome: 'adopt', toSpace: null },
        },
      ],
    });
  });

  it("delegates a city proposal down to Mapo-gu's committee, which finds it on its docket from the city", async () => {
    const cityProposal = 'city-bike-lanes';
    await ok(admin, 'adoptThresholdPolicy', {
      supportWindowDays: 30,
      tiers: [{ tier: 'public_forum', measure: 'supports', threshold: 50 }],
    });
    await ok(kim, 'draftProposal', {
      proposalId: cityProposal,
      title: 'Bike lanes',
      body: 'Protected bike lanes along the river.',
      serves: ['strategy-5'],
      departments: ['transport'],
      district: 'Mapo-gu',
      organizationId: null,
    });
    await ok(kim, 'submitProposal', { proposalId: cityProposal });
    const docketed = await app.get<CommandSender>(COMMAND_SENDER).send('committee', {
      type: 'ProposeAgendaItem',
      data: { proposalId: cityProposal, source: 'forum_tier', reference: cityProposal },
      actor: 'platform',
      role: 'platform',
      commandId: randomUUID(),
    });
    expect(docketed.ok).toBe(true);
    const item = await carriedMotion(cityChair, 'city-session-2', 'seoul', {
      proposalId: cityProposal,
      source: 'forum_tier',
    });

    await ok(cityChair, 'recordDecision', {
      ...decision(item, 'city-delegates', 'delegate_to_district'),
      delegateTo: 'Mapo-gu',
    });

    await eventually(async () =>
      expect(await docketOf('Mapo-gu')).toContainEqual({
        proposalId: cityProposal,
        source: 'city_delegation',
        reference: 'city-delegates',
        space: { id: 'Mapo-gu' },
        fromSpace: { id: 'seoul', kind: 'city', nameKo: '서울특별시', nameEn: 'Seoul' },
      }),
    );
    const { proposal } = await graphql<{ proposal: { timeline: { step: string; detail: string | null }[] } }>(
      null,
      `{ proposal(id: "${cityProposal}") { timeline { step detail } } }`,
    );
    expect(proposal.timeline).toContainEqual({ step: 'proposal.delegated', detail: 'Mapo-gu' });
  });
});
