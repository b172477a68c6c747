import { Identity } from './identity';
import { Role } from './roles';

/**
 * What the platform knows that the command and the token do not say: an implementation's department, and the
 * organizations the caller belongs to (from the organizations' own records). The caller looks it up.
 */
export interface CommandSubject {
  department?: string;
  organizations?: string[];
  /** The caller's seat on the committee: null when they hold none now (the token may say otherwise). */
  committeeSeat?: { sector: string } | null;
}

export type PolicyDecision = { allowed: true } | { allowed: false; reason: string };

type Check = (identity: Identity, data: Record<string, unknown>, subject: CommandSubject) => string | null;

const PEOPLE: Role[] = ['citizen', 'cso_member', 'cso_admin'];
const OFFICERS: Role[] = ['department_officer', 'department_head'];

/** The caller works for the department the command acts for. */
const ofTheDepartment: Check = ({ departments }, data, subject) => {
  const department = (data.department as string | undefined) ?? subject.department;
  if (!department) return 'the department this command acts for is not known';
  return departments.includes(department) ? null : `only officers of ${department} may do this`;
};
/**
 * A proposal drafted for an organization is drafted by one of its members, as the organization's records say: a
 * token's claim is not enough. (The civic service checks it again on the organization's own events, and for edits,
 * submissions and amendments too.)
 */
const memberOfTheOrganization: Check = (_identity, data, { organizations = [] }) => {
  const organization = data.organizationId as string | null | undefined;
  return !organization || organizations.includes(organization)
    ? null
    : `only members of ${organization} may do this`;
};
const onTheCommittee: Check = ({ onCommittee }, _data, { committeeSeat }) =>
  (committeeSeat === undefined ? onCommittee : committeeSeat !== null)
    ? null
    : 'only committee members may do this';
/** A member declares their own conflict of interest; nobody recuses someone else. */
const ownConflict: Check = (identity, data, subject) =>
  onTheCommittee(identity, data, subject) ??
  (data.memberId === identity.subject ? null : 'members declare their own conflicts of interest only');
/** A survey answer counts for the caller's own sector: civil society is private, the administration public. */
const ownSector: Check = ({ roles }, data, { committeeSeat }) => {
  const sectors = new Set<string>();
  if (roles.some((role) => PEOPLE.includes(role))) sectors.add('private');
  if (roles.some((role) => [...OFFICERS, 'secretariat'].includes(role))) sectors.add('public');
  if (committeeSeat) sectors.add(committeeSeat.sector);
  return sectors.has(data.sector as string)
    ? null
    : `you answer for your own sector (${[...sectors].join(' or ') || 'none'})`;
};

interface Rule {
  roles: Role[];
  check?: Check;
}

/**
 * Who may send each command from outside (the gateway). The services' own process managers send the commands
 * missing here (OpenReview, RecordAnswer, …): nobody may send those from outside, administrators included. Rules
 * of the domain (only the author edits, only the invited rate, one vote per member) stay in the deciders.
 */
export const COMMAND_POLICY: Readonly<Record<string, Rule>> = {
  RegisterOrganization: { roles: [...PEOPLE] },
  VerifyOrganization: { roles: ['admin'] },
  JoinOrganization: { roles: [...PEOPLE] },
  LeaveOrganization: { roles: [...PEOPLE] },
  RequestMembership: { roles: [...PEOPLE] },
  ApproveMembership: { roles: [...PEOPLE] },
  DeclineMembership: { roles: [...PEOPLE] },
  WithdrawMembershipRequest: { roles: [...PEOPLE] },
  AdoptThresholdPolicy: { roles: ['admin'] },
  DraftProposal: { roles: [...PEOPLE], check: memberOfTheOrganization },
  EditProposal: { roles: [...PEOPLE] },
  SubmitProposal: { roles: [...PEOPLE] },
  SupportProposal: { roles: [...PEOPLE] },
  WithdrawSupport: { roles: [...PEOPLE] },
  AmendProposal: { roles: [...PEOPLE] },
  WithdrawProposal: { roles: [...PEOPLE] },
  RecordForumParticipation: { roles: ['secretariat'] },
  AssignOfficer: { roles: ['department_head'], check: ofTheDepartment },
  GiveInterimAnswer: { roles: OFFICERS, check: ofTheDepartment },
  AnswerReview: { roles: OFFICERS, check: ofTheDepartment },
  PlanImplementation: { roles: OFFICERS, check: ofTheDepartment },
  CompleteMilestone: { roles: OFFICERS, check: ofTheDepartment },
  ReportProgress: { roles: OFFICERS, check: ofTheDepartment },
  CompleteImplementation: { roles: OFFICERS, check: ofTheDepartment },
  StallImplementation: { roles: OFFICERS, check: ofTheDepartment },
  AppointMember: { roles: ['admin'] },
  RemoveMember: { roles: ['admin'] },
  DesignateCoChairs: { roles: ['admin'] },
  // a role is not a seat: the session's decider refuses a chair's token without a chair seat (NOT_CHAIR)
  ScheduleSession: { roles: ['committee_chair', 'secretariat'] },
  AddAgendaItem: { roles: ['committee_chair', 'secretariat'] },
  RecordAttendance: { roles: ['committee_chair', 'secretariat'] },
  PublishMinutes: { roles: ['committee_chair', 'secretariat'] },
  DeclareConflict: { roles: ['committee_member', 'committee_chair'], check: ownConflict },
  ProposeMotion: { roles: ['committee_member', 'committee_chair'], check: onTheCommittee },
  CastVote: { roles: ['committee_member', 'committee_chair'], check: onTheCommittee },
  RecordDecision: { roles: ['committee_chair'], check: onTheCommittee },
  AdoptMasterPlan: { roles: ['admin'] },
  DefineStrategy: { roles: ['admin'] },
  DefinePolicy: { roles: ['admin'] },
  RecordPendingIssue: { roles: ['admin'] },
  GiveFeedback: { roles: [...PEOPLE] },
  OpenSurvey: { roles: ['admin', 'secretariat'] },
  CloseSurvey: { roles: ['admin', 'secretariat'] },
  AnswerSurvey: {
    roles: [...PEOPLE, ...OFFICERS, 'committee_member', 'committee_chair', 'secretariat'],
    check: ownSector,
  },
};

/** Whether `identity` may send this command; the reason, in words, when not. */
export function mayCommand(
  identity: Identity,
  { type, data }: { type: string; data: Record<string, unknown> },
  subject: CommandSubject = {},
): PolicyDecision {
  const rule = COMMAND_POLICY[type];
  if (!rule) return { allowed: false, reason: `${type} is sent by the platform itself, not by people` };
  if (!identity.roles.some((role) => rule.roles.includes(role))) {
    return { allowed: false, reason: `${type} needs one of the roles ${rule.roles.join(', ')}` };
  }
  const refused = rule.check?.(identity, data, subject);
  return refused ? { allowed: false, reason: refused } : { allowed: true };
}
