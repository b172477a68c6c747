import { loadConfiguration } from '@hyeopchi/config';
import { COMMAND_POLICY, Identity, ROLES, Role, mayCommand } from '@hyeopchi/identity';
import { allServices } from '@hyeopchi/services';

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
      expect([type, mayCommand(person(role), { type, data }).allowed]).toEqual([type, expected]);
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
