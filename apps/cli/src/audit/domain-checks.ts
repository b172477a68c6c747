import { AuditRecord, canonicalJson } from '@hyeopchi/audit';
import {
  Proposal,
  ProposalCommand,
  ProposalEvent,
  ProposalTierReached,
  THRESHOLD_POLICY_STREAM,
  ThresholdPolicies,
  ThresholdPolicyCommand,
  ThresholdPolicyEvent,
  proposalDecider,
  thresholdPolicyDecider,
} from '@hyeopchi/civic-domain';
import {
  DecisionRecorded,
  Docket,
  DocketCommand,
  DocketEvent,
  Session,
  SessionCommand,
  SessionEvent,
  Tally,
  Vote,
  docketDecider,
  sessionDecider,
} from '@hyeopchi/committee-domain';
import { Decider, DomainError, DomainEvent, entryOf } from '@hyeopchi/domain-kernel';
import { RecordCheck, VerificationFailure } from './record-check';

/**
 * Replays the committee's sessions and dockets and civic's proposals and threshold policies with the domain's own
 * deciders: every recorded event must be what the domain decides from the stream before it, given the command the
 * event answers. So a decision's tally, quorum and recusals are counted again from the votes, attendance and
 * conflicts before it, and a tier is reached only by the supports (within the window) or forum participants its
 * proposal's own policy version asks. What one stream cannot show (a tier behind a department review or a docket
 * entry, an adopted policy behind a submission) is judged in `finish`.
 *
 * Hazard: the rules are today's. A history written under an older, laxer rule fails; a new event type needs a
 * line here before its exports verify.
 */
export function domainChecks(): RecordCheck {
  const streams = new Map<string, Replay>();
  /** Each service's last record: where its export ends. */
  const lastOf = new Map<string, AuditRecord>();
  const facts = new Set<string>();
  const claims: Claim[] = [];
  // only the first failure counts: what follows it replays a history already known to be wrong
  let failed = false;
  const first = (found: VerificationFailure | undefined) => {
    if (failed) return undefined;
    failed = found !== undefined;
    return found;
  };

  return {
    observe(service, record) {
      if (failed) return undefined;
      lastOf.set(service, record);
      const replayed = REPLAYED.find((entry) => entry.service === service && entry.owns(record.streamId));
      // an event outside its aggregate's streams would escape the replay, and could vouch for others unchecked
      const misplaced = REPLAYED.find(
        (entry) => entry.service === service && Object.hasOwn(entry.aggregate.commands, record.type),
      );
      if (!replayed && misplaced) {
        return first(
          failure(service, record, `${record.type} is recorded outside the streams of its aggregate`),
        );
      }
      if (replayed) {
        const key = `${service}/${record.streamId}`;
        const replay = streams.get(key) ?? {
          service,
          state: replayed.aggregate.decider.initialState,
          owed: [],
        };
        streams.set(key, replay);
        replay.last = record;
        const problem = step(replayed.aggregate, replay, record);
        if (problem) return first(failure(service, record, problem));
      }
      const { facts: shown, claims: made } = crossStream(service, record);
      shown.forEach((fact) => facts.add(fact));
      claims.push(
        ...made.map((claim) => ({
          ...claim,
          at: record.recordedAt,
          where: failure(service, record, claim.reason),
        })),
      );
      return undefined;
    },
    finish() {
      // a batch is contiguous in its log, so only an export ending (`--upto`) inside it leaves it cut short
      const unrecorded = [...streams.values()].find(
        ({ owed, service, last }) => owed.length > 0 && last !== lastOf.get(service),
      );
      if (unrecorded?.last) {
        const reason = `the domain decides ${unrecorded.owed[0].type} with this event, but it is not recorded`;
        return first(failure(unrecorded.service, unrecorded.last, reason));
      }
      return first(
        claims.find((claim) => judgeable(claim, lastOf.get(claim.in)) && !facts.has(claim.fact))?.where,
      );
    },
  };
}

interface Replay {
  service: string;
  state: unknown;
  /** Events the domain decided together with the last one, still to come in the stream. */
  owed: DomainEvent[];
  last?: AuditRecord;
}

/** What a record says exists (`fact`) in service `in`, which another record relies on. */
interface Claim {
  in: string;
  fact: string;
  reason: string;
  /** When the claiming record was recorded. */
  at: string;
  where: VerificationFailure;
}

/**
 * For each event type, the command it answers, rebuilt from the event; null for an event the domain only decides
 * together with the event before it (a tier reached by a support).
 */
type Commands<Command, Event extends DomainEvent, State> = {
  [Type in Event['type']]: ((event: Extract<Event, { type: Type }>, state: State) => Command) | null;
};

interface Aggregate<Command, Event extends DomainEvent, State> {
  decider: Decider<Command, Event, State>;
  commands: Commands<Command, Event, State>;
  /** What the event states beyond its command, checked first for a reason more telling than the domain's refusal. */
  inspect?: (event: Event, state: State) => string | undefined;
}

function step(aggregate: Aggregate<unknown, DomainEvent, unknown>, replay: Replay, record: AuditRecord) {
  if (!Object.hasOwn(aggregate.commands, record.type)) {
    return `${record.type} is not an event this stream's aggregate records`;
  }
  const event: DomainEvent = { type: record.type, data: record.data };
  try {
    const problem = aggregate.inspect?.(event, replay.state) ?? decidedAgain(aggregate, replay, event);
    replay.state = aggregate.decider.evolve(replay.state, event);
    return problem;
  } catch (error) {
    // malformed data: a field the domain reads is missing or of the wrong kind
    return `${record.type} cannot be replayed: ${(error as Error).message}`;
  }
}

function decidedAgain(
  aggregate: Aggregate<unknown, DomainEvent, unknown>,
  replay: Replay,
  event: DomainEvent,
): string | undefined {
  const owed = replay.owed.shift();
  if (owed) return differences(event, owed, 'with the event before, the domain decides');
  const commandOf = aggregate.commands[event.type as keyof typeof aggregate.commands] as
    ((event: DomainEvent, state: unknown) => unknown) | null;
  if (!commandOf)
    return `${event.type} is recorded alone, but the domain decides it only with the event before`;
  let decided: DomainEvent[];
  try {
    decided = aggregate.decider.decide(commandOf(event, replay.state), replay.state);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return `the domain, replaying the stream, refuses this ${event.type}: ${error.message} (${error.code})`;
  }
  replay.owed = decided.slice(1);
  return differences(event, decided[0], 'replaying the stream, the domain decides');
}

function differences(recorded: DomainEvent, decided: DomainEvent, by: string): string | undefined {
  if (recorded.type !== decided.type)
    return `${by} ${decided.type} here, but the stream records ${recorded.type}`;
  const [mine, theirs] = [recorded.data, decided.data] as Record<string, unknown>[];
  const fields = Object.keys({ ...mine, ...theirs }).filter((key) => json(mine[key]) !== json(theirs[key]));
  if (fields.length === 0) return undefined;
  const show = (data: Record<string, unknown>) => fields.map((key) => `${key} ${json(data[key])}`).join(', ');
  return `${recorded.type} records ${show(mine)}, but ${by} ${show(theirs)}`;
}

const json = (value: unknown) => (value === undefined ? 'nothing' : canonicalJson(value));
const by = (actor: string, at: string) => ({ actor, now: new Date(at) });
/** For commands whose actor the domain does not check. */
const ANYONE = 'anyone';

const sessions: Aggregate<SessionCommand, SessionEvent, Session> = {
  decider: sessionDecider,
  commands: {
    'session.scheduled.v1': ({ data: { quorum: _quorum, scheduledAt, ...data } }) => ({
      type: 'ScheduleSession',
      data,
      metadata: by(ANYONE, scheduledAt),
    }),
    'session.agenda_item_added.v1': ({ data: { addedAt, ...data } }) => ({
      type: 'AddAgendaItem',
      data,
      metadata: by(ANYONE, addedAt),
    }),
    'session.attendance_recorded.v1': ({ data: { recordedAt, ...data } }) => ({
      type: 'RecordAttendance',
      data,
      metadata: by(ANYONE, recordedAt),
    }),
    'session.conflict_declared.v1': ({ data: { declaredAt, ...data } }) => ({
      type: 'DeclareConflict',
      data,
      metadata: by(ANYONE, declaredAt),
    }),
    'session.motion_proposed.v1': ({ data: { proposedBy, proposedAt, ...data } }) => ({
      type: 'ProposeMotion',
      data,
      metadata: by(proposedBy, proposedAt),
    }),
    'session.vote_cast.v1': ({ data: { memberId, castAt, ...data } }) => ({
      type: 'CastVote',
      data,
      metadata: by(memberId, castAt),
    }),
    'session.decision_recorded.v1': ({ data }) => ({
      type: 'RecordDecision',
      data: {
        sessionId: data.sessionId,
        itemId: data.itemId,
        decisionId: data.decisionId,
        outcome: data.outcome,
        motionId: data.motionId,
        rationale: data.rationale,
        amendments: data.amendments,
        supersedes: data.supersedes,
      },
      metadata: by(ANYONE, data.recordedAt),
    }),
    'session.minutes_published.v1': ({ data: { publishedAt, ...data } }) => ({
      type: 'PublishMinutes',
      data,
      metadata: by(ANYONE, publishedAt),
    }),
  },
  inspect: (event, session) =>
    event.type === 'session.decision_recorded.v1' ? decisionMismatch(event.data, session) : undefined,
};

/** Quorum and tally first, in the auditor's words; the domain's replay checks the rest of the decision. */
function decisionMismatch(decision: DecisionRecorded['data'], session: Session): string | undefined {
  const item = session.status === 'unscheduled' ? undefined : entryOf(session.items, decision.itemId);
  if (session.status === 'unscheduled' || !item) return undefined;
  const about = `the decision on agenda item ${decision.itemId}`;
  if (session.present.length < session.quorum) {
    return `quorum: ${session.present.length} present of ${session.quorum} required, but ${about} was recorded as quorate`;
  }
  const votes = decision.motionId === null ? {} : (entryOf(item.motions, decision.motionId) ?? {});
  const counted = tallyOf(votes);
  const side = (['for', 'against', 'abstain'] as const).find(
    (vote) => decision.tally?.[vote] !== counted[vote],
  );
  if (!side) return undefined;
  return `${about} records ${decision.tally?.[side]} ${side}, but the votes recorded before it give ${counted[side]} ${side}`;
}

function tallyOf(votes: Readonly<Record<string, Vote>>): Tally {
  const tally: Tally = { for: 0, against: 0, abstain: 0 };
  Object.values(votes).forEach((vote) => tally[vote]++);
  return tally;
}

const dockets: Aggregate<DocketCommand, DocketEvent, Docket> = {
  decider: docketDecider,
  commands: {
    'docket.item_proposed.v1': ({ data: { proposedAt, ...data } }) => ({
      type: 'ProposeAgendaItem',
      data,
      metadata: by(ANYONE, proposedAt),
    }),
  },
};

const thresholdPolicies: Aggregate<ThresholdPolicyCommand, ThresholdPolicyEvent, ThresholdPolicies> = {
  decider: thresholdPolicyDecider,
  commands: {
    'threshold_policy.adopted.v1': ({ data: { supportWindowDays, tiers, adoptedBy, adoptedAt } }) => ({
      type: 'AdoptThresholdPolicy',
      data: { supportWindowDays, tiers },
      metadata: by(adoptedBy, adoptedAt),
    }),
  },
};

// Author-only events do not record who acted: they are replayed as the author's, so authorship goes unchecked.
const authorOf = (proposal: Proposal) => (proposal.status === 'none' ? ANYONE : proposal.authorId);
const proposals: Aggregate<ProposalCommand, ProposalEvent, Proposal> = {
  decider: proposalDecider,
  commands: {
    'proposal.drafted.v1': ({ data: { authorId, draftedAt, ...data } }) => ({
      type: 'DraftProposal',
      data,
      metadata: by(authorId, draftedAt),
    }),
    'proposal.edited.v1': ({ data: { editedAt, ...data } }, state) => ({
      type: 'EditProposal',
      data,
      metadata: by(authorOf(state), editedAt),
    }),
    'proposal.submitted.v1': ({ data: { proposalId, policy, submittedAt } }, state) => ({
      type: 'SubmitProposal',
      data: { proposalId, policy },
      metadata: by(authorOf(state), submittedAt),
    }),
    'proposal.supported.v1': ({ data: { proposalId, supporterId, supportedAt } }) => ({
      type: 'SupportProposal',
      data: { proposalId },
      metadata: by(supporterId, supportedAt),
    }),
    'proposal.support_withdrawn.v1': ({ data: { proposalId, supporterId, withdrawnAt } }) => ({
      type: 'WithdrawSupport',
      data: { proposalId },
      metadata: by(supporterId, withdrawnAt),
    }),
    'proposal.tier_reached.v1': null,
    'proposal.forum_held.v1': ({ data: { proposalId, participants, recordedAt } }) => ({
      type: 'RecordForumParticipation',
      data: { proposalId, participants },
      metadata: by(ANYONE, recordedAt),
    }),
    'proposal.answer_received.v1': ({ data: { receivedAt, ...data } }) => ({
      type: 'RecordAnswer',
      data,
      metadata: by(ANYONE, receivedAt),
    }),
    'proposal.amended.v1': ({ data: { amendedAt, ...data } }, state) => ({
      type: 'AmendProposal',
      data,
      metadata: by(authorOf(state), amendedAt),
    }),
    'proposal.withdrawn.v1': ({ data: { withdrawnAt, ...data } }, state) => ({
      type: 'WithdrawProposal',
      data,
      metadata: by(authorOf(state), withdrawnAt),
    }),
  },
  inspect: (event, proposal) =>
    event.type === 'proposal.tier_reached.v1' ? tierMismatch(event.data, proposal) : undefined,
};

/** A tier against the supports or participants replayed so far, under the policy version the proposal carries. */
function tierMismatch(reached: ProposalTierReached['data'], proposal: Proposal): string | undefined {
  const about = `proposal ${reached.proposalId}`;
  if (proposal.status !== 'submitted')
    return `${about} reached tier ${reached.tier} while ${proposal.status}`;
  const { policy } = proposal;
  if (reached.policyVersion !== policy.version) {
    return `${about} reached tier ${reached.tier} under policy version ${reached.policyVersion}, but it was submitted under version ${policy.version}`;
  }
  const rule = policy.tiers.find((tier) => tier.tier === reached.tier);
  if (!rule)
    return `${about} reached tier ${reached.tier}, which policy version ${policy.version} does not have`;
  const [count, measured] =
    rule.measure === 'supports'
      ? [proposal.supporters.length, 'supports']
      : [proposal.forumParticipants, 'forum participants'];
  if (count < rule.threshold) {
    return `${about} reached tier ${reached.tier} with ${count} ${measured}, below the threshold ${rule.threshold} of policy version ${policy.version}`;
  }
  return undefined;
}

const REPLAYED: ReadonlyArray<{
  service: string;
  owns: (streamId: string) => boolean;
  aggregate: Aggregate<unknown, DomainEvent, unknown>;
}> = [
  { service: 'civic', owns: (id) => id === THRESHOLD_POLICY_STREAM, aggregate: erase(thresholdPolicies) },
  { service: 'civic', owns: (id) => id.startsWith('proposal-'), aggregate: erase(proposals) },
  { service: 'committee', owns: (id) => id.startsWith('session-'), aggregate: erase(sessions) },
  { service: 'committee', owns: (id) => id.startsWith('docket-'), aggregate: erase(dockets) },
];

function erase<C, E extends DomainEvent, S>(aggregate: Aggregate<C, E, S>) {
  return aggregate as unknown as Aggregate<unknown, DomainEvent, unknown>;
}

/**
 * What a record shows to other streams, and what it needs them to show: a review is opened by its proposal's
 * department tier, a forum-tier docket entry by the public-forum tier, a referral docket entry by a review that
 * referred the proposal, an agenda item by its docket entry, and a proposal's policy by an adoption of it.
 */
function crossStream(service: string, { type, data }: AuditRecord) {
  const d = data as Mentions;
  const tier = (proposalId: string, name: string) => `tier ${proposalId} ${name}`;
  const policy = (value: unknown) => `policy ${json(value)}`;
  const facts: string[] = [];
  const claims: Omit<Claim, 'where' | 'at'>[] = [];
  const needs = (where: string, fact: string, reason: string) => claims.push({ in: where, fact, reason });
  if (service === 'civic' && type === 'threshold_policy.adopted.v1') {
    facts.push(policy({ version: d.version, supportWindowDays: d.supportWindowDays, tiers: d.tiers }));
  }
  if (service === 'civic' && type === 'proposal.submitted.v1') {
    const { version } = d.policy;
    needs(
      'civic',
      policy(d.policy),
      `proposal ${d.proposalId} carries policy version ${version} with rules that no adoption of version ${version} records`,
    );
  }
  if (service === 'civic' && type === 'proposal.tier_reached.v1') {
    facts.push(
      tier(d.proposalId, d.tier),
      ...d.departments.map((dept) => tier(d.proposalId, `${d.tier} ${dept}`)),
    );
  }
  if (service === 'department' && type === 'review.opened.v1') {
    needs(
      'civic',
      tier(d.proposalId, `department_answer ${d.department}`),
      `review ${d.reviewId} opens for ${d.department}, but proposal ${d.proposalId} never reached tier department_answer asking it`,
    );
  }
  if (service === 'department' && type === 'review.answered.v1' && d.outcome === 'referred_to_committee') {
    facts.push(`referral ${d.proposalId} ${d.reviewId}`);
  }
  if (service === 'committee' && type === 'docket.item_proposed.v1') {
    facts.push(`docket ${d.proposalId} ${d.source}`);
    if (d.source === 'forum_tier') {
      needs(
        'civic',
        tier(d.proposalId, 'public_forum'),
        `proposal ${d.proposalId} is on the docket by the forum tier, but never reached tier public_forum`,
      );
    } else {
      needs(
        'department',
        `referral ${d.proposalId} ${d.reference}`,
        `proposal ${d.proposalId} is on the docket by a referral of review ${d.reference}, which did not refer it`,
      );
    }
  }
  if (service === 'committee' && type === 'session.agenda_item_added.v1') {
    needs(
      'committee',
      `docket ${d.proposalId} ${d.source}`,
      `agenda item ${d.itemId} puts proposal ${d.proposalId} on the agenda by ${d.source}, but the docket does not hold it so`,
    );
  }
  return { facts, claims };
}

/** The fields of the events `crossStream` reads; each event has some of them. */
interface Mentions {
  proposalId: string;
  reviewId: string;
  itemId: string;
  department: string;
  departments: string[];
  tier: string;
  outcome: string;
  source: string;
  reference: string;
  version: number;
  supportWindowDays: number;
  tiers: unknown;
  policy: { version: number };
}

/**
 * Whether the export of service `in` must hold what the claim needs. Services are exported one after another, and
 * `--upto` cuts each log at a position of its own, so a later service's export can hold events caused by ones past
 * the end of an earlier service's. What a record needs was recorded before it, and the export of a service holds
 * everything recorded before its last record (recordedAt is the log's clock; positions and transaction ids follow
 * it): so a claim recorded by that time is judged, one recorded later is not.
 *
 * Hazard: this assumes all services' logs share one PostgreSQL clock, as they share one database today.
 */
function judgeable(claim: Claim, lastThere: AuditRecord | undefined): boolean {
  // recordedAt is fixed-width UTC text (microseconds, Z): its order is the time order
  return lastThere !== undefined && claim.at <= lastThere.recordedAt;
}

function failure(service: string, record: AuditRecord, reason: string): VerificationFailure {
  return { service, streamId: record.streamId, streamVersion: record.streamVersion, reason };
}
