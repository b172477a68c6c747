import { DATABASE, Database } from '@hyeopchi/event-infrastructure';
import { loadConfiguration } from '@hyeopchi/config';
import { CONTEXTS } from '@hyeopchi/context-names';
import { GatewayModule } from '@hyeopchi/gateway';
import { Identity, ROLES, Role } from '@hyeopchi/identity';
import { CommandDispatcher } from '@hyeopchi/command-processing';
import { TestClock, startInProcessForTest } from '@hyeopchi/command-processing/testing';
import { ALL_COMMANDS, allServices, registerDemoDepartments } from '@hyeopchi/platform';
import { Started, eventually, freshDatabase, testDatabaseUrl, testToken } from '@hyeopchi/testing';
import { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { AddressInfo } from 'node:net';
import { z } from 'zod';

const PEOPLE: Role[] = ['citizen', 'cso_member', 'cso_admin'];
const OFFICERS: Role[] = ['department_officer', 'department_head'];
const MEMBERS: Role[] = ['committee_member', 'committee_chair'];

/** Who may send each mutation, written out: the specification the gateway is held to. */
const ALLOWED: Readonly<Record<string, Role[]>> = {
  registerOrganization: PEOPLE,
  verifyOrganization: ['admin', 'secretariat'],
  revokeOrganizationVerification: ['admin', 'secretariat'],
  renameOrganization: PEOPLE,
  // within these roles, the organization's own records decide: its administrators add members and answer requests
  joinOrganization: PEOPLE,
  leaveOrganization: PEOPLE,
  requestMembership: PEOPLE,
  approveMembership: PEOPLE,
  declineMembership: PEOPLE,
  withdrawMembershipRequest: PEOPLE,
  adoptThresholdPolicy: ['admin', 'secretariat'],
  createCouncil: ['admin', 'secretariat'],
  draftProposal: PEOPLE,
  editProposal: PEOPLE,
  submitProposal: PEOPLE,
  supportProposal: PEOPLE,
  withdrawSupport: PEOPLE,
  amendProposal: PEOPLE,
  withdrawProposal: PEOPLE,
  recordForumParticipation: ['secretariat'],
  assignOfficer: ['department_head'],
  giveInterimAnswer: OFFICERS,
  answerReview: OFFICERS,
  planImplementation: OFFICERS,
  completeMilestone: OFFICERS,
  reportProgress: OFFICERS,
  completeImplementation: OFFICERS,
  stallImplementation: OFFICERS,
  appointMember: ['admin', 'secretariat'],
  removeMember: ['admin', 'secretariat'],
  designateCoChairs: ['admin', 'secretariat'],
  scheduleSession: ['committee_chair', 'secretariat'],
  addAgendaItem: ['committee_chair', 'secretariat'],
  recordAttendance: ['committee_chair', 'secretariat'],
  publishMinutes: ['committee_chair', 'secretariat'],
  declareConflict: MEMBERS,
  proposeMotion: MEMBERS,
  castVote: MEMBERS,
  recordDecision: ['committee_chair'],
  adoptMasterPlan: ['admin', 'secretariat'],
  defineStrategy: ['admin', 'secretariat'],
  definePolicy: ['admin', 'secretariat'],
  recordPendingIssue: ['admin', 'secretariat'],
  defineIndicator: ['admin', 'secretariat'],
  recordIndicatorMeasurement: ['admin', 'secretariat'],
  retireIndicator: ['admin', 'secretariat'],
  giveFeedback: PEOPLE,
  openSurvey: ['admin', 'secretariat'],
  closeSurvey: ['admin', 'secretariat'],
  answerSurvey: [...PEOPLE, ...OFFICERS, ...MEMBERS, 'secretariat'],
  // everyone signed in, for themselves only
  choosePublicName: [...ROLES],
};

/** Data of the right shape for a command: enough for it to reach its service, whatever its rules say then. */
function sampleOf(schema: z.ZodTypeAny, field = ''): unknown {
  if (schema instanceof z.ZodNullable) return null;
  if (schema instanceof z.ZodOptional) return sampleOf(schema.unwrap(), field);
  // a field left to its default acts where an older caller does: the city's space
  if (schema instanceof z.ZodDefault) return schema._def.defaultValue();
  if (schema instanceof z.ZodString) {
    if (schema.isDatetime) return '2027-01-01T00:00:00Z';
    return field === 'department' ? 'parks' : 'sample-1';
  }
  if (schema instanceof z.ZodNumber) return 1;
  if (schema instanceof z.ZodBoolean) return true;
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodArray) return [sampleOf(schema.element, field)];
  if (schema instanceof z.ZodTuple) return schema.items.map((item: z.ZodTypeAny) => sampleOf(item, field));
  if (schema instanceof z.ZodObject) {
    return Object.fromEntries(
      Object.entries(schema.shape as z.ZodRawShape).map(([name, inner]) => [name, sampleOf(inner, name)]),
    );
  }
  throw new Error(`no sample for ${schema.constructor.name}`);
}

const MUTATIONS = ALL_COMMANDS.map(({ type, schema }) => ({
  type,
  mutation: type.charAt(0).toLowerCase() + type.slice(1),
  input: sampleOf(schema),
})).filter(({ mutation }) => mutation in ALLOWED);

const secret = 'an-authorization-matrix-secret-of-32-characters';
const identityFor = (role: Role): Identity => ({
  subject: `someone-${role}`,
  roles: [role],
  organizations: [],
  departments: OFFICERS.includes(role) ? ['parks'] : [],
  onCommittee: MEMBERS.includes(role),
});

/** Every mutation × every role through the real HTTP server: allowed ones reach their service, others write nothing. */
describe('the authorization matrix', () => {
  let database: Started<string>;
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    database = await freshDatabase(testDatabaseUrl(), `hyeopchi_matrix_${randomBytes(4).toString('hex')}`);
    const config = loadConfiguration({ DATABASE_URL: database.value, JWT_SECRET: secret });
    app = await startInProcessForTest(allServices(config), config, new TestClock(), [
      GatewayModule.inProcess(),
    ]);
    await app.listen(0, '127.0.0.1');
    url = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/graphql`;
    await registerDemoDepartments((request) => app.get(CommandDispatcher).dispatch(request));
    // an implementation of the department "parks", so its officers' implementation commands have a subject
    const requested = await app.get(CommandDispatcher).dispatch({
      type: 'RequestImplementation',
      actor: 'platform',
      data: {
        implementationId: 'sample-1',
        proposalId: 'sample-1',
        department: 'parks',
        decisionId: 'sample-1',
      },
    });
    expect(requested.ok).toBe(true);
    // seats for the committee roles: the gateway checks the roster, not the token's claim
    for (const role of MEMBERS) {
      const appointed = await app.get(CommandDispatcher).dispatch({
        type: 'AppointMember',
        actor: 'admin',
        data: { memberId: identityFor(role).subject, name: role, sector: 'public' },
      });
      expect(appointed.ok).toBe(true);
    }
  });
  afterAll(async () => {
    await app?.close();
    await database?.stop();
  });

  /** The sample, as the caller would send it about themselves: their own member or person id and sector. */
  const asSentBy = (input: unknown, role?: Role) => {
    const own = { ...(input as Record<string, unknown>) };
    if (role && 'memberId' in own) own.memberId = identityFor(role).subject;
    if (role && 'personId' in own) own.personId = identityFor(role).subject;
    if (role && 'sector' in own) own.sector = PEOPLE.includes(role) ? 'private' : 'public';
    return own;
  };
  const send = (mutation: string, type: string, input: unknown, role?: Role) =>
    sendAsIs(mutation, type, asSentBy(input, role), role);
  const sendAsIs = async (mutation: string, type: string, input: unknown, role?: Role) => {
    const response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(role
          ? {
              authorization: `Bearer ${testToken(identityFor(role), secret)}`,
            }
          : {}),
      },
      body: JSON.stringify({
        query: `mutation ($input: ${type}Input!) { ${mutation}(input: $input) {
          __typename ... on CommandRefused { code message } } }`,
        variables: { input },
      }),
    });
    const body = (await response.json()) as { data?: Record<string, { __typename: string; code?: string }> };
    if (!body.data) throw new Error(`${mutation} as ${role}: ${JSON.stringify(body)}`);
    return body.data[mutation];
  };
  /** Every committed event, counted in the tables: reading through the stores may lag behind commits. */
  const eventsWritten = async () => {
    const { pool } = app.get<Database>(DATABASE);
    const counts = await Promise.all(
      CONTEXTS.map(async (context) => {
        const { rows } = await pool.query<{ count: string }>(`SELECT count(*) FROM ${context}.events`);
        return Number(rows[0].count);
      }),
    );
    return counts.reduce((sum, count) => sum + count, 0);
  };

  it('covers every command people may send', () => {
    expect(MUTATIONS.map(({ mutation }) => mutation).sort()).toEqual(Object.keys(ALLOWED).sort());
  });

  it('refuses every mutation to the wrong roles and to nobody, and writes nothing', async () => {
    const before = await eventsWritten();
    for (const { mutation, type, input } of MUTATIONS) {
      expect({ mutation, result: await send(mutation, type, input) }).toMatchObject({
        mutation,
        result: { code: 'UNAUTHENTICATED' },
      });
      for (const role of ROLES.filter((role) => !ALLOWED[mutation].includes(role))) {
        expect({ mutation, role, result: await send(mutation, type, input, role) }).toMatchObject({
          mutation,
          role,
          result: { code: 'FORBIDDEN' },
        });
      }
    }
    expect(await eventsWritten()).toBe(before);
  });

  it('lets every allowed role reach the service that owns the command', async () => {
    for (const { mutation, type, input } of MUTATIONS) {
      for (const role of ALLOWED[mutation]) {
        const result = await send(mutation, type, input, role);
        expect({ mutation, role, code: result.code }).not.toMatchObject({
          code: expect.stringMatching(/^(FORBIDDEN|UNAUTHENTICATED)$/),
        });
      }
    }
  });

  it('refuses what the caller may not do for others: another department, organization, member, person or sector; and a removed member', async () => {
    const draft = MUTATIONS.find(({ mutation }) => mutation === 'draftProposal')!;
    const forOrganization = { ...(draft.input as object), organizationId: 'not-mine' };
    expect(await send('draftProposal', 'DraftProposal', forOrganization, 'cso_admin')).toMatchObject({
      code: 'FORBIDDEN',
    });
    const conflict = MUTATIONS.find(({ mutation }) => mutation === 'declareConflict')!;
    const someoneElses = { ...(conflict.input as object), memberId: 'someone-committee_chair' };
    expect(
      await sendAsIs('declareConflict', 'DeclareConflict', someoneElses, 'committee_member'),
    ).toMatchObject({
      code: 'FORBIDDEN',
      message: 'members declare their own conflicts of interest only',
    });
    const naming = { personId: identityFor('citizen').subject, displayName: '시민 아님' };
    expect(await sendAsIs('choosePublicName', 'ChoosePublicName', naming, 'cso_admin')).toMatchObject({
      code: 'FORBIDDEN',
      message: 'people choose their own public name only',
    });
    const survey = MUTATIONS.find(({ mutation }) => mutation === 'answerSurvey')!;
    const claimedPublic = { ...(survey.input as object), sector: 'public' };
    expect(await sendAsIs('answerSurvey', 'AnswerSurvey', claimedPublic, 'citizen')).toMatchObject({
      code: 'FORBIDDEN',
    });
    const removed = await app.get(CommandDispatcher).dispatch({
      type: 'RemoveMember',
      actor: 'admin',
      data: { memberId: identityFor('committee_member').subject },
    });
    expect(removed.ok).toBe(true);
    await eventually(async () => {
      const vote = MUTATIONS.find(({ mutation }) => mutation === 'castVote')!;
      expect(await send('castVote', 'CastVote', vote.input, 'committee_member')).toMatchObject({
        code: 'FORBIDDEN',
        message: 'only committee members may do this',
      });
    }, 5_000);
    const answer = MUTATIONS.find(({ mutation }) => mutation === 'answerReview')!;
    const forAnother = { ...(answer.input as object), department: 'climate' };
    expect(await send('answerReview', 'AnswerReview', forAnother, 'department_officer')).toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
