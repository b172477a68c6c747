import { SESSION_LIMITS, sessionDecider } from '@hyeopchi/committee/domain';
import {
  ID_RULE,
  defineAggregate,
  defineCommand,
  foundByTheService,
  identifier,
  isoTime,
  text,
} from '@hyeopchi/contract-kit';
import { districtId, inSpace } from '@hyeopchi/civic/contract';
import { AccessRule } from '@hyeopchi/identity';
import { z } from 'zod';
import { onTheCommittee, ownConflict } from './access';
import { agendaSource } from './agenda-source';

const sessionId = { sessionId: identifier };
const itemId = { itemId: identifier };
// a role is not a seat: the session's decider refuses a chair's token without a chair seat (NOT_CHAIR)
const byChairsOrSecretariat: AccessRule = { roles: ['committee_chair', 'secretariat'] };
const byMembers: AccessRule = { roles: ['committee_member', 'committee_chair'], check: onTheCommittee };

export const ScheduleSession = defineCommand(
  'committee',
  'ScheduleSession',
  z.object({ ...sessionId, ...inSpace, scheduledFor: isoTime }).strict(),
  {
    access: byChairsOrSecretariat,
    description:
      "Schedule a session of a space's committee (its co-chairs, the secretariat); its roster and quorum are that committee's, fixed now.",
    fields: { sessionId: `An id you choose for it ${ID_RULE}.` },
  },
);

export const AddAgendaItem = defineCommand(
  'committee',
  'AddAgendaItem',
  z.object({ ...sessionId, ...itemId, proposalId: identifier, source: agendaSource }).strict(),
  {
    access: byChairsOrSecretariat,
    description: 'Put a proposal from the docket of the session’s space on its agenda.',
    fields: { itemId: `An id for the item ${ID_RULE}.` },
  },
);

export const RecordAttendance = defineCommand(
  'committee',
  'RecordAttendance',
  z.object({ ...sessionId, memberId: identifier, present: z.boolean() }).strict(),
  { access: byChairsOrSecretariat, description: 'Record whether a member is present at a session.' },
);

export const DeclareConflict = defineCommand(
  'committee',
  'DeclareConflict',
  z.object({ ...sessionId, ...itemId, memberId: identifier, reason: text(SESSION_LIMITS.reason) }).strict(),
  {
    access: { roles: ['committee_member', 'committee_chair'], check: ownConflict },
    description: 'Declare a conflict of interest on an agenda item: the member is recused from it.',
    fields: { reason: 'The conflict of interest, up to 2,000 characters.' },
  },
);

export const ProposeMotion = defineCommand(
  'committee',
  'ProposeMotion',
  z.object({ ...sessionId, ...itemId, motionId: identifier, text: text(SESSION_LIMITS.motion) }).strict(),
  {
    access: byMembers,
    description: 'Propose a motion on an agenda item (present committee members).',
    fields: {
      motionId: `An id for the motion ${ID_RULE}.`,
      text: 'What the motion moves, up to 5,000 characters.',
    },
  },
);

export const CastVote = defineCommand(
  'committee',
  'CastVote',
  z
    .object({ ...sessionId, ...itemId, motionId: identifier, vote: z.enum(['for', 'against', 'abstain']) })
    .strict(),
  { access: byMembers, description: 'Vote on a motion (present, non-recused committee members, once).' },
);

export const RecordDecision = defineCommand(
  'committee',
  'RecordDecision',
  z
    .object({
      ...sessionId,
      ...itemId,
      decisionId: identifier,
      outcome: z.enum([
        'adopt',
        'adopt_with_amendments',
        'reject',
        'defer',
        'refer_to_city',
        'delegate_to_district',
      ]),
      motionId: identifier.nullable(),
      rationale: text(SESSION_LIMITS.rationale),
      amendments: text(SESSION_LIMITS.amendments).nullable(),
      supersedes: identifier.nullable(),
      delegateTo: districtId.nullable().default(null),
    })
    .strict(),
  {
    access: { roles: ['committee_chair'], check: onTheCommittee },
    description:
      'Record the committee’s decision on an agenda item (chairs), checked against quorum and tally. A district’s or council’s committee may refer the proposal to the city’s; the city’s may delegate it to a district’s.',
    enumNames: { outcome: 'RecordDecisionOutcome' },
    fields: {
      outcome:
        'adopt, adopt_with_amendments, reject, defer; refer_to_city (not in the city’s sessions) or delegate_to_district (only in them), each by a motion carried.',
      delegateTo:
        'The district a delegate_to_district decision sends the proposal to, by its id (Mapo-gu); null otherwise.',
    },
  },
);

export const PublishMinutes = defineCommand(
  'committee',
  'PublishMinutes',
  z.object({ ...sessionId, minutes: text(SESSION_LIMITS.minutes) }).strict(),
  { access: byChairsOrSecretariat, description: 'Publish a session’s minutes.' },
);

export const sessionAggregate = defineAggregate({
  context: 'committee',
  name: 'session',
  decider: sessionDecider,
  streamId: ({ sessionId }) => `session-${sessionId}`,
  commands: [
    ScheduleSession,
    AddAgendaItem,
    RecordAttendance,
    DeclareConflict,
    ProposeMotion,
    CastVote,
    RecordDecision,
    PublishMinutes,
  ],
  // a session is run from the chair seats on its space's roster, and its quorum is a majority of that roster, as
  // it stands; it is scheduled only in a space that has a committee
  ...foundByTheService<{ chairs: readonly string[]; roster: string[]; spaceExists: boolean }>(),
});
