import { loadConfiguration } from '@hyeopchi/config';
import { COMMAND_POLICY, Identity, ROLES, Role, mayCommand } from '@hyeopchi/identity';
import { allServices } from '@hyeopchi/platform';

const commandTypes = allServices(loadConfiguration({})).flatMap((service) =>
  service.routes.flatMap((route) => Object.keys(route.commands)),
);
const person = (role: Role, more: Partial<Identity> = {}): Identity => ({
  subject: `someone-${role}`,
  roles: [role],
  organizations: ['mapo'],
  departments: ['parks'],
  onCommittee: true,
  ...more,
});
const data = { department: 'parks', organizationId: 'mapo' };
const PEOPLE: Role[] = ['citizen', 'cso_member', 'cso_admin'];
/** What a person sends about themselves: their own member id and their own sector. */
const ownDataOf = (role: Role) => ({
  ...data,
  memberId: `someone-${role}`,
  sector: PEOPLE.includes(role) ? 'private' : 'public',
});

describe('who may send which command', () => {
  it('names every command of the services, except those only the platform sends', () => {
    const fromOutside = Object.keys(COMMAND_POLICY);
    expect(fromOutside.filter((type) => !commandTypes.includes(type))).toEqual([]);
    expect(commandTypes.filter((type) => !fromOutside.includes(type)).sort()).toEqual([
      'EscalateOverdueReview',
      'OpenFeedback',
      'OpenReview',
      'ProposeAgendaItem',
      'RecordAnswer',
      'RequestImplementation',
    ]);
  });

  it.each(ROLES)('lets %s send exactly the commands of its role', (role) => {
    for (const type of commandTypes) {
      const expected = COMMAND_POLICY[type]?.roles.includes(role) ?? false;
      const records = { committeeSeat: { sector: 'public' }, organizations: ['mapo'] };
      const allowed = mayCommand(person(role), { type, data: ownDataOf(role) }, records).allowed;
      expect([type, allowed]).toEqual([type, expected]);
    }
  });

  it('lets a member declare only their own conflict, and a respondent answer only for their own sector', () => {
    const member = person('committee_member');
    const conflict = (memberId: string) =>
      mayCommand(
        member,
        { type: 'DeclareConflict', data: { memberId } },
        { committeeSeat: { sector: 'private' } },
      );
    expect(conflict('someone-committee_member')).toEqual({ allowed: true });
    expect(conflict('someone-else')).toEqual({
      allowed: false,
      reason: 'members declare their own conflicts of interest only',
    });
    const answer = (role: Role, sector: string, committeeSeat: { sector: string } | null = null) =>
      mayCommand(person(role), { type: 'AnswerSurvey', data: { sector } }, { committeeSeat }).allowed;
    expect([answer('citizen', 'private'), answer('citizen', 'public')]).toEqual([true, false]);
    expect([answer('department_officer', 'public'), answer('department_officer', 'private')]).toEqual([
      true,
      false,
    ]);
    expect(answer('committee_member', 'private', { sector: 'private' })).toBe(true);
    expect(answer('committee_member', 'public', { sector: 'private' })).toBe(false);
  });

  it('takes a seat on the committee from the roster when the caller knows it, not from the token', () => {
    const claimsASeat = person('committee_member', { onCommittee: true });
    const vote = { type: 'CastVote', data: {} };
    expect(mayCommand(claimsASeat, vote, { committeeSeat: null }).allowed).toBe(false);
    expect(mayCommand(claimsASeat, vote, { committeeSeat: { sector: 'public' } }).allowed).toBe(true);
  });

  it("takes membership of an organization from the organization's records, never from the token", () => {
    const draft = { type: 'DraftProposal', data: { organizationId: 'mapo' } };
    const claimsMapo = person('cso_member', { organizations: ['mapo'] });
    expect(mayCommand(claimsMapo, draft)).toEqual({
      allowed: false,
      reason: 'only members of mapo may do this',
    });
    expect(mayCommand(claimsMapo, draft, { organizations: [] }).allowed).toBe(false);
    const claimsNothing = person('cso_member', { organizations: [] });
    expect(mayCommand(claimsNothing, draft, { organizations: ['mapo'] }).allowed).toBe(true);
  });

  it('lets people ask to join an organization and answer requests: the organization says whose answer counts', () => {
    const membership = [
      'RequestMembership',
      'ApproveMembership',
      'DeclineMembership',
      'WithdrawMembershipRequest',
    ];
    for (const type of membership) {
      expect([type, COMMAND_POLICY[type].roles]).toEqual([type, PEOPLE]);
      expect(mayCommand(person('auditor'), { type, data }).allowed).toBe(false);
    }
  });

  it('lets auditors read everything and change nothing', () => {
    expect(commandTypes.filter((type) => mayCommand(person('auditor'), { type, data }).allowed)).toEqual([]);
  });

  it.each([
    [
      'an officer of another department',
      person('department_officer', { departments: ['climate'] }),
      'AnswerReview',
      {},
    ],
    [
      'an officer when the department is unknown',
      person('department_officer'),
      'ReportProgress',
      { department: undefined },
    ],
    ['a chair not on the committee', person('committee_chair', { onCommittee: false }), 'CastVote', {}],
    [
      'a draft for an organization one is not in',
      person('cso_member', { organizations: [] }),
      'DraftProposal',
      {},
    ],
    ['an administrator opening a review', person('admin'), 'OpenReview', {}],
  ])('refuses %s, saying why', (_case, identity, type, overrides) => {
    const decision = mayCommand(identity, { type, data: { ...data, ...overrides } });
    expect(decision.allowed).toBe(false);
    expect(decision).toMatchObject({ reason: expect.stringMatching(/\w+ \w+/) });
  });

  it('takes the department of an implementation from its caller when the command does not name it', () => {
    const officer = person('department_officer');
    expect(
      mayCommand(officer, { type: 'CompleteMilestone', data: {} }, { department: 'parks' }).allowed,
    ).toBe(true);
    expect(
      mayCommand(officer, { type: 'CompleteMilestone', data: {} }, { department: 'climate' }).allowed,
    ).toBe(false);
  });
});
