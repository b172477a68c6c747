import { loadConfiguration } from '@hyeopchi/config';
import { CommandSubject, Identity, ROLES, Role, mayCommand } from '@hyeopchi/identity';
import { allServices } from '@hyeopchi/platform';

const contracts = new Map(
  allServices(loadConfiguration({}))
    .flatMap((service) => service.routes.flatMap((route) => route.aggregate.commands))
    .map((contract) => [contract.type, contract]),
);
const commandTypes = [...contracts.keys()];
/** Whether `identity` may send the command `type` with `data`, as its contract says. */
const may = (identity: Identity, type: string, data: Record<string, unknown>, subject?: CommandSubject) =>
  mayCommand(identity, { type, access: contracts.get(type)!.api?.access, data }, subject);
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
/** What a person sends about themselves: their own member and person id, and their own sector. */
const ownDataOf = (role: Role) => ({
  ...data,
  memberId: `someone-${role}`,
  personId: `someone-${role}`,
  sector: PEOPLE.includes(role) ? 'private' : 'public',
});

describe('who may send which command', () => {
  it('names every command of the services, except those only the platform sends', () => {
    const fromOutside = commandTypes.filter((type) => contracts.get(type)!.api);
    expect(fromOutside.filter((type) => !commandTypes.includes(type))).toEqual([]);
    expect(commandTypes.filter((type) => !fromOutside.includes(type)).sort()).toEqual([
      'DelegateProposal',
      'EscalateOverdueReview',
      'EstablishCommittee',
      'InviteToFeedback',
      'OpenFeedback',
      'OpenReview',
      'ProposeAgendaItem',
      'RecordAnswer',
      'ReferProposal',
      'RequestImplementation',
    ]);
  });

  it.each(ROLES)('lets %s send exactly the commands of its role', (role) => {
    for (const type of commandTypes) {
      const expected = contracts.get(type)!.api?.access.roles.includes(role) ?? false;
      const records = { committeeSeat: { sector: 'public' }, organizations: ['mapo'] };
      const allowed = may(person(role), type, ownDataOf(role), records).allowed;
      expect([type, allowed]).toEqual([type, expected]);
    }
  });

  it('lets a member declare only their own conflict, and a respondent answer only for their own sector', () => {
    const member = person('committee_member');
    const conflict = (memberId: string) =>
      may(member, 'DeclareConflict', { memberId }, { committeeSeat: { sector: 'private' } });
    expect(conflict('someone-committee_member')).toEqual({ allowed: true });
    expect(conflict('someone-else')).toEqual({
      allowed: false,
      reason: 'members declare their own conflicts of interest only',
    });
    const answer = (role: Role, sector: string, committeeSeat: { sector: string } | null = null) =>
      may(person(role), 'AnswerSurvey', { sector }, { committeeSeat }).allowed;
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
    expect(may(claimsASeat, 'CastVote', {}, { committeeSeat: null }).allowed).toBe(false);
    expect(may(claimsASeat, 'CastVote', {}, { committeeSeat: { sector: 'public' } }).allowed).toBe(true);
  });

  it("takes membership of an organization from the organization's records, never from the token", () => {
    const draft = (identity: Identity, subject?: CommandSubject) =>
      may(identity, 'DraftProposal', { organizationId: 'mapo' }, subject);
    const claimsMapo = person('cso_member', { organizations: ['mapo'] });
    expect(draft(claimsMapo)).toEqual({
      allowed: false,
      reason: 'only members of mapo may do this',
    });
    expect(draft(claimsMapo, { organizations: [] }).allowed).toBe(false);
    const claimsNothing = person('cso_member', { organizations: [] });
    expect(draft(claimsNothing, { organizations: ['mapo'] }).allowed).toBe(true);
  });

  it('lets people ask to join an organization and answer requests: the organization says whose answer counts', () => {
    const membership = [
      'RequestMembership',
      'ApproveMembership',
      'DeclineMembership',
      'WithdrawMembershipRequest',
    ];
    for (const type of membership) {
      expect([type, contracts.get(type)!.api?.access.roles]).toEqual([type, PEOPLE]);
      expect(may(person('auditor'), type, data).allowed).toBe(false);
    }
  });

  it('lets auditors read everything and change nothing', () => {
    expect(commandTypes.filter((type) => may(person('auditor'), type, data).allowed)).toEqual([]);
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
    const decision = may(identity, type, { ...data, ...overrides });
    expect(decision.allowed).toBe(false);
    expect(decision).toMatchObject({ reason: expect.stringMatching(/\w+ \w+/) });
  });

  it('takes the department of an implementation from its caller when the command does not name it', () => {
    const officer = person('department_officer');
    expect(may(officer, 'CompleteMilestone', {}, { department: 'parks' }).allowed).toBe(true);
    expect(may(officer, 'CompleteMilestone', {}, { department: 'climate' }).allowed).toBe(false);
  });
});
