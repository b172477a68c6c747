/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A moment in ISO 8601, in UTC, such as 2026-05-01T09:00:00.000Z. */
  DateTime: { input: string; output: string; }
  /** Any JSON value (object, array, string, number, boolean or null), given as it is. */
  JSON: { input: unknown; output: unknown; }
};

/** What AddAgendaItem takes. */
export type AddAgendaItemInput = {
  /** An id for the item (letters, digits, _ . : -; up to 100). */
  itemId: Scalars['String']['input'];
  /** The proposal. */
  proposalId: Scalars['String']['input'];
  /** The session. */
  sessionId: Scalars['String']['input'];
  /** How the proposal came to the committee. */
  source: Source;
};

/** What AdoptMasterPlan takes. */
export type AdoptMasterPlanInput = {
  /** The start of the period, an ISO 8601 date and time (2026-01-01T00:00:00Z). */
  periodFrom: Scalars['String']['input'];
  /** The end of the period, an ISO 8601 date and time after its start. */
  periodTo: Scalars['String']['input'];
  /** An id you choose for it (letters, digits, _ . : -; up to 100). */
  planId: Scalars['String']['input'];
  /** The title, up to 200 characters. */
  title: Scalars['String']['input'];
  /** The vision, up to 1,000 characters. */
  vision: Scalars['String']['input'];
};

/** What AdoptThresholdPolicy takes. */
export type AdoptThresholdPolicyInput = {
  /** The governance space it acts in: seoul (the city, when left out), a district id such as Mapo-gu, or a council. */
  spaceId?: InputMaybe<Scalars['String']['input']>;
  /** How many days a submitted proposal collects supports. */
  supportWindowDays: Scalars['Int']['input'];
  /** The day in Seoul (YYYY-MM-DD, today or later) it takes effect; null or absent for at once. */
  takesEffectOn?: InputMaybe<Scalars['String']['input']>;
  /** The tiers, one to three. */
  tiers: Array<AdoptThresholdPolicyTiersInput>;
};

/** What AdoptThresholdPolicy takes. */
export type AdoptThresholdPolicyTiersInput = {
  /** What is counted: supports or forum_participants. */
  measure: Measure;
  /** How many are needed to reach the tier. */
  threshold: Scalars['Int']['input'];
  /** The tier. */
  tier: Tier;
};

/** A proposal on the agenda of a session. */
export type AgendaItem = {
  __typename?: 'AgendaItem';
  /** When it was put on the agenda. */
  addedAt: Scalars['DateTime']['output'];
  /** The decision on it, once recorded. */
  decision: Maybe<Decision>;
  /** The item id within the session. */
  itemId: Scalars['String']['output'];
  /** Motions on it, with their votes. */
  motions: Array<Motion>;
  /** The proposal it deliberates. */
  proposal: Maybe<Proposal>;
  /** The proposal it deliberates. */
  proposalId: Scalars['String']['output'];
  /** Conflicts declared on it. */
  recusals: Array<Recusal>;
  /** The session. */
  sessionId: Scalars['String']['output'];
  /** How it came: department_referral, forum_tier, district_referral (a district’s or council’s committee referred it up) or city_delegation (the city’s committee delegated it down). */
  source: Scalars['String']['output'];
};

/** What AmendProposal takes. */
export type AmendProposalInput = {
  /** What it proposes and why, up to 20,000 characters. */
  body: Scalars['String']['input'];
  /** The proposal. */
  proposalId: Scalars['String']['input'];
  /** Why, up to 2,000 characters. */
  reason: Scalars['String']['input'];
  /** The title, up to 200 characters. */
  title: Scalars['String']['input'];
};

/** A department's answer as the proposal received it. */
export type AnswerReceived = {
  __typename?: 'AnswerReceived';
  /** The department that answered. */
  department: Scalars['String']['output'];
  /** The department `department` names, from the directory (its names in Korean and English); null when the directory registers none. */
  departmentInDirectory: Maybe<Department>;
  /** accepted, partially_accepted, rejected or referred_to_committee. */
  outcome: Scalars['String']['output'];
  /** When the answer reached the proposal. */
  receivedAt: Scalars['DateTime']['output'];
  /** The review that answered. */
  reviewId: Scalars['String']['output'];
};

/** What AnswerReview takes. */
export type AnswerReviewInput = {
  /** The department the command acts for; you must be one of its officers. */
  department: Scalars['String']['input'];
  /** The estimated cost in won, or null. */
  estimatedCost?: InputMaybe<Scalars['Float']['input']>;
  /** The outcome. */
  outcome: Outcome;
  /** The reasons of the answer, up to 10,000 characters. */
  reasons: Scalars['String']['input'];
  /** The review. */
  reviewId: Scalars['String']['input'];
};

/** What AnswerSurvey takes. */
export type AnswerSurveyInput = {
  /** Your score, 1 to 5. */
  score: Scalars['Float']['input'];
  /** The sector: public, or private (civil society). */
  sector: Sector;
  /** The survey. */
  surveyId: Scalars['String']['input'];
};

/** What AppointMember takes. */
export type AppointMemberInput = {
  /** The member (subject id). */
  memberId: Scalars['String']['input'];
  /** The name, up to 200 characters. */
  name: Scalars['String']['input'];
  /** The sector: public, or private (civil society). */
  sector: Sector;
  /** The governance space it acts in: seoul (the city, when left out), a district id such as Mapo-gu, or a council. */
  spaceId?: InputMaybe<Scalars['String']['input']>;
};

/** What ApproveMembership takes. */
export type ApproveMembershipInput = {
  /** The organization. */
  organizationId: Scalars['String']['input'];
  /** Who asked to join (subject id). */
  requesterId: Scalars['String']['input'];
};

/** What AssignDepartmentOfficer takes. */
export type AssignDepartmentOfficerInput = {
  /** The department, by its id in the directory. */
  departmentId: Scalars['String']['input'];
  /** The officer (subject id). */
  personId: Scalars['String']['input'];
};

/** What AssignOfficer takes. */
export type AssignOfficerInput = {
  /** The department the command acts for; you must be one of its officers. */
  department: Scalars['String']['input'];
  /** The officer to assign (subject id). */
  officerId: Scalars['String']['input'];
  /** The review. */
  reviewId: Scalars['String']['input'];
};

/** Whether a member of the roster was present. */
export type Attendance = {
  __typename?: 'Attendance';
  /** The member (`memberId`), as anyone may see them. */
  member: Person;
  /** The member. */
  memberId: Scalars['String']['output'];
  /** Present or not. */
  present: Scalars['Boolean']['output'];
};

/** One event of a stream as its service log stores it, with the hash chaining it to the previous one. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** Who caused it (metadata.actor). */
  actor: Maybe<Scalars['String']['output']>;
  /** The command or event that caused it (metadata.causationId). */
  causationId: Maybe<Scalars['String']['output']>;
  /** The chain of work it belongs to, e.g. its proposal’s (metadata.correlationId). */
  correlationId: Maybe<Scalars['String']['output']>;
  /** Its data, as stored. */
  data: Scalars['JSON']['output'];
  /** Its id (a UUID). */
  eventId: Scalars['String']['output'];
  /** Its position in its service's log (what streamAsOf and diff take as `position`). */
  globalPosition: Scalars['Int']['output'];
  /** SHA-256 of its chain link (docs/audit.md), hex. */
  hash: Scalars['String']['output'];
  /** Its metadata, as stored. */
  metadata: Scalars['JSON']['output'];
  /** The previous event's hash in the stream, hex; null for the stream's first event. */
  previousHash: Maybe<Scalars['String']['output']>;
  /** When the log recorded it, UTC with microseconds (2026-11-27T10:00:00.123456Z): the text its hash covers. */
  recordedAt: Scalars['String']['output'];
  /** The role they acted in (metadata.role). */
  role: Maybe<Scalars['String']['output']>;
  /** The revision of its data within the type. */
  schemaVersion: Scalars['Int']['output'];
  /** The stream it belongs to. */
  streamId: Scalars['String']['output'];
  /** Its place in the stream, from 1. */
  streamVersion: Scalars['Int']['output'];
  /** Its versioned type name, such as proposal.supported.v1. */
  type: Scalars['String']['output'];
};

/** A page of a service's log, in its Merkle tree's order (the log's commit order). */
export type AuditEventPage = {
  __typename?: 'AuditEventPage';
  /** Where the next page starts: pass it as `after`. A page shorter than asked for reached what is readable now; asked again later, it gives the events appended since. */
  endCursor: Scalars['String']['output'];
  /** The events, each with its hash and its previous hash in its stream. */
  events: Array<AuditEvent>;
};

/** What CastVote takes. */
export type CastVoteInput = {
  /** The agenda item. */
  itemId: Scalars['String']['input'];
  /** The motion. */
  motionId: Scalars['String']['input'];
  /** The session. */
  sessionId: Scalars['String']['input'];
  /** Your vote. */
  vote: Vote;
};

/** How a field differs between two states. */
export type ChangeKind =
  /** Absent before, present after. */
  | 'ADDED'
  /** Present in both, with different values. */
  | 'CHANGED'
  /** Present before, absent after. */
  | 'REMOVED';

/** The key that signs the logs' checkpoints, as this platform holds it. An auditor who wants proof independent of the platform takes the key the city published instead. */
export type CheckpointKey = {
  __typename?: 'CheckpointKey';
  /** The 4-byte key id of the signature lines, hex. */
  keyId: Scalars['String']['output'];
  /** The key name in the signed notes (AUDIT_KEY_NAME). */
  name: Scalars['String']['output'];
  /** The prefix of every log origin: a log is `<originPrefix>/<service>` (AUDIT_ORIGIN). */
  originPrefix: Scalars['String']['output'];
  /** The Ed25519 public key, SPKI PEM. */
  publicKeyPem: Scalars['String']['output'];
};

/** What ChoosePublicName takes. */
export type ChoosePublicNameInput = {
  /** Your public name, up to 50 characters. */
  displayName: Scalars['String']['input'];
  /** You (your subject id): nobody names someone else. */
  personId: Scalars['String']['input'];
};

/** What CloseSurvey takes. */
export type CloseSurveyInput = {
  /** The survey. */
  surveyId: Scalars['String']['input'];
};

/** A command the platform accepted: where its events went, and what it changed. */
export type CommandAccepted = {
  __typename?: 'CommandAccepted';
  /** The command id: sending the same command again with it acts once. */
  commandId: Scalars['String']['output'];
  /** The committee session, when the command changed one. */
  committeeSession: Maybe<CommitteeSession>;
  /** The types of the events the command appended. */
  eventTypes: Array<Scalars['String']['output']>;
  /** The global position of the last event appended; null when nothing needed to change. */
  globalPosition: Maybe<Scalars['Int']['output']>;
  /** The implementation, when the command changed one. */
  implementation: Maybe<Implementation>;
  /** The organization, when the command changed one. */
  organization: Maybe<Organization>;
  /** The proposal, when the command changed one. */
  proposal: Maybe<Proposal>;
  /** The review, when the command changed one. */
  review: Maybe<Review>;
  /** The stream the command appended to, e.g. proposal-p-1. */
  streamId: Scalars['String']['output'];
  /** The stream version after the command. */
  streamVersion: Scalars['Int']['output'];
  /** Whether queries already show the change. False when the read models did not catch up within the wait: query again shortly. */
  visible: Scalars['Boolean']['output'];
};

/** Why a command was not accepted. */
export type CommandRefused = {
  __typename?: 'CommandRefused';
  /** Stable code to branch on: UNAUTHENTICATED, FORBIDDEN, INVALID_COMMAND, COMMAND_ID_RESERVED or COMMAND_ID_REUSED (choose another commandId), a rule of the domain (e.g. SUPPORT_WINDOW_CLOSED), or COMMAND_TIMEOUT, COMMAND_NOT_DELIVERED and INTERNAL when the platform failed. */
  code: Scalars['String']['output'];
  /** The command id. Nothing was written, except after COMMAND_TIMEOUT or INTERNAL: the command may have been handled, so send it again with this commandId, which acts once. */
  commandId: Maybe<Scalars['String']['output']>;
  /** What went wrong and how to fix it, for people. */
  message: Scalars['String']['output'];
};

/** What became of a command: accepted, or refused with a typed error. */
export type CommandResult = CommandAccepted | CommandRefused;

/** A seat on a space's governance committee. */
export type CommitteeMember = {
  __typename?: 'CommitteeMember';
  /** Whether they co-chair the committee. */
  coChair: Scalars['Boolean']['output'];
  /** The member (subject id). */
  id: Scalars['String']['output'];
  /** Their name. */
  name: Scalars['String']['output'];
  /** Their public profile: the name they chose, else the roster's (`name`). */
  person: Person;
  /** public or private (civil society). */
  sector: Scalars['String']['output'];
  /** The space whose committee it is: seoul (the city), a district id, or a council. */
  spaceId: Scalars['String']['output'];
};

/** A meeting of a space's committee. */
export type CommitteeSession = {
  __typename?: 'CommitteeSession';
  /** Its agenda, in the order items were added. */
  agenda: Array<AgendaItem>;
  /** Attendance as recorded, one entry per member. */
  attendance: Array<Attendance>;
  /** Its id. */
  id: Scalars['String']['output'];
  /** The published minutes, once published. */
  minutes: Maybe<Scalars['String']['output']>;
  /** When the minutes were published. */
  minutesPublishedAt: Maybe<Scalars['DateTime']['output']>;
  /** How many members are recorded present now. */
  present: Scalars['Int']['output'];
  /** How many members must be present for a decision. */
  quorum: Scalars['Int']['output'];
  /** Whether enough members are present to vote and decide. */
  quorumMet: Scalars['Boolean']['output'];
  /** The members on the roster when it was scheduled. */
  roster: Array<Scalars['String']['output']>;
  /** When it meets. */
  scheduledFor: Scalars['DateTime']['output'];
  /** The space whose committee meets. */
  space: Maybe<GovernanceSpace>;
  /** The space whose committee meets (see `space` for its names). */
  spaceId: Scalars['String']['output'];
};

/** What CompleteImplementation takes. */
export type CompleteImplementationInput = {
  /** The implementation. */
  implementationId: Scalars['String']['input'];
};

/** What CompleteMilestone takes. */
export type CompleteMilestoneInput = {
  /** The implementation. */
  implementationId: Scalars['String']['input'];
  /** The milestone (letters, digits, _ . : -; up to 100). */
  milestoneId: Scalars['String']['input'];
};

/** An RFC 9162 consistency proof: a service log's smaller tree is a prefix of its larger one. */
export type ConsistencyProof = {
  __typename?: 'ConsistencyProof';
  /** The root of the tree of fromSize leaves, hex. */
  fromRoot: Scalars['String']['output'];
  /** The smaller tree size. */
  fromSize: Scalars['Int']['output'];
  /** The proof (RFC 9162 PROOF), hex. */
  proof: Array<Scalars['String']['output']>;
  /** The service whose log it is. */
  service: Scalars['String']['output'];
  /** The root of the tree of toSize leaves, hex. */
  toRoot: Scalars['String']['output'];
  /** The larger tree size. */
  toSize: Scalars['Int']['output'];
};

/** What CreateCouncil takes. */
export type CreateCouncilInput = {
  /** Its space id for good (letters, digits, _ . : -; up to 100); not the city's (seoul) nor a district's. */
  councilId: Scalars['String']['input'];
  /** Its name in English, up to 100 characters. */
  nameEn: Scalars['String']['input'];
  /** Its name in Korean, up to 100 characters. */
  nameKo: Scalars['String']['input'];
  /** What it deliberates, up to 2,000 characters. */
  theme: Scalars['String']['input'];
};

/** A decision the committee recorded on an agenda item. */
export type Decision = {
  __typename?: 'Decision';
  /** The amendments it adopted, if any. */
  amendments: Maybe<Scalars['String']['output']>;
  /** Its id. */
  decisionId: Scalars['String']['output'];
  /** The motion it decided, if any. */
  motionId: Maybe<Scalars['String']['output']>;
  /** adopt, adopt_with_amendments, reject, defer, refer_to_city (a district’s or council’s committee sends it up to the city’s) or delegate_to_district (the city’s sends it down to a district’s). */
  outcome: Scalars['String']['output'];
  /** Members present. */
  present: Scalars['Int']['output'];
  /** The quorum it met. */
  quorum: Scalars['Int']['output'];
  /** Why the committee decided so. */
  rationale: Scalars['String']['output'];
  /** When it was recorded. */
  recordedAt: Scalars['DateTime']['output'];
  /** Members recused from it. */
  recused: Array<Scalars['String']['output']>;
  /** The earlier decision it supersedes, if any. */
  supersedes: Maybe<Scalars['String']['output']>;
  /** The tally of that motion. */
  tally: Tally;
  /** Where the decision moved the proposal (the city, or the district delegated to); null otherwise. */
  toSpace: Maybe<GovernanceSpace>;
  /** Where it moved the proposal: seoul for a referral, the district for a delegation; null otherwise. */
  toSpaceId: Maybe<Scalars['String']['output']>;
};

/** What DeclareConflict takes. */
export type DeclareConflictInput = {
  /** The agenda item. */
  itemId: Scalars['String']['input'];
  /** The member (subject id). */
  memberId: Scalars['String']['input'];
  /** The conflict of interest, up to 2,000 characters. */
  reason: Scalars['String']['input'];
  /** The session. */
  sessionId: Scalars['String']['input'];
};

/** What DeclineMembership takes. */
export type DeclineMembershipInput = {
  /** The organization. */
  organizationId: Scalars['String']['input'];
  /** Why the request is declined, up to 2,000 characters; the requester reads it. */
  reason: Scalars['String']['input'];
  /** Who asked to join (subject id). */
  requesterId: Scalars['String']['input'];
};

/** What DefineIndicator takes. */
export type DefineIndicatorInput = {
  /** The value it starts from. */
  baselineValue: Scalars['Float']['input'];
  /** The year of the baseline, begun already. */
  baselineYear: Scalars['Int']['input'];
  /** higher when the plan succeeds as the value rises, lower when it falls. */
  direction: IndicatorDirection;
  /** An id you choose for it (letters, digits, _ . : -; up to 100). */
  indicatorId: Scalars['String']['input'];
  /** Its name in English, up to 200 characters. */
  nameEn: Scalars['String']['input'];
  /** Its name in Korean, up to 200 characters. */
  nameKo: Scalars['String']['input'];
  /** The master plan in force. */
  planId: Scalars['String']['input'];
  /** The detailed policy of that plan it measures. */
  policyId: Scalars['String']['input'];
  /** The value aimed for: above the baseline if higher is better, below it if lower is. */
  targetValue: Scalars['Float']['input'];
  /** The year it is aimed for by, after the baseline year. */
  targetYear: Scalars['Int']['input'];
  /** What its values count, up to 40 characters (%, points, people). */
  unit: Scalars['String']['input'];
};

/** What DefinePolicy takes. */
export type DefinePolicyInput = {
  /** The master plan. */
  planId: Scalars['String']['input'];
  /** An id for the policy (letters, digits, _ . : -; up to 100). */
  policyId: Scalars['String']['input'];
  /** The strategy. */
  strategyId: Scalars['String']['input'];
  /** Its title, up to 300 characters. */
  title: Scalars['String']['input'];
};

/** What DefineStrategy takes. */
export type DefineStrategyInput = {
  /** The master plan. */
  planId: Scalars['String']['input'];
  /** An id for the strategy (letters, digits, _ . : -; up to 100). */
  strategyId: Scalars['String']['input'];
  /** Its title, up to 300 characters. */
  title: Scalars['String']['input'];
};

/** A department in the directory: its names in Korean and English, the space it serves and its officers, listed in public. */
export type Department = {
  __typename?: 'Department';
  /** Its id: what proposals, reviews and officers’ sign-ins name it by. */
  id: Scalars['String']['output'];
  /** Its English name (Climate and Environment Headquarters). */
  nameEn: Scalars['String']['output'];
  /** Its Korean name (기후환경본부). */
  nameKo: Scalars['String']['output'];
  /** Its officers as the directory lists them, in public, in the order they were listed. Acting for it takes a sign-in that names the department. */
  officers: Array<Person>;
  /** When it was registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** The space it serves: the city (seoul), a district (Mapo-gu) or a council. */
  spaceId: Scalars['String']['output'];
};

/** A department's reviews: how many are open, answered and overdue, and how fast it answers. */
export type DepartmentReviews = {
  __typename?: 'DepartmentReviews';
  /** Reviews answered. */
  answered: Scalars['Int']['output'];
  /** The department id. */
  department: Scalars['String']['output'];
  /** The department `department` names, from the directory (its names in Korean and English); null when the directory registers none. */
  departmentInDirectory: Maybe<Department>;
  /** Median days from opening to answer; null before any answer. */
  medianAnswerDays: Maybe<Scalars['Float']['output']>;
  /** Reviews still open. */
  open: Scalars['Int']['output'];
  /** Open reviews past their due date, and reviews answered late. */
  overdue: Scalars['Int']['output'];
};

/** What DesignateCoChairs takes. */
export type DesignateCoChairsInput = {
  /** The two members who co-chair: one from each sector. */
  coChairs: Array<Scalars['String']['input']>;
  /** The governance space it acts in: seoul (the city, when left out), a district id such as Mapo-gu, or a council. */
  spaceId?: InputMaybe<Scalars['String']['input']>;
};

/** One of Seoul's 25 autonomous districts (자치구). */
export type District = {
  __typename?: 'District';
  /** Its administrative standard code (행정표준코드), five digits (마포구: 11440). */
  code: Scalars['String']['output'];
  /** Its id, what commands and the proposals filter name it by: its English name (Mapo-gu). */
  id: Scalars['String']['output'];
  /** Its English name (Mapo-gu). */
  nameEn: Scalars['String']['output'];
  /** Its Korean name (마포구). */
  nameKo: Scalars['String']['output'];
};

/** A proposal a space's committee was asked to deliberate, by one source. */
export type DocketEntry = {
  __typename?: 'DocketEntry';
  /** The agenda items it became in its space's sessions, by this source, the earliest first. */
  agendaItems: Array<AgendaItem>;
  /** Where it came from: the space whose committee's decision moved it here; null otherwise. */
  fromSpace: Maybe<GovernanceSpace>;
  /** The space whose committee's decision moved it here; null when it did not come from another. */
  fromSpaceId: Maybe<Scalars['String']['output']>;
  /** The proposal. */
  proposal: Maybe<Proposal>;
  /** The proposal. */
  proposalId: Scalars['String']['output'];
  /** When it was put on the docket. */
  proposedAt: Scalars['DateTime']['output'];
  /** What asked, by id: the referring review, the proposal itself for the forum tier, or the other committee's decision that moved it. */
  reference: Scalars['String']['output'];
  /** What asked: department_referral, forum_tier, district_referral (a district’s or council’s committee referred it up) or city_delegation (the city’s committee delegated it down). */
  source: Scalars['String']['output'];
  /** The space whose committee was asked. */
  space: Maybe<GovernanceSpace>;
  /** The space whose committee was asked. */
  spaceId: Scalars['String']['output'];
};

/** What DraftProposal takes. */
export type DraftProposalInput = {
  /** What it proposes and why, up to 20,000 characters. */
  body: Scalars['String']['input'];
  /** The departments asked to answer it; the first one leads. */
  departments: Array<Scalars['String']['input']>;
  /** The district, by its id in `districts` (Mapo-gu, Jongno-gu, …). */
  district: Scalars['String']['input'];
  /** The organization it is drafted for, or null; you must be one of its members. */
  organizationId?: InputMaybe<Scalars['String']['input']>;
  /** An id you choose for it (letters, digits, _ . : -; up to 100). */
  proposalId: Scalars['String']['input'];
  /** The master plan strategies or policies it serves (ids). */
  serves: Array<Scalars['String']['input']>;
  /** The space it is made and decided in: seoul (the city), a district id such as Mapo-gu, or a council. */
  spaceId?: InputMaybe<Scalars['String']['input']>;
  /** The title, up to 200 characters. */
  title: Scalars['String']['input'];
};

/** What EditProposal takes. */
export type EditProposalInput = {
  /** What it proposes and why, up to 20,000 characters. */
  body: Scalars['String']['input'];
  /** The departments asked to answer it; the first one leads. */
  departments: Array<Scalars['String']['input']>;
  /** The district, by its id in `districts` (Mapo-gu, Jongno-gu, …). */
  district: Scalars['String']['input'];
  /** The proposal. */
  proposalId: Scalars['String']['input'];
  /** The master plan strategies or policies it serves (ids). */
  serves: Array<Scalars['String']['input']>;
  /** The title, up to 200 characters. */
  title: Scalars['String']['input'];
};

/** What people said of one answer, decision or implementation of a proposal. */
export type FeedbackSummary = {
  __typename?: 'FeedbackSummary';
  /** How many gave feedback. */
  given: Scalars['Int']['output'];
  /** How many were invited (the author and the supporters). */
  invited: Scalars['Int']['output'];
  /** The mean rating, 1 to 5; null before any feedback. */
  meanRating: Maybe<Scalars['Float']['output']>;
  /** answer, decision or implementation. */
  target: Scalars['String']['output'];
  /** The review, decision or implementation rated. */
  targetId: Scalars['String']['output'];
};

/** What GiveFeedback takes. */
export type GiveFeedbackInput = {
  /** What you think, up to 5,000 characters. */
  comment: Scalars['String']['input'];
  /** Your rating, a whole number from 1 to 5. */
  rating: Scalars['Float']['input'];
  /** What the feedback is on. */
  target: Target;
  /** The review, decision or implementation the feedback is on. */
  targetId: Scalars['String']['input'];
};

/** What GiveInterimAnswer takes. */
export type GiveInterimAnswerInput = {
  /** The department the command acts for; you must be one of its officers. */
  department: Scalars['String']['input'];
  /** The review. */
  reviewId: Scalars['String']['input'];
  /** The interim answer, up to 5,000 characters. */
  text: Scalars['String']['input'];
};

/** A governance space: where proposals are made and decided, with its own threshold policies and committee. */
export type GovernanceSpace = {
  __typename?: 'GovernanceSpace';
  /** Its id: seoul (the city), a district’s (Mapo-gu), or a council’s. */
  id: Scalars['String']['output'];
  /** What it is: the city, a district or a council. */
  kind: SpaceKind;
  /** Its English name (Seoul, Mapo-gu, or the council’s). */
  nameEn: Scalars['String']['output'];
  /** Its Korean name (서울특별시, 마포구, or the council’s). */
  nameKo: Scalars['String']['output'];
  /** What a council deliberates; null for the city and districts. */
  theme: Maybe<Scalars['String']['output']>;
};

/** The lead department's implementation of an adopted proposal. */
export type Implementation = {
  __typename?: 'Implementation';
  /** When it was completed. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The committee decision that asked for it. */
  decisionId: Scalars['String']['output'];
  /** The department that implements it. */
  department: Scalars['String']['output'];
  /** The department `department` names, from the directory (its names in Korean and English); null when the directory registers none. */
  departmentInDirectory: Maybe<Department>;
  /** Its id. */
  id: Scalars['String']['output'];
  /** The plan, in the order given. */
  milestones: Array<Milestone>;
  /** Percent done, as last reported. */
  percent: Scalars['Int']['output'];
  /** The proposal it implements; null until the proposal is known to the read models. */
  proposal: Maybe<Proposal>;
  /** The proposal it implements. */
  proposalId: Scalars['String']['output'];
  /** Progress reports, oldest first. */
  reports: Array<ProgressReport>;
  /** When it was requested. */
  requestedAt: Scalars['DateTime']['output'];
  /** Why it stalled, while it is stalled. */
  stalledReason: Maybe<Scalars['String']['output']>;
  /** requested, in_progress, stalled or completed. */
  status: Scalars['String']['output'];
};

/** An RFC 9162 inclusion proof: an event is a leaf of its service log's tree. */
export type InclusionProof = {
  __typename?: 'InclusionProof';
  /** The audit path (RFC 9162 PATH), from the leaf up, hex. */
  auditPath: Array<Scalars['String']['output']>;
  /** The event. */
  eventId: Scalars['String']['output'];
  /** The leaf: SHA-256(0x00 ‖ the event's hash), hex. */
  leafHash: Scalars['String']['output'];
  /** Its leaf index, from 0, in the tree's order (the log's commit order). */
  leafIndex: Scalars['Int']['output'];
  /** The root of the tree of treeSize leaves, hex. */
  rootHash: Scalars['String']['output'];
  /** The service whose log holds the event. */
  service: Scalars['String']['output'];
  /** The signed note of the checkpoint of treeSize (its root must equal rootHash); null when none was signed at that size. */
  signedNote: Maybe<Scalars['String']['output']>;
  /** The size of the tree the proof is for. */
  treeSize: Scalars['Int']['output'];
};

/** One of: higher, lower. */
export type IndicatorDirection =
  | 'higher'
  | 'lower';

/** An indicator's value for one year. */
export type IndicatorMeasurement = {
  __typename?: 'IndicatorMeasurement';
  /** When it was recorded. */
  measuredAt: Scalars['DateTime']['output'];
  /** The value this one corrected, if the year was measured before (the history keeps every one). */
  replacedValue: Maybe<Scalars['Float']['output']>;
  /** Where the value comes from, if given. */
  source: Maybe<Scalars['String']['output']>;
  /** The value in force for that year. */
  value: Scalars['Float']['output'];
  /** The year measured. */
  year: Scalars['Int']['output'];
};

/** How far an indicator has come from its baseline toward its target. */
export type IndicatorProgressView = {
  __typename?: 'IndicatorProgressView';
  /** The share a steady pace from baseline year to target year would have reached by the latest year. */
  expectedShare: Maybe<Scalars['Float']['output']>;
  /** The latest year measured, if any. */
  latest: Maybe<IndicatorMeasurement>;
  /** Whether the latest value keeps at least that steady pace; null before any measurement. */
  onTrack: Maybe<Scalars['Boolean']['output']>;
  /** The share of the way from baseline (0) to target (1) the latest value has come; below 0 when it moved away, above 1 past the target. */
  share: Maybe<Scalars['Float']['output']>;
};

/** An answer a department gave before its final one. */
export type InterimAnswer = {
  __typename?: 'InterimAnswer';
  /** When. */
  givenAt: Scalars['DateTime']['output'];
  /** The officer who gave it. */
  givenBy: Scalars['String']['output'];
  /** The officer who gave it (`givenBy`), as anyone may see them. */
  giver: Maybe<Person>;
  /** What it said. */
  text: Scalars['String']['output'];
};

/** What JoinOrganization takes. */
export type JoinOrganizationInput = {
  /** Who joins (subject id). */
  memberId: Scalars['String']['input'];
  /** The organization. */
  organizationId: Scalars['String']['input'];
  /** The role in the organization. */
  role: Role;
};

/** What LeaveOrganization takes. */
export type LeaveOrganizationInput = {
  /** The member (subject id). */
  memberId: Scalars['String']['input'];
  /** The organization. */
  organizationId: Scalars['String']['input'];
};

/** The governance master plan: vision, strategies and policies. */
export type MasterPlan = {
  __typename?: 'MasterPlan';
  /** When it was adopted. */
  adoptedAt: Scalars['DateTime']['output'];
  /** Its id. */
  id: Scalars['String']['output'];
  /** Its pending issues. */
  pendingIssues: Array<PendingIssue>;
  /** The start of its period, an ISO 8601 date and time as adopted (2026-01-01T00:00:00Z). */
  periodFrom: Scalars['String']['output'];
  /** The end of its period, an ISO 8601 date and time as adopted. */
  periodTo: Scalars['String']['output'];
  /** Its strategies, in order. */
  strategies: Array<Strategy>;
  /** Its title. */
  title: Scalars['String']['output'];
  /** Its vision. */
  vision: Scalars['String']['output'];
};

/** Who the bearer token says you are. */
export type Me = {
  __typename?: 'Me';
  /** The departments you work for. */
  departments: Array<Scalars['String']['output']>;
  /** The name others see you by (`choosePublicName` chooses it; a committee member has the roster's until then); null while you have none. */
  displayName: Maybe<Scalars['String']['output']>;
  /** The organizations whose own records list you as a member, by name: those you may act for. Unlike the token's organizations, it includes one you registered or joined since signing in. */
  memberOf: Array<Organization>;
  /** Your requests to join organizations, the latest first: pending, or how they were answered (and why, when declined). */
  membershipRequests: Array<MembershipRequest>;
  /** Whether you sit on the governance committee. */
  onCommittee: Scalars['Boolean']['output'];
  /** The organizations you belong to. */
  organizations: Array<Scalars['String']['output']>;
  /** Your roles on the platform. */
  roles: Array<Scalars['String']['output']>;
  /** Your subject id: the actor of your commands. */
  subject: Scalars['String']['output'];
};

/** One of: supports, forum_participants. */
export type Measure =
  | 'forum_participants'
  | 'supports';

/** A request to join an organization: its administrators (and auditors) see those pending, the requester all of their own. */
export type MembershipRequest = {
  __typename?: 'MembershipRequest';
  /** When it was approved, declined or withdrawn; null while pending. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** The administrator who approved or declined it; null while pending, when withdrawn, or when an administrator added the requester directly. */
  answeredBy: Maybe<Scalars['String']['output']>;
  /** Why it was declined; null otherwise. */
  declinedReason: Maybe<Scalars['String']['output']>;
  /** The organization asked (id). */
  organizationId: Scalars['String']['output'];
  /** When they asked. */
  requestedAt: Scalars['DateTime']['output'];
  /** Who asked to join (`requesterId`), as anyone may see them. */
  requester: Maybe<Person>;
  /** Who asked to join (subject id). */
  requesterId: Scalars['String']['output'];
  /** Where it stands. */
  status: MembershipRequestStatus;
};

/** Where a request to join an organization stands. */
export type MembershipRequestStatus =
  | 'approved'
  | 'declined'
  | 'pending'
  | 'withdrawn';

/** A milestone of an implementation plan. */
export type Milestone = {
  __typename?: 'Milestone';
  /** When it was completed; null while open. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** When it is due. */
  dueAt: Scalars['DateTime']['output'];
  /** Its id. */
  milestoneId: Scalars['String']['output'];
  /** What is done when it is reached. */
  title: Scalars['String']['output'];
};

/** A moment in a stream's history: give exactly one of a time or a position in the stream's service log. */
export type Moment = {
  /** Everything recorded up to this time (within its millisecond). */
  at?: InputMaybe<Scalars['DateTime']['input']>;
  /** Everything up to this position (inclusive) in the stream's service log. */
  position?: InputMaybe<Scalars['Int']['input']>;
};

/** A motion on an agenda item and its votes. */
export type Motion = {
  __typename?: 'Motion';
  /** Its id. */
  motionId: Scalars['String']['output'];
  /** The member who proposed it. */
  proposedBy: Scalars['String']['output'];
  /** The member who proposed it (`proposedBy`), as anyone may see them. */
  proposer: Person;
  /** Whether a recorded decision counted it: a sealed motion takes no more votes. */
  sealed: Scalars['Boolean']['output'];
  /** Its votes counted so far, as a decision would count them. */
  tally: Tally;
  /** What it moves. */
  text: Scalars['String']['output'];
  /** The votes cast on it. */
  votes: Array<VoteCast>;
  /** Why you cannot vote on it now (the code CastVote would refuse with); null when you can. */
  votingBlockedBy: Maybe<VoteBlocker>;
  /** Your vote on it; null if you did not vote. */
  yourVote: Maybe<Scalars['String']['output']>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Put a proposal from the docket of the session’s space on its agenda. */
  addAgendaItem: CommandResult;
  /** Adopt a governance master plan (the secretariat, admins). */
  adoptMasterPlan: CommandResult;
  /** Adopt the support thresholds that proposals submitted in a space from the day it takes effect are held to (the secretariat, admins); proposals submitted before keep theirs. */
  adoptThresholdPolicy: CommandResult;
  /** Amend your proposal after a department answered it. */
  amendProposal: CommandResult;
  /** Answer a review of your department: accept, partially accept, reject or refer to the committee. */
  answerReview: CommandResult;
  /** Answer a perception survey once, for your sector. */
  answerSurvey: CommandResult;
  /** Appoint a member to a space's governance committee (the secretariat, admins). */
  appointMember: CommandResult;
  /** Approve a request to join an organization you administer: the requester becomes a member. */
  approveMembership: CommandResult;
  /** List a person among a department's officers in the directory (secretariat, admins). Their authority to act for it stays their sign-in's department claim. */
  assignDepartmentOfficer: CommandResult;
  /** Assign an officer of your department to a review (department heads). */
  assignOfficer: CommandResult;
  /** Vote on a motion (present, non-recused committee members, once). */
  castVote: CommandResult;
  /** Choose the name others see you by (anyone signed in): until you do, citizens appear as "a citizen", never by their account id. */
  choosePublicName: CommandResult;
  /** Close a perception survey. */
  closeSurvey: CommandResult;
  /** Complete your department’s implementation once every milestone is done. */
  completeImplementation: CommandResult;
  /** Mark a milestone of your department’s implementation done. */
  completeMilestone: CommandResult;
  /** Create a thematic council: a governance space of its own, with its proposals, policies and committee (the secretariat, admins). */
  createCouncil: CommandResult;
  /** Declare a conflict of interest on an agenda item: the member is recused from it. */
  declareConflict: CommandResult;
  /** Decline a request to join an organization you administer, saying why. */
  declineMembership: CommandResult;
  /** Define an indicator of a detailed policy of the master plan in force, with a baseline and a target (the secretariat, admins). */
  defineIndicator: CommandResult;
  /** Define a policy under a strategy of the master plan (the secretariat, admins). */
  definePolicy: CommandResult;
  /** Define a strategy of the master plan (the secretariat, admins). */
  defineStrategy: CommandResult;
  /** Designate the two co-chairs of a space's committee (the secretariat, admins). */
  designateCoChairs: CommandResult;
  /** Draft a proposal in a space (the city unless you name a district or council), alone or for an organization you belong to. */
  draftProposal: CommandResult;
  /** Edit your draft (for an organization: while you are one of its members). */
  editProposal: CommandResult;
  /** Give (or revise) your feedback on an answer, decision or implementation you were invited to rate. */
  giveFeedback: CommandResult;
  /** Give an interim answer to a review of your department. */
  giveInterimAnswer: CommandResult;
  /** Add someone to an organization you administer. To join one yourself, request membership instead. */
  joinOrganization: CommandResult;
  /** Remove a member from an organization. */
  leaveOrganization: CommandResult;
  /** Open a perception survey on a topic. */
  openSurvey: CommandResult;
  /** Plan the implementation your department was asked for, with milestones. */
  planImplementation: CommandResult;
  /** Propose a motion on an agenda item (present committee members). */
  proposeMotion: CommandResult;
  /** Publish a session’s minutes. */
  publishMinutes: CommandResult;
  /** Record whether a member is present at a session. */
  recordAttendance: CommandResult;
  /** Record the committee’s decision on an agenda item (chairs), checked against quorum and tally. A district’s or council’s committee may refer the proposal to the city’s; the city’s may delegate it to a district’s. */
  recordDecision: CommandResult;
  /** Record how many took part in the proposal’s public forum (secretariat). */
  recordForumParticipation: CommandResult;
  /** Record an indicator's value for a year from its baseline to its target; a year measured again is corrected, the earlier value kept in its history (the secretariat, admins). */
  recordIndicatorMeasurement: CommandResult;
  /** Record a pending issue of the master plan (the secretariat, admins). */
  recordPendingIssue: CommandResult;
  /** Register a department in the directory (secretariat, admins): proposals may name it once it is registered. */
  registerDepartment: CommandResult;
  /** Register a civil society organization; you become its first administrator. */
  registerOrganization: CommandResult;
  /** Take a person off a department's officers in the directory (secretariat, admins). */
  releaseDepartmentOfficer: CommandResult;
  /** Remove a member from a space's governance committee (the secretariat, admins). */
  removeMember: CommandResult;
  /** Rename a registered department (secretariat, admins). */
  renameDepartment: CommandResult;
  /** Rename an organization you administer; what it said under its old name stays said. */
  renameOrganization: CommandResult;
  /** Report progress on your department’s implementation. */
  reportProgress: CommandResult;
  /** Ask to join an organization; one of its administrators approves or declines. */
  requestMembership: CommandResult;
  /** Retire an indicator: it takes no more measurements and leaves the plan (the secretariat, admins). */
  retireIndicator: CommandResult;
  /** Revoke an organization's verification, saying why (the secretariat, admins). */
  revokeOrganizationVerification: CommandResult;
  /** Schedule a session of a space's committee (its co-chairs, the secretariat); its roster and quorum are that committee's, fixed now. */
  scheduleSession: CommandResult;
  /** A development token for one of `personas` (8 hours). A NOT_AVAILABLE error where there are no personas, a BAD_USER_INPUT error for a subject that is not one. */
  signInAsPersona: PersonaToken;
  /** Report that your department’s implementation is stalled, and why. */
  stallImplementation: CommandResult;
  /** Submit your draft under the threshold policy in force now; supports open. */
  submitProposal: CommandResult;
  /** Support a submitted proposal (once, not your own). */
  supportProposal: CommandResult;
  /** Verify a registered organization, saying what was checked (the secretariat, admins). */
  verifyOrganization: CommandResult;
  /** Withdraw your request to join an organization while it awaits an answer. */
  withdrawMembershipRequest: CommandResult;
  /** Withdraw your proposal. */
  withdrawProposal: CommandResult;
  /** Withdraw your support while supports are open. */
  withdrawSupport: CommandResult;
};


export type MutationAddAgendaItemArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AddAgendaItemInput;
};


export type MutationAdoptMasterPlanArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AdoptMasterPlanInput;
};


export type MutationAdoptThresholdPolicyArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AdoptThresholdPolicyInput;
};


export type MutationAmendProposalArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AmendProposalInput;
};


export type MutationAnswerReviewArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AnswerReviewInput;
};


export type MutationAnswerSurveyArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AnswerSurveyInput;
};


export type MutationAppointMemberArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AppointMemberInput;
};


export type MutationApproveMembershipArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: ApproveMembershipInput;
};


export type MutationAssignDepartmentOfficerArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AssignDepartmentOfficerInput;
};


export type MutationAssignOfficerArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AssignOfficerInput;
};


export type MutationCastVoteArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: CastVoteInput;
};


export type MutationChoosePublicNameArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: ChoosePublicNameInput;
};


export type MutationCloseSurveyArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: CloseSurveyInput;
};


export type MutationCompleteImplementationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: CompleteImplementationInput;
};


export type MutationCompleteMilestoneArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: CompleteMilestoneInput;
};


export type MutationCreateCouncilArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: CreateCouncilInput;
};


export type MutationDeclareConflictArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: DeclareConflictInput;
};


export type MutationDeclineMembershipArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: DeclineMembershipInput;
};


export type MutationDefineIndicatorArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: DefineIndicatorInput;
};


export type MutationDefinePolicyArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: DefinePolicyInput;
};


export type MutationDefineStrategyArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: DefineStrategyInput;
};


export type MutationDesignateCoChairsArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: DesignateCoChairsInput;
};


export type MutationDraftProposalArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: DraftProposalInput;
};


export type MutationEditProposalArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: EditProposalInput;
};


export type MutationGiveFeedbackArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: GiveFeedbackInput;
};


export type MutationGiveInterimAnswerArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: GiveInterimAnswerInput;
};


export type MutationJoinOrganizationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: JoinOrganizationInput;
};


export type MutationLeaveOrganizationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: LeaveOrganizationInput;
};


export type MutationOpenSurveyArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: OpenSurveyInput;
};


export type MutationPlanImplementationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: PlanImplementationInput;
};


export type MutationProposeMotionArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: ProposeMotionInput;
};


export type MutationPublishMinutesArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: PublishMinutesInput;
};


export type MutationRecordAttendanceArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RecordAttendanceInput;
};


export type MutationRecordDecisionArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RecordDecisionInput;
};


export type MutationRecordForumParticipationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RecordForumParticipationInput;
};


export type MutationRecordIndicatorMeasurementArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RecordIndicatorMeasurementInput;
};


export type MutationRecordPendingIssueArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RecordPendingIssueInput;
};


export type MutationRegisterDepartmentArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RegisterDepartmentInput;
};


export type MutationRegisterOrganizationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RegisterOrganizationInput;
};


export type MutationReleaseDepartmentOfficerArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: ReleaseDepartmentOfficerInput;
};


export type MutationRemoveMemberArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RemoveMemberInput;
};


export type MutationRenameDepartmentArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RenameDepartmentInput;
};


export type MutationRenameOrganizationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RenameOrganizationInput;
};


export type MutationReportProgressArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: ReportProgressInput;
};


export type MutationRequestMembershipArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RequestMembershipInput;
};


export type MutationRetireIndicatorArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RetireIndicatorInput;
};


export type MutationRevokeOrganizationVerificationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RevokeOrganizationVerificationInput;
};


export type MutationScheduleSessionArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: ScheduleSessionInput;
};


export type MutationSignInAsPersonaArgs = {
  subject: Scalars['String']['input'];
};


export type MutationStallImplementationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: StallImplementationInput;
};


export type MutationSubmitProposalArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: SubmitProposalInput;
};


export type MutationSupportProposalArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: SupportProposalInput;
};


export type MutationVerifyOrganizationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: VerifyOrganizationInput;
};


export type MutationWithdrawMembershipRequestArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: WithdrawMembershipRequestInput;
};


export type MutationWithdrawProposalArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: WithdrawProposalInput;
};


export type MutationWithdrawSupportArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: WithdrawSupportInput;
};

/** What OpenSurvey takes. */
export type OpenSurveyInput = {
  /** The question asked, up to 2,000 characters. */
  question: Scalars['String']['input'];
  /** An id you choose for it (letters, digits, _ . : -; up to 100). */
  surveyId: Scalars['String']['input'];
  /** The topic it measures, up to 200 characters. */
  topic: Scalars['String']['input'];
};

/** A civil society organization registered on the platform. */
export type Organization = {
  __typename?: 'Organization';
  /** The district it works in, as written: a district id (Mapo-gu) since the directory; `districtInDirectory` names it. */
  district: Scalars['String']['output'];
  /** The district it works in, from the directory; null when `district` names none (written before it). */
  districtInDirectory: Maybe<District>;
  /** Its id. */
  id: Scalars['String']['output'];
  /** Its members, administrators first. */
  members: Array<OrganizationMember>;
  /** Requests to join it that await an answer, oldest first: its administrators and auditors only (others get a FORBIDDEN error on this field). */
  membershipRequests: Array<MembershipRequest>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** When it was registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** What the secretariat checked to verify it (e.g. its registration as a non-profit); null while unverified, or for a verification recorded before notes. */
  verificationNote: Maybe<Scalars['String']['output']>;
  /** When its last verification was revoked; null as for `verificationRevokedReason`. */
  verificationRevokedAt: Maybe<Scalars['DateTime']['output']>;
  /** Why its last verification was revoked; null when none was, or once it is verified again. */
  verificationRevokedReason: Maybe<Scalars['String']['output']>;
  /** Whether the secretariat vouches for it now (verified, and not revoked since). */
  verified: Scalars['Boolean']['output'];
  /** When it was verified; null while unverified. */
  verifiedAt: Maybe<Scalars['DateTime']['output']>;
  /** Who in the secretariat verified it, as anyone may see them; null while unverified. */
  verifier: Maybe<Person>;
};

/** A member of an organization. */
export type OrganizationMember = {
  __typename?: 'OrganizationMember';
  /** When they joined. */
  joinedAt: Scalars['DateTime']['output'];
  /** The member (subject id). */
  memberId: Scalars['String']['output'];
  /** cso_admin or cso_member. */
  role: Scalars['String']['output'];
};

/** One of: accepted, partially_accepted, rejected, referred_to_committee. */
export type Outcome =
  | 'accepted'
  | 'partially_accepted'
  | 'referred_to_committee'
  | 'rejected';

/** Where a page ends and whether more follow. */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** The cursor of the last proposal on this page. */
  endCursor: Maybe<Scalars['String']['output']>;
  /** Whether more proposals follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** An issue the plan recorded as pending. */
export type PendingIssue = {
  __typename?: 'PendingIssue';
  /** Its id. */
  issueId: Scalars['String']['output'];
  /** What is pending. */
  text: Scalars['String']['output'];
};

/** How far civil society's perception of a topic is from the public sector's. */
export type PerceptionGap = {
  __typename?: 'PerceptionGap';
  /** Private mean minus public mean; negative when civil society sees it worse. Null until both answered. */
  gap: Maybe<Scalars['Float']['output']>;
  /** Whether it still takes answers. */
  open: Scalars['Boolean']['output'];
  /** When it was opened. */
  openedAt: Scalars['DateTime']['output'];
  /** Private-sector respondents. */
  privateCount: Scalars['Int']['output'];
  /** Mean score of private-sector (civil society) respondents. */
  privateMean: Maybe<Scalars['Float']['output']>;
  /** Public-sector respondents. */
  publicCount: Scalars['Int']['output'];
  /** Mean score of public-sector respondents. */
  publicMean: Maybe<Scalars['Float']['output']>;
  /** The question asked. */
  question: Scalars['String']['output'];
  /** The survey. */
  surveyId: Scalars['String']['output'];
  /** The topic it measures. */
  topic: Scalars['String']['output'];
};

/** A person as anyone may see them: by the name they chose, or by their role alone. Officials and committee members have public profiles; a citizen who chose no name appears as "a citizen", never by their account id. */
export type Person = {
  __typename?: 'Person';
  /** The department an official acts for (the one they last acted for), when known. */
  department: Maybe<Scalars['String']['output']>;
  /** The department `department` names, from the directory (its names in Korean and English); null when the directory registers none. */
  departmentInDirectory: Maybe<Department>;
  /** The name to show: the one they chose, else a committee member's name on the roster; null for a person who chose none (show their role instead, e.g. 시민 / "a citizen"). */
  displayName: Maybe<Scalars['String']['output']>;
  /** What they are here. */
  role: PersonRole;
};

/** What a person is here, in public: a citizen (civil society included), an official (department officers and heads, the secretariat, auditors, administrators) or a member of the governance committee. */
export type PersonRole =
  | 'citizen'
  | 'committee_member'
  | 'official';

/** One of the demo's people, as the persona picker offers them (development only). */
export type Persona = {
  __typename?: 'Persona';
  /** The departments you work for. */
  departments: Array<Scalars['String']['output']>;
  /** The name others see them by, as the demo city has it; null while they have none. */
  displayName: Maybe<Scalars['String']['output']>;
  /** Whether you sit on the governance committee. */
  onCommittee: Scalars['Boolean']['output'];
  /** The organizations you belong to. */
  organizations: Array<Scalars['String']['output']>;
  /** Your roles on the platform. */
  roles: Array<Scalars['String']['output']>;
  /** Your subject id: the actor of your commands. */
  subject: Scalars['String']['output'];
};

/** A development bearer token for a persona. */
export type PersonaToken = {
  __typename?: 'PersonaToken';
  /** When the token stops being accepted. */
  expiresAt: Scalars['DateTime']['output'];
  /** Who the token says you are. */
  persona: Persona;
  /** The bearer token: send it as "Authorization: Bearer <token>". */
  token: Scalars['String']['output'];
};

/** What PlanImplementation takes. */
export type PlanImplementationInput = {
  /** The implementation. */
  implementationId: Scalars['String']['input'];
  /** The plan: at least one milestone, each id once. */
  milestones: Array<PlanImplementationMilestonesInput>;
};

/** What PlanImplementation takes. */
export type PlanImplementationMilestonesInput = {
  /** When it is due (ISO 8601). */
  dueAt: Scalars['String']['input'];
  /** The milestone (letters, digits, _ . : -; up to 100). */
  milestoneId: Scalars['String']['input'];
  /** What is done when it is reached, up to 300 characters. */
  title: Scalars['String']['input'];
};

/** An indicator of a detailed policy of the master plan: a baseline, a target and yearly measurements. */
export type PlanIndicator = {
  __typename?: 'PlanIndicator';
  /** The value it starts from. */
  baselineValue: Scalars['Float']['output'];
  /** The year of the baseline. */
  baselineYear: Scalars['Int']['output'];
  /** When it was defined. */
  definedAt: Scalars['DateTime']['output'];
  /** higher when the plan succeeds as the value rises, lower when it falls. */
  direction: Scalars['String']['output'];
  /** Its id. */
  id: Scalars['String']['output'];
  /** The value in force for each year measured, by year. */
  measurements: Array<IndicatorMeasurement>;
  /** Its name in English. */
  nameEn: Scalars['String']['output'];
  /** Its name in Korean. */
  nameKo: Scalars['String']['output'];
  /** The plan in force when it was defined. */
  planId: Scalars['String']['output'];
  /** The detailed policy it measures: every plan version keeping that policy shows it. */
  policyId: Scalars['String']['output'];
  /** How far it has come: the latest measurement against a steady pace from baseline to target. */
  progress: IndicatorProgressView;
  /** When it was retired, if it was. */
  retiredAt: Maybe<Scalars['DateTime']['output']>;
  /** The value the plan aims for. */
  targetValue: Scalars['Float']['output'];
  /** The year it aims for it by. */
  targetYear: Scalars['Int']['output'];
  /** What its values count (%, points, people). */
  unit: Scalars['String']['output'];
};

/** A policy under a strategy of the master plan. */
export type PlanPolicy = {
  __typename?: 'PlanPolicy';
  /** Its indicators in use, the first defined first: defined under any plan version that has this policy. */
  indicators: Array<PlanIndicator>;
  /** Its id. */
  policyId: Scalars['String']['output'];
  /** Proposals that serve this policy. */
  proposals: Array<Proposal>;
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A tier of a threshold policy: what a proposal must gather to reach it. */
export type PolicyTier = {
  __typename?: 'PolicyTier';
  /** What is counted: supports or forum_participants. */
  measure: Scalars['String']['output'];
  /** How many are needed to reach it. */
  threshold: Scalars['Int']['output'];
  /** department_answer, public_forum or mayor_answer. */
  tier: Scalars['String']['output'];
};

/** A progress report on an implementation. */
export type ProgressReport = {
  __typename?: 'ProgressReport';
  /** What happened. */
  note: Scalars['String']['output'];
  /** Percent done, 0 to 100. */
  percent: Scalars['Int']['output'];
  /** Why progress fell, when it did. */
  reason: Maybe<Scalars['String']['output']>;
  /** When it was reported. */
  reportedAt: Scalars['DateTime']['output'];
};

/** A proposal from a citizen or a civil society organization, with its whole journey. */
export type Proposal = {
  __typename?: 'Proposal';
  /** Its committee agenda items, with motions, votes and decisions. */
  agendaItems: Array<AgendaItem>;
  /** The departments’ answers it received. */
  answers: Array<AnswerReceived>;
  /** Who drafted it, as anyone may see them (`authorId` names their account); null for none. */
  author: Maybe<Person>;
  /** Who drafted it (subject id). */
  authorId: Scalars['String']['output'];
  /** What it proposes and why. */
  body: Scalars['String']['output'];
  /** The departments asked to answer it; the first one leads. */
  departments: Array<Scalars['String']['output']>;
  /** The departments `departments` names, in the same order, from the directory; null for an id it does not register (written before it). */
  departmentsInDirectory: Array<Maybe<Department>>;
  /** The district it concerns, as written: a district id (Mapo-gu) since the directory; `districtInDirectory` names it. */
  district: Scalars['String']['output'];
  /** The district it concerns, from the directory; null when `district` names none (written before it). */
  districtInDirectory: Maybe<District>;
  /** When it was drafted. */
  draftedAt: Maybe<Scalars['DateTime']['output']>;
  /** Feedback on its answers, decisions and implementation. */
  feedback: Array<FeedbackSummary>;
  /** Forum participants recorded so far. */
  forumParticipants: Scalars['Int']['output'];
  /** Its id. */
  id: Scalars['String']['output'];
  /** Its implementation once adopted; the latest when a later decision asked for another. */
  implementation: Maybe<Implementation>;
  /** Supports needed for the next tier counted in supports, under its policy; null when none is left. */
  nextSupportThreshold: Maybe<Scalars['Int']['output']>;
  /** The organization it was drafted for (`organizationId`), by name; null for none. */
  organization: Maybe<Organization>;
  /** The organization it was drafted for, if any. */
  organizationId: Maybe<Scalars['String']['output']>;
  /** The threshold policy version it was submitted under; null while a draft. */
  policyVersion: Maybe<Scalars['Int']['output']>;
  /** The reviews of the departments asked, lead first. */
  reviews: Array<Review>;
  /** The master plan strategies and policies it serves. */
  serves: Array<Scalars['String']['output']>;
  /** The space where it is decided now, by name; null only while its drafted event is on its way. */
  space: Maybe<GovernanceSpace>;
  /** The id of the space where it is decided now: where it was drafted, until a committee referred it up or delegated it down; `space` names it. */
  spaceId: Scalars['String']['output'];
  /** Where it stands. */
  status: ProposalStatus;
  /** When it was submitted; null while a draft. */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** When supports close; null while a draft. */
  supportWindowClosesAt: Maybe<Scalars['DateTime']['output']>;
  /** Whether the caller supports it now: false when signed out, and over subscriptions. */
  supportedByMe: Scalars['Boolean']['output'];
  /** Who supports it: auditors and admins only (others get a FORBIDDEN error on this field). */
  supporters: Array<Supporter>;
  /** Supports now (withdrawn supports are not counted). */
  supports: Scalars['Int']['output'];
  /** The tiers it reached, in order. */
  tiersReached: Array<TierReached>;
  /** Its whole journey across the services, oldest step first, with when and who. */
  timeline: Array<TimelineStep>;
  /** Its title. */
  title: Scalars['String']['output'];
  /** When its read model last changed. */
  updatedAt: Scalars['DateTime']['output'];
  /** Why its author withdrew it, if they did. */
  withdrawnReason: Maybe<Scalars['String']['output']>;
};

/** A proposal in a list, with the cursor to continue after it. */
export type ProposalEdge = {
  __typename?: 'ProposalEdge';
  /** Pass as `after` to get the proposals after this one. */
  cursor: Scalars['String']['output'];
  /** The proposal. */
  node: Proposal;
};

/** Which proposals to list; every given condition must hold. */
export type ProposalFilter = {
  /** Only proposals asking this department. */
  department?: InputMaybe<Scalars['String']['input']>;
  /** Only proposals about this district, by its id (Mapo-gu). */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Only proposals serving this strategy or policy id. */
  serves?: InputMaybe<Scalars['String']['input']>;
  /** Only proposals decided in this space now, by its id (seoul, Mapo-gu, a council’s); every space’s when left out (the city-wide view). */
  spaceId?: InputMaybe<Scalars['String']['input']>;
  /** Only proposals with this status. */
  status?: InputMaybe<ProposalStatus>;
  /** Only proposals whose title or body contains this text, in any language (case-insensitive, up to 200 characters). */
  text?: InputMaybe<Scalars['String']['input']>;
};

/** One page of proposals, newest first. */
export type ProposalPage = {
  __typename?: 'ProposalPage';
  /** The proposals on this page. */
  edges: Array<ProposalEdge>;
  /** Where this page ends. */
  pageInfo: PageInfo;
  /** How many proposals match the filter in all. */
  totalCount: Scalars['Int']['output'];
};

/** Where a proposal stands, in the order proposals move through (withdrawn ends it at any point). */
export type ProposalStatus =
  | 'answered'
  | 'collecting_support'
  | 'decided'
  | 'draft'
  | 'implemented'
  | 'implementing'
  | 'on_committee_agenda'
  | 'under_review'
  | 'withdrawn';

/** What ProposeMotion takes. */
export type ProposeMotionInput = {
  /** The agenda item. */
  itemId: Scalars['String']['input'];
  /** An id for the motion (letters, digits, _ . : -; up to 100). */
  motionId: Scalars['String']['input'];
  /** The session. */
  sessionId: Scalars['String']['input'];
  /** What the motion moves, up to 5,000 characters. */
  text: Scalars['String']['input'];
};

/** What PublishMinutes takes. */
export type PublishMinutesInput = {
  /** The minutes, up to 100,000 characters. */
  minutes: Scalars['String']['input'];
  /** The session. */
  sessionId: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** A service's events after a cursor, in its tree's order, each with its hash chain. Asked again from the last cursor, it gives what was appended since (a live tail never misses one). Auditors and admins only (others get a FORBIDDEN error). */
  auditEvents: AuditEventPage;
  /** Every event of a stream, in order, with its hash chain. Auditors and admins only (others get a FORBIDDEN error). */
  auditTrail: Array<AuditEvent>;
  /** The public key the checkpoints are verified with, its name and the origins of the logs; null when this gateway holds no copy. Anyone may read it: it is public. */
  checkpointKey: Maybe<CheckpointKey>;
  /** The signed checkpoints of a service's log, smallest tree first. Auditors and admins only (others get a FORBIDDEN error). */
  checkpoints: Array<SignedCheckpoint>;
  /** What a space's committee was asked to deliberate, the oldest first: its chair puts it on an agenda. */
  committeeDocket: Array<DocketEntry>;
  /** The members sitting on a space's committee now. */
  committeeMembers: Array<CommitteeMember>;
  /** One committee session; null if unknown. */
  committeeSession: Maybe<CommitteeSession>;
  /** A space's committee sessions, the latest first. */
  committeeSessions: Array<CommitteeSession>;
  /** The proof that a service log's tree of one size is a prefix of a larger one. Auditors and admins only (others get a FORBIDDEN error). */
  consistencyProof: ConsistencyProof;
  /** Every department that was asked to review, by id, with its reviews counted (`departments` is the directory). */
  departmentReviews: Array<DepartmentReviews>;
  /** The departments in the directory, by id; only those serving one space when it is given. */
  departments: Array<Department>;
  /** What changed in a stream's state between two moments, field by field. Auditors and admins only (others get a FORBIDDEN error). */
  diff: Array<StateChange>;
  /** Seoul's 25 districts, in the order of their codes. */
  districts: Array<District>;
  /** A department's implementations, the most recently requested first. */
  implementations: Array<Implementation>;
  /** The proof that an event is in its service log's tree of a given size. Auditors and admins only (others get a FORBIDDEN error). */
  inclusionProof: InclusionProof;
  /** The master plan adopted last; null before one is. */
  masterPlan: Maybe<MasterPlan>;
  /** Every master plan adopted, the one in force (adopted last) first: earlier ones are kept. */
  masterPlans: Array<MasterPlan>;
  /** Who your bearer token says you are; null without one, an UNAUTHENTICATED error for a bad one. */
  me: Maybe<Me>;
  /** An organization by id; null when there is none. */
  organization: Maybe<Organization>;
  /** Organizations by name; `verified` picks those the secretariat vouches for (true) or those awaiting verification (false). */
  organizations: Array<Organization>;
  /** Perception gaps between the sectors, per survey, the earliest opened first. */
  perceptionGaps: Array<PerceptionGap>;
  /** The demo's people one may sign in as on a standalone development platform signing with its own secret; empty wherever JWT_SECRET or JWT_PUBLIC_KEY is set, on a gateway of its own, and in production. */
  personas: Array<Persona>;
  /** A proposal by id; null when there is none. */
  proposal: Maybe<Proposal>;
  /** Proposals, newest first, a page at a time. */
  proposals: ProposalPage;
  /** A department's reviews, the soonest due first (ties by id); all of them when no status is given. */
  reviewQueue: Array<Review>;
  /** A space by id; null when there is none. */
  space: Maybe<GovernanceSpace>;
  /** Every governance space: the city, its 25 districts in the order of their codes, then the councils. */
  spaces: Array<GovernanceSpace>;
  /** A stream as it stood at a moment: give exactly one of `at` and `position`. Auditors and admins only (others get a FORBIDDEN error). */
  streamAsOf: StreamState;
  /** Every version of a space’s support thresholds, the latest adopted first (one adopted for a later day is not in force yet: see takesEffectAt). */
  thresholdPolicies: Array<ThresholdPolicyVersion>;
};


export type QueryAuditEventsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  first?: Scalars['Int']['input'];
  service: Scalars['String']['input'];
};


export type QueryAuditTrailArgs = {
  streamId: Scalars['String']['input'];
};


export type QueryCheckpointsArgs = {
  first?: Scalars['Int']['input'];
  fromSize?: Scalars['Int']['input'];
  service: Scalars['String']['input'];
};


export type QueryCommitteeDocketArgs = {
  spaceId?: Scalars['String']['input'];
};


export type QueryCommitteeMembersArgs = {
  spaceId?: Scalars['String']['input'];
};


export type QueryCommitteeSessionArgs = {
  id: Scalars['String']['input'];
};


export type QueryCommitteeSessionsArgs = {
  spaceId?: Scalars['String']['input'];
};


export type QueryConsistencyProofArgs = {
  fromSize: Scalars['Int']['input'];
  service: Scalars['String']['input'];
  toSize: Scalars['Int']['input'];
};


export type QueryDepartmentsArgs = {
  spaceId: InputMaybe<Scalars['String']['input']>;
};


export type QueryDiffArgs = {
  from: Moment;
  streamId: Scalars['String']['input'];
  to: Moment;
};


export type QueryImplementationsArgs = {
  department: Scalars['String']['input'];
};


export type QueryInclusionProofArgs = {
  eventId: Scalars['String']['input'];
  treeSize: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['String']['input'];
};


export type QueryOrganizationsArgs = {
  verified: InputMaybe<Scalars['Boolean']['input']>;
};


export type QueryProposalArgs = {
  id: Scalars['String']['input'];
};


export type QueryProposalsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ProposalFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryReviewQueueArgs = {
  department: Scalars['String']['input'];
  status: InputMaybe<ReviewStatus>;
};


export type QuerySpaceArgs = {
  id: Scalars['String']['input'];
};


export type QueryStreamAsOfArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  position: InputMaybe<Scalars['Int']['input']>;
  streamId: Scalars['String']['input'];
};


export type QueryThresholdPoliciesArgs = {
  spaceId?: Scalars['String']['input'];
};

/** What RecordAttendance takes. */
export type RecordAttendanceInput = {
  /** The member (subject id). */
  memberId: Scalars['String']['input'];
  /** Whether the member is present. */
  present: Scalars['Boolean']['input'];
  /** The session. */
  sessionId: Scalars['String']['input'];
};

/** What RecordDecision takes. */
export type RecordDecisionInput = {
  /** The amendments adopted with the decision, or null. */
  amendments?: InputMaybe<Scalars['String']['input']>;
  /** An id for the decision (letters, digits, _ . : -; up to 100). */
  decisionId: Scalars['String']['input'];
  /** The district a delegate_to_district decision sends the proposal to, by its id (Mapo-gu); null otherwise. */
  delegateTo?: InputMaybe<Scalars['String']['input']>;
  /** The agenda item. */
  itemId: Scalars['String']['input'];
  /** The motion. */
  motionId?: InputMaybe<Scalars['String']['input']>;
  /** adopt, adopt_with_amendments, reject, defer; refer_to_city (not in the city’s sessions) or delegate_to_district (only in them), each by a motion carried. */
  outcome: RecordDecisionOutcome;
  /** Why the committee decided so, up to 10,000 characters. */
  rationale: Scalars['String']['input'];
  /** The session. */
  sessionId: Scalars['String']['input'];
  /** The earlier decision this one replaces, or null. */
  supersedes?: InputMaybe<Scalars['String']['input']>;
};

/** One of: adopt, adopt_with_amendments, reject, defer, refer_to_city, delegate_to_district. */
export type RecordDecisionOutcome =
  | 'adopt'
  | 'adopt_with_amendments'
  | 'defer'
  | 'delegate_to_district'
  | 'refer_to_city'
  | 'reject';

/** What RecordForumParticipation takes. */
export type RecordForumParticipationInput = {
  /** Forum participants so far. */
  participants: Scalars['Int']['input'];
  /** The proposal. */
  proposalId: Scalars['String']['input'];
};

/** What RecordIndicatorMeasurement takes. */
export type RecordIndicatorMeasurementInput = {
  /** The indicator. */
  indicatorId: Scalars['String']['input'];
  /** Where the value comes from, up to 500 characters. */
  source?: InputMaybe<Scalars['String']['input']>;
  /** Its value that year. */
  value: Scalars['Float']['input'];
  /** The year measured: from the baseline year to the target year, begun already. */
  year: Scalars['Int']['input'];
};

/** What RecordPendingIssue takes. */
export type RecordPendingIssueInput = {
  /** An id for the pending issue (letters, digits, _ . : -; up to 100). */
  issueId: Scalars['String']['input'];
  /** The master plan. */
  planId: Scalars['String']['input'];
  /** What is pending, up to 2,000 characters. */
  text: Scalars['String']['input'];
};

/** A member who declared a conflict of interest on an item and does not vote on it. */
export type Recusal = {
  __typename?: 'Recusal';
  /** The member. */
  memberId: Scalars['String']['output'];
  /** The conflict they declared. */
  reason: Scalars['String']['output'];
};

/** What RegisterDepartment takes. */
export type RegisterDepartmentInput = {
  /** An id you choose for it (letters, digits, _ . : -; up to 100); officers' department claims name it. */
  departmentId: Scalars['String']['input'];
  /** Its English name, up to 100 characters (Climate and Environment Headquarters). */
  nameEn: Scalars['String']['input'];
  /** Its Korean name, up to 100 characters (기후환경본부). */
  nameKo: Scalars['String']['input'];
  /** The space it serves: the city (seoul), a district (Mapo-gu) or a council. */
  spaceId: Scalars['String']['input'];
};

/** What RegisterOrganization takes. */
export type RegisterOrganizationInput = {
  /** The district, by its id in `districts` (Mapo-gu, Jongno-gu, …). */
  district: Scalars['String']['input'];
  /** The name, up to 200 characters. */
  name: Scalars['String']['input'];
  /** An id you choose for it (letters, digits, _ . : -; up to 100). */
  organizationId: Scalars['String']['input'];
};

/** What ReleaseDepartmentOfficer takes. */
export type ReleaseDepartmentOfficerInput = {
  /** The department, by its id in the directory. */
  departmentId: Scalars['String']['input'];
  /** The officer (subject id). */
  personId: Scalars['String']['input'];
};

/** What RemoveMember takes. */
export type RemoveMemberInput = {
  /** The member (subject id). */
  memberId: Scalars['String']['input'];
  /** The governance space it acts in: seoul (the city, when left out), a district id such as Mapo-gu, or a council. */
  spaceId?: InputMaybe<Scalars['String']['input']>;
};

/** What RenameDepartment takes. */
export type RenameDepartmentInput = {
  /** The department, by its id in the directory. */
  departmentId: Scalars['String']['input'];
  /** Its English name, up to 100 characters (Climate and Environment Headquarters). */
  nameEn: Scalars['String']['input'];
  /** Its Korean name, up to 100 characters (기후환경본부). */
  nameKo: Scalars['String']['input'];
};

/** What RenameOrganization takes. */
export type RenameOrganizationInput = {
  /** Its new name, up to 200 characters. */
  name: Scalars['String']['input'];
  /** The organization. */
  organizationId: Scalars['String']['input'];
};

/** What ReportProgress takes. */
export type ReportProgressInput = {
  /** The implementation. */
  implementationId: Scalars['String']['input'];
  /** What happened, up to 5,000 characters. */
  note: Scalars['String']['input'];
  /** Percent done, a whole number from 0 to 100. */
  percent: Scalars['Float']['input'];
  /** Why progress fell; required when it does. */
  reason?: InputMaybe<Scalars['String']['input']>;
};

/** What RequestMembership takes. */
export type RequestMembershipInput = {
  /** The organization. */
  organizationId: Scalars['String']['input'];
};

/** What RetireIndicator takes. */
export type RetireIndicatorInput = {
  /** The indicator. */
  indicatorId: Scalars['String']['input'];
  /** Why, up to 2,000 characters. */
  reason: Scalars['String']['input'];
};

/** One department's review of a proposal, due a month after it opened. */
export type Review = {
  __typename?: 'Review';
  /** When it was answered. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** The officer who answered. */
  answeredBy: Maybe<Scalars['String']['output']>;
  /** The officer who answered (`answeredBy`), if one did. */
  answerer: Maybe<Person>;
  /** Whole days it has to be answered in: from its opening to its due date. */
  daysAllowed: Scalars['Int']['output'];
  /** Whole days since it opened, until its answer or, while open, until now (the platform's clock). */
  daysElapsed: Scalars['Int']['output'];
  /** The department that reviews. */
  department: Scalars['String']['output'];
  /** The department `department` names, from the directory (its names in Korean and English); null when the directory registers none. */
  departmentInDirectory: Maybe<Department>;
  /** When the answer is due. */
  dueAt: Scalars['DateTime']['output'];
  /** When it was escalated for being overdue, if it was. */
  escalatedAt: Maybe<Scalars['DateTime']['output']>;
  /** The estimated cost in won, if the answer gave one. */
  estimatedCost: Maybe<Scalars['Float']['output']>;
  /** Its id. */
  id: Scalars['String']['output'];
  /** Interim answers, oldest first. */
  interimAnswers: Array<InterimAnswer>;
  /** Whether this department leads the (joint) review. */
  lead: Scalars['Boolean']['output'];
  /** The officer assigned (`officerId`), if any. */
  officer: Maybe<Person>;
  /** The officer assigned, if any. */
  officerId: Maybe<Scalars['String']['output']>;
  /** When it opened. */
  openedAt: Scalars['DateTime']['output'];
  /** accepted, partially_accepted, rejected or referred_to_committee; null until answered. */
  outcome: Maybe<Scalars['String']['output']>;
  /** Whether it is past due: still open after its due date (the platform's clock), or answered late. */
  overdue: Scalars['Boolean']['output'];
  /** The proposal it reviews; null until the proposal is known to the read models. */
  proposal: Maybe<Proposal>;
  /** The proposal it reviews. */
  proposalId: Scalars['String']['output'];
  /** The reasons of the answer. */
  reasons: Maybe<Scalars['String']['output']>;
  /** open or answered. */
  status: Scalars['String']['output'];
};

/** Whether a review still awaits its answer. */
export type ReviewStatus =
  | 'answered'
  | 'open';

/** What RevokeOrganizationVerification takes. */
export type RevokeOrganizationVerificationInput = {
  /** The organization. */
  organizationId: Scalars['String']['input'];
  /** Why it is revoked, up to 2,000 characters, shown to everyone. */
  reason: Scalars['String']['input'];
};

/** One of: cso_admin, cso_member. */
export type Role =
  | 'cso_admin'
  | 'cso_member';

/** What ScheduleSession takes. */
export type ScheduleSessionInput = {
  /** When it meets (ISO 8601). */
  scheduledFor: Scalars['String']['input'];
  /** An id you choose for it (letters, digits, _ . : -; up to 100). */
  sessionId: Scalars['String']['input'];
  /** The governance space it acts in: seoul (the city, when left out), a district id such as Mapo-gu, or a council. */
  spaceId?: InputMaybe<Scalars['String']['input']>;
};

/** One of: public, private. */
export type Sector =
  | 'private'
  | 'public';

/** A signed checkpoint of a service log's Merkle tree. */
export type SignedCheckpoint = {
  __typename?: 'SignedCheckpoint';
  /** The log it is of, such as hyeopchi.local/civic. */
  origin: Scalars['String']['output'];
  /** The tree's root hash, hex. */
  rootHash: Scalars['String']['output'];
  /** The C2SP signed note, as signed: verify it with the public key, then compare its root with rootHash. */
  signedNote: Scalars['String']['output'];
  /** When it was signed. */
  time: Scalars['DateTime']['output'];
  /** How many events (leaves) the tree holds. */
  treeSize: Scalars['Int']['output'];
};

/** One of: department_referral, forum_tier, district_referral, city_delegation. */
export type Source =
  | 'city_delegation'
  | 'department_referral'
  | 'district_referral'
  | 'forum_tier';

/** What a governance space is: the city, one of its 25 districts, or a thematic council. */
export type SpaceKind =
  | 'city'
  | 'council'
  | 'district';

/** What StallImplementation takes. */
export type StallImplementationInput = {
  /** The implementation. */
  implementationId: Scalars['String']['input'];
  /** Why, up to 2,000 characters. */
  reason: Scalars['String']['input'];
};

/** One field that differs between two states of a stream. */
export type StateChange = {
  __typename?: 'StateChange';
  /** The value after; null when REMOVED. */
  after: Maybe<Scalars['JSON']['output']>;
  /** The value before; null when ADDED. */
  before: Maybe<Scalars['JSON']['output']>;
  /** Added, removed or changed. */
  kind: ChangeKind;
  /** Where in the state: member names joined by dots, array items by [index], such as content.title or supporters[2]; a name with a dot, bracket, quote or space is written ["like.this"]. */
  path: Scalars['String']['output'];
};

/** A strategy of the master plan. */
export type Strategy = {
  __typename?: 'Strategy';
  /** Its policies. */
  policies: Array<PlanPolicy>;
  /** Proposals that serve this strategy or one of its policies, with their decisions and progress. */
  proposals: Array<Proposal>;
  /** Its id. */
  strategyId: Scalars['String']['output'];
  /** Its title. */
  title: Scalars['String']['output'];
};

/** A stream as it stood at a moment: its events folded by the aggregate that owns it. */
export type StreamState = {
  __typename?: 'StreamState';
  /** The aggregate that folds it, such as proposal or session. */
  aggregate: Scalars['String']['output'];
  /** The last folded event's position in its service's log. */
  globalPosition: Maybe<Scalars['Int']['output']>;
  /** The service whose log holds it: civic, department, committee or feedback. */
  service: Scalars['String']['output'];
  /** The aggregate's state then, as its domain folds it. */
  state: Scalars['JSON']['output'];
  /** The stream. */
  streamId: Scalars['String']['output'];
  /** How many of its events were recorded by then; 0 when it did not exist yet. */
  version: Scalars['Int']['output'];
};

/** What SubmitProposal takes. */
export type SubmitProposalInput = {
  /** The proposal. */
  proposalId: Scalars['String']['input'];
};

export type Subscription = {
  __typename?: 'Subscription';
  /** The session as it is after each change (attendance, agenda, recusal, motion, vote, decision, minutes): a live tally. */
  committeeSessionChanged: CommitteeSession;
  /** Each decision the committee records, with the agenda item it decides. */
  decisionRecorded: AgendaItem;
  /** Your proposals, each as it is after its status changed: those you drafted and those you support at the time. Needs your bearer token (the connection's authorization parameter). */
  myProposalsChanged: Proposal;
  /** A proposal as it is after its status changed; only the given proposal when an id is given. */
  proposalStatusChanged: Proposal;
};


export type SubscriptionCommitteeSessionChangedArgs = {
  sessionId: Scalars['String']['input'];
};


export type SubscriptionProposalStatusChangedArgs = {
  proposalId: InputMaybe<Scalars['String']['input']>;
};

/** What SupportProposal takes. */
export type SupportProposalInput = {
  /** The proposal. */
  proposalId: Scalars['String']['input'];
};

/** Someone who supports a proposal; visible to auditors and admins only. */
export type Supporter = {
  __typename?: 'Supporter';
  /** When they supported it. */
  supportedAt: Scalars['DateTime']['output'];
  /** The supporter (subject id). */
  supporterId: Scalars['String']['output'];
};

/** Votes for, against and abstaining. */
export type Tally = {
  __typename?: 'Tally';
  /** Abstentions. */
  abstain: Scalars['Int']['output'];
  /** Votes against. */
  against: Scalars['Int']['output'];
  /** Votes for. */
  for: Scalars['Int']['output'];
};

/** One of: answer, decision, implementation. */
export type Target =
  | 'answer'
  | 'decision'
  | 'implementation';

/** A version of the support thresholds: proposals submitted while it was in force keep it for their whole life. */
export type ThresholdPolicyVersion = {
  __typename?: 'ThresholdPolicyVersion';
  /** When it was adopted. */
  adoptedAt: Scalars['DateTime']['output'];
  /** Who adopted it (subject id). */
  adoptedBy: Scalars['String']['output'];
  /** How many proposals were submitted under it, and keep it. */
  proposalsSubmitted: Scalars['Int']['output'];
  /** The space that adopted it, by name. */
  space: Maybe<GovernanceSpace>;
  /** The id of the space that adopted it. */
  spaceId: Scalars['String']['output'];
  /** How many days a proposal submitted under it collects supports. */
  supportWindowDays: Scalars['Int']['output'];
  /** When it takes (or took) effect: proposals submitted in its space from then are held to it, until a later version takes effect. */
  takesEffectAt: Scalars['DateTime']['output'];
  /** Its tiers, in the order a proposal climbs them. */
  tiers: Array<PolicyTier>;
  /** Its version in its space, from 1. */
  version: Scalars['Int']['output'];
};

/** One of: department_answer, public_forum, mayor_answer. */
export type Tier =
  | 'department_answer'
  | 'mayor_answer'
  | 'public_forum';

/** A support tier a proposal reached, under the threshold policy it was submitted with. */
export type TierReached = {
  __typename?: 'TierReached';
  /** The count when the tier was reached. */
  count: Scalars['Int']['output'];
  /** What was counted: supports or forum_participants. */
  measure: Scalars['String']['output'];
  /** When the tier was reached. */
  reachedAt: Scalars['DateTime']['output'];
  /** The threshold of the tier. */
  threshold: Scalars['Int']['output'];
  /** department_answer, public_forum or mayor_answer. */
  tier: Scalars['String']['output'];
};

/** One step of a proposal's journey, from any service: who did what, when. Supports and ratings are counted on the proposal, not listed: who gives them is not public. */
export type TimelineStep = {
  __typename?: 'TimelineStep';
  /** Who did it (subject id); system:<process> when the platform did it on its own. */
  actor: Maybe<Scalars['String']['output']>;
  /** When it happened. */
  at: Scalars['DateTime']['output'];
  /** The department it concerns, if one. */
  department: Maybe<Scalars['String']['output']>;
  /** The department `department` names, from the directory (its names in Korean and English); null when the directory registers none. */
  departmentInDirectory: Maybe<Department>;
  /** What the step says: the tier, an answer's or decision's outcome, the feedback target, a milestone's title, a percent, a reason or a text; for proposal.referred the space whose committee referred it to the city, for proposal.delegated the district it was delegated to (space ids). */
  detail: Maybe<Scalars['String']['output']>;
  /** Who did it, as anyone may see them; null when the platform did it on its own. */
  person: Maybe<Person>;
  /** The role they acted in; system for the platform. */
  role: Maybe<Scalars['String']['output']>;
  /** What happened: the event type without its version, e.g. proposal.submitted, review.answered, session.decision_recorded. */
  step: Scalars['String']['output'];
};

/** What VerifyOrganization takes. */
export type VerifyOrganizationInput = {
  /** What was checked, e.g. its registration as a non-profit; up to 2,000 characters, shown to everyone. */
  note: Scalars['String']['input'];
  /** The organization. */
  organizationId: Scalars['String']['input'];
};

/** One of: for, against, abstain. */
export type Vote =
  | 'abstain'
  | 'against'
  | 'for';

/** Why you cannot vote on a motion now; CastVote would be refused with the same code. */
export type VoteBlocker =
  | 'ALREADY_VOTED'
  | 'DECISION_SEALED'
  | 'MEMBER_NOT_PRESENT'
  | 'MEMBER_RECUSED'
  | 'NOT_ON_ROSTER'
  | 'QUORUM_NOT_MET'
  | 'SESSION_CLOSED';

/** A vote on a motion. */
export type VoteCast = {
  __typename?: 'VoteCast';
  /** The member who voted (`memberId`), as anyone may see them. */
  member: Person;
  /** The member who voted. */
  memberId: Scalars['String']['output'];
  /** for, against or abstain. */
  vote: Scalars['String']['output'];
};

/** What WithdrawMembershipRequest takes. */
export type WithdrawMembershipRequestInput = {
  /** The organization. */
  organizationId: Scalars['String']['input'];
};

/** What WithdrawProposal takes. */
export type WithdrawProposalInput = {
  /** The proposal. */
  proposalId: Scalars['String']['input'];
  /** Why, up to 2,000 characters. */
  reason: Scalars['String']['input'];
};

/** What WithdrawSupport takes. */
export type WithdrawSupportInput = {
  /** The proposal. */
  proposalId: Scalars['String']['input'];
};

export type AmendProposalMutationVariables = Exact<{
  input: AmendProposalInput;
}>;


export type AmendProposalMutation = { __typename?: 'Mutation', amendProposal:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type AuditEventFieldsFragment = { __typename?: 'AuditEvent', streamId: string, streamVersion: number, globalPosition: number, eventId: string, type: string, schemaVersion: number, recordedAt: string, actor: string | null, role: string | null, correlationId: string | null, causationId: string | null, data: unknown, metadata: unknown, hash: string, previousHash: string | null };

export type AuditStreamAsOfQueryVariables = Exact<{
  streamId: Scalars['String']['input'];
  at: InputMaybe<Scalars['DateTime']['input']>;
  position: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditStreamAsOfQuery = { __typename?: 'Query', streamAsOf: { __typename?: 'StreamState', service: string, aggregate: string, version: number, state: unknown } };

export type AuditStreamDiffQueryVariables = Exact<{
  streamId: Scalars['String']['input'];
  from: Moment;
  to: Moment;
}>;


export type AuditStreamDiffQuery = { __typename?: 'Query', diff: Array<{ __typename?: 'StateChange', path: string, kind: ChangeKind, before: unknown | null, after: unknown | null }> };

export type AuditStreamTrailQueryVariables = Exact<{
  streamId: Scalars['String']['input'];
}>;


export type AuditStreamTrailQuery = { __typename?: 'Query', auditTrail: Array<{ __typename?: 'AuditEvent', streamId: string, streamVersion: number, globalPosition: number, eventId: string, type: string, schemaVersion: number, recordedAt: string, actor: string | null, role: string | null, correlationId: string | null, causationId: string | null, data: unknown, metadata: unknown, hash: string, previousHash: string | null }> };

export type AuditServiceLogQueryVariables = Exact<{
  service: Scalars['String']['input'];
  after: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
}>;


export type AuditServiceLogQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventPage', endCursor: string, events: Array<{ __typename?: 'AuditEvent', streamId: string, streamVersion: number, globalPosition: number, eventId: string, type: string, schemaVersion: number, recordedAt: string, actor: string | null, role: string | null, correlationId: string | null, causationId: string | null, data: unknown, metadata: unknown, hash: string, previousHash: string | null }> } };

export type AuditInclusionProofQueryVariables = Exact<{
  eventId: Scalars['String']['input'];
}>;


export type AuditInclusionProofQuery = { __typename?: 'Query', inclusionProof: { __typename?: 'InclusionProof', service: string, leafIndex: number, treeSize: number, auditPath: Array<string>, signedNote: string | null } };

export type AuditVerifyStreamQueryVariables = Exact<{
  streamId: Scalars['String']['input'];
}>;


export type AuditVerifyStreamQuery = { __typename?: 'Query', auditTrail: Array<{ __typename?: 'AuditEvent', streamId: string, streamVersion: number, globalPosition: number, eventId: string, type: string, schemaVersion: number, recordedAt: string, actor: string | null, role: string | null, correlationId: string | null, causationId: string | null, data: unknown, metadata: unknown, hash: string, previousHash: string | null }>, checkpointKey: { __typename?: 'CheckpointKey', name: string, keyId: string, publicKeyPem: string, originPrefix: string } | null };

export type AddCommitteeAgendaItemMutationVariables = Exact<{
  input: AddAgendaItemInput;
}>;


export type AddCommitteeAgendaItemMutation = { __typename?: 'Mutation', addAgendaItem:
    | { __typename: 'CommandAccepted', committeeSession: { __typename?: 'CommitteeSession', id: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

type CommitteeCommandResult_CommandAccepted_Fragment = { __typename: 'CommandAccepted', committeeSession: { __typename?: 'CommitteeSession', id: string } | null };

type CommitteeCommandResult_CommandRefused_Fragment = { __typename: 'CommandRefused', code: string, message: string };

export type CommitteeCommandResultFragment =
  | CommitteeCommandResult_CommandAccepted_Fragment
  | CommitteeCommandResult_CommandRefused_Fragment
;

export type DeclareCommitteeConflictMutationVariables = Exact<{
  input: DeclareConflictInput;
}>;


export type DeclareCommitteeConflictMutation = { __typename?: 'Mutation', declareConflict:
    | { __typename: 'CommandAccepted', committeeSession: { __typename?: 'CommitteeSession', id: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type RecordCommitteeDecisionMutationVariables = Exact<{
  input: RecordDecisionInput;
}>;


export type RecordCommitteeDecisionMutation = { __typename?: 'Mutation', recordDecision:
    | { __typename: 'CommandAccepted', committeeSession: { __typename?: 'CommitteeSession', id: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type PublishCommitteeMinutesMutationVariables = Exact<{
  input: PublishMinutesInput;
}>;


export type PublishCommitteeMinutesMutation = { __typename?: 'Mutation', publishMinutes:
    | { __typename: 'CommandAccepted', committeeSession: { __typename?: 'CommitteeSession', id: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type ProposeCommitteeMotionMutationVariables = Exact<{
  input: ProposeMotionInput;
}>;


export type ProposeCommitteeMotionMutation = { __typename?: 'Mutation', proposeMotion:
    | { __typename: 'CommandAccepted', committeeSession: { __typename?: 'CommitteeSession', id: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type RecordCommitteeAttendanceMutationVariables = Exact<{
  input: RecordAttendanceInput;
}>;


export type RecordCommitteeAttendanceMutation = { __typename?: 'Mutation', recordAttendance:
    | { __typename: 'CommandAccepted', committeeSession: { __typename?: 'CommitteeSession', id: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type ScheduleCommitteeSessionMutationVariables = Exact<{
  input: ScheduleSessionInput;
}>;


export type ScheduleCommitteeSessionMutation = { __typename?: 'Mutation', scheduleSession:
    | { __typename: 'CommandAccepted', committeeSession: { __typename?: 'CommitteeSession', id: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type CommitteeSessionPageQueryVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type CommitteeSessionPageQuery = { __typename?: 'Query', committeeSession: { __typename?: 'CommitteeSession', id: string, spaceId: string, scheduledFor: string, roster: Array<string>, quorum: number, present: number, quorumMet: boolean, minutes: string | null, minutesPublishedAt: string | null, space: { __typename?: 'GovernanceSpace', nameKo: string, nameEn: string } | null, attendance: Array<{ __typename?: 'Attendance', memberId: string, present: boolean }>, agenda: Array<{ __typename?: 'AgendaItem', itemId: string, proposalId: string, source: string, proposal: { __typename?: 'Proposal', id: string, title: string } | null, recusals: Array<{ __typename?: 'Recusal', memberId: string, reason: string }>, motions: Array<{ __typename?: 'Motion', motionId: string, text: string, sealed: boolean, yourVote: string | null, votingBlockedBy: VoteBlocker | null, proposer: { __typename?: 'Person', displayName: string | null, role: PersonRole }, tally: { __typename?: 'Tally', for: number, against: number, abstain: number } }>, decision: { __typename?: 'Decision', decisionId: string, outcome: string, motionId: string | null, present: number, quorum: number, recused: Array<string>, rationale: string, amendments: string | null, supersedes: string | null, recordedAt: string, tally: { __typename?: 'Tally', for: number, against: number, abstain: number }, toSpace: { __typename?: 'GovernanceSpace', nameKo: string, nameEn: string } | null } | null }> } | null };

export type CommitteeSessionMembersQueryVariables = Exact<{
  spaceId: Scalars['String']['input'];
}>;


export type CommitteeSessionMembersQuery = { __typename?: 'Query', committeeMembers: Array<{ __typename?: 'CommitteeMember', id: string, person: { __typename?: 'Person', displayName: string | null, role: PersonRole } }> };

export type CommitteeSessionChangesSubscriptionVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type CommitteeSessionChangesSubscription = { __typename?: 'Subscription', committeeSessionChanged: { __typename?: 'CommitteeSession', id: string } };

export type CommitteeSessionsQueryVariables = Exact<{
  spaceId: Scalars['String']['input'];
}>;


export type CommitteeSessionsQuery = { __typename?: 'Query', committeeSessions: Array<{ __typename?: 'CommitteeSession', id: string, scheduledFor: string, quorum: number, present: number, minutesPublishedAt: string | null, agenda: Array<{ __typename?: 'AgendaItem', itemId: string }> }>, committeeDocket: Array<{ __typename?: 'DocketEntry', proposalId: string, source: string, proposedAt: string, fromSpace: { __typename?: 'GovernanceSpace', nameKo: string, nameEn: string } | null, proposal: { __typename?: 'Proposal', id: string, title: string } | null, agendaItems: Array<{ __typename?: 'AgendaItem', sessionId: string, itemId: string, decision: { __typename?: 'Decision', outcome: string } | null }> }> };

export type CastCommitteeVoteMutationVariables = Exact<{
  input: CastVoteInput;
}>;


export type CastCommitteeVoteMutation = { __typename?: 'Mutation', castVote:
    | { __typename: 'CommandAccepted', committeeSession: { __typename?: 'CommitteeSession', id: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DepartmentAnswerReviewMutationVariables = Exact<{
  input: AnswerReviewInput;
}>;


export type DepartmentAnswerReviewMutation = { __typename?: 'Mutation', answerReview:
    | { __typename: 'CommandAccepted', review: { __typename?: 'Review', id: string, status: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

type ImplementationCommandResult_CommandAccepted_Fragment = { __typename: 'CommandAccepted', implementation: { __typename?: 'Implementation', id: string, status: string } | null };

type ImplementationCommandResult_CommandRefused_Fragment = { __typename: 'CommandRefused', code: string, message: string };

export type ImplementationCommandResultFragment =
  | ImplementationCommandResult_CommandAccepted_Fragment
  | ImplementationCommandResult_CommandRefused_Fragment
;

export type DepartmentDeskDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentDeskDepartmentsQuery = { __typename?: 'Query', departmentReviews: Array<{ __typename?: 'DepartmentReviews', department: string }> };

export type DepartmentStallImplementationMutationVariables = Exact<{
  input: StallImplementationInput;
}>;


export type DepartmentStallImplementationMutation = { __typename?: 'Mutation', stallImplementation:
    | { __typename: 'CommandAccepted', implementation: { __typename?: 'Implementation', id: string, status: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DepartmentCompleteImplementationMutationVariables = Exact<{
  input: CompleteImplementationInput;
}>;


export type DepartmentCompleteImplementationMutation = { __typename?: 'Mutation', completeImplementation:
    | { __typename: 'CommandAccepted', implementation: { __typename?: 'Implementation', id: string, status: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DepartmentImplementationsQueryVariables = Exact<{
  department: Scalars['String']['input'];
}>;


export type DepartmentImplementationsQuery = { __typename?: 'Query', implementations: Array<{ __typename?: 'Implementation', id: string, proposalId: string, status: string, percent: number, stalledReason: string | null, milestones: Array<{ __typename?: 'Milestone', milestoneId: string, title: string, dueAt: string, completedAt: string | null }>, reports: Array<{ __typename?: 'ProgressReport', percent: number, note: string, reason: string | null, reportedAt: string }>, proposal: { __typename?: 'Proposal', title: string } | null }> };

export type DepartmentGiveInterimAnswerMutationVariables = Exact<{
  input: GiveInterimAnswerInput;
}>;


export type DepartmentGiveInterimAnswerMutation = { __typename?: 'Mutation', giveInterimAnswer:
    | { __typename: 'CommandAccepted', review: { __typename?: 'Review', id: string, interimAnswers: Array<{ __typename?: 'InterimAnswer', givenAt: string }> } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DepartmentCompleteMilestoneMutationVariables = Exact<{
  input: CompleteMilestoneInput;
}>;


export type DepartmentCompleteMilestoneMutation = { __typename?: 'Mutation', completeMilestone:
    | { __typename: 'CommandAccepted', implementation: { __typename?: 'Implementation', id: string, milestones: Array<{ __typename?: 'Milestone', milestoneId: string, completedAt: string | null }> } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DepartmentPlanImplementationMutationVariables = Exact<{
  input: PlanImplementationInput;
}>;


export type DepartmentPlanImplementationMutation = { __typename?: 'Mutation', planImplementation:
    | { __typename: 'CommandAccepted', implementation: { __typename?: 'Implementation', id: string, status: string } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DepartmentReportProgressMutationVariables = Exact<{
  input: ReportProgressInput;
}>;


export type DepartmentReportProgressMutation = { __typename?: 'Mutation', reportProgress:
    | { __typename: 'CommandAccepted', implementation: { __typename?: 'Implementation', id: string, status: string, percent: number } | null }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DepartmentReviewQueueQueryVariables = Exact<{
  department: Scalars['String']['input'];
}>;


export type DepartmentReviewQueueQuery = { __typename?: 'Query', open: Array<{ __typename?: 'Review', id: string, department: string, lead: boolean, proposalId: string, dueAt: string, daysElapsed: number, daysAllowed: number, overdue: boolean, interimAnswers: Array<{ __typename?: 'InterimAnswer', text: string, givenAt: string, giver: { __typename?: 'Person', displayName: string | null, role: PersonRole } | null }>, proposal: { __typename?: 'Proposal', title: string } | null }>, answered: Array<{ __typename?: 'Review', id: string, proposalId: string, outcome: string | null, answeredAt: string | null, overdue: boolean, answerer: { __typename?: 'Person', displayName: string | null, role: PersonRole } | null, proposal: { __typename?: 'Proposal', title: string, status: ProposalStatus } | null }> };

export type DepartmentDeskStatusChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DepartmentDeskStatusChangedSubscription = { __typename?: 'Subscription', proposalStatusChanged: { __typename?: 'Proposal', id: string, departments: Array<string> } };

export type DepartmentDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartmentDirectoryQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, nameKo: string, nameEn: string, spaceId: string }> };

export type DistrictsQueryVariables = Exact<{ [key: string]: never; }>;


export type DistrictsQuery = { __typename?: 'Query', districts: Array<{ __typename?: 'District', id: string, nameKo: string, nameEn: string }> };

export type CommandRefusalFragment = { __typename?: 'CommandRefused', code: string, message: string };

export type OrganizationPageQueryVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type OrganizationPageQuery = { __typename?: 'Query', organization: { __typename?: 'Organization', id: string, name: string, verified: boolean, verificationNote: string | null, verifiedAt: string | null, verificationRevokedReason: string | null, verificationRevokedAt: string | null, district: string, verifier: { __typename?: 'Person', displayName: string | null, role: PersonRole } | null, districtInDirectory: { __typename?: 'District', nameKo: string, nameEn: string } | null, members: Array<{ __typename?: 'OrganizationMember', memberId: string, role: string }> } | null };

export type RequestMembershipMutationVariables = Exact<{
  input: RequestMembershipInput;
}>;


export type RequestMembershipMutation = { __typename?: 'Mutation', requestMembership:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type LeaveOrganizationMutationVariables = Exact<{
  input: LeaveOrganizationInput;
}>;


export type LeaveOrganizationMutation = { __typename?: 'Mutation', leaveOrganization:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type RegisterOrganizationMutationVariables = Exact<{
  input: RegisterOrganizationInput;
}>;


export type RegisterOrganizationMutation = { __typename?: 'Mutation', registerOrganization:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type ChoosePublicNameMutationVariables = Exact<{
  input: ChoosePublicNameInput;
}>;


export type ChoosePublicNameMutation = { __typename?: 'Mutation', choosePublicName:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type PlanPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanPageQuery = { __typename?: 'Query', masterPlan: { __typename?: 'MasterPlan', title: string, vision: string, strategies: Array<{ __typename?: 'Strategy', strategyId: string, title: string, policies: Array<{ __typename?: 'PlanPolicy', policyId: string, title: string, indicators: Array<{ __typename?: 'PlanIndicator', id: string, nameKo: string, nameEn: string, unit: string, baselineValue: number, baselineYear: number, targetValue: number, targetYear: number, progress: { __typename?: 'IndicatorProgressView', share: number | null, onTrack: boolean | null, latest: { __typename?: 'IndicatorMeasurement', year: number, value: number } | null } }> }>, proposals: Array<{ __typename?: 'Proposal', id: string }> }> } | null, perceptionGaps: Array<{ __typename?: 'PerceptionGap', surveyId: string, topic: string, question: string, publicMean: number | null, privateMean: number | null, gap: number | null, open: boolean, publicCount: number, privateCount: number }> };

export type AnswerSurveyMutationVariables = Exact<{
  input: AnswerSurveyInput;
}>;


export type AnswerSurveyMutation = { __typename?: 'Mutation', answerSurvey:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type SurveySeatsQueryVariables = Exact<{ [key: string]: never; }>;


export type SurveySeatsQuery = { __typename?: 'Query', committeeMembers: Array<{ __typename?: 'CommitteeMember', id: string, sector: string }> };

export type SubmitProposalMutationVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type SubmitProposalMutation = { __typename?: 'Mutation', submitProposal:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type GiveFeedbackMutationVariables = Exact<{
  input: GiveFeedbackInput;
}>;


export type GiveFeedbackMutation = { __typename?: 'Mutation', giveFeedback:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type MyProposalsChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type MyProposalsChangedSubscription = { __typename?: 'Subscription', myProposalsChanged: { __typename?: 'Proposal', id: string, title: string, status: ProposalStatus } };

export type ProposalFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalFilterChoicesQuery = { __typename?: 'Query', masterPlan: { __typename?: 'MasterPlan', strategies: Array<{ __typename?: 'Strategy', strategyId: string, title: string }> } | null, departments: Array<{ __typename?: 'Department', id: string, nameKo: string, nameEn: string }> };

export type ProposalFormQueryVariables = Exact<{
  id: Scalars['String']['input'];
  editing: Scalars['Boolean']['input'];
}>;


export type ProposalFormQuery = { __typename?: 'Query', masterPlan: { __typename?: 'MasterPlan', strategies: Array<{ __typename?: 'Strategy', strategyId: string, title: string, policies: Array<{ __typename?: 'PlanPolicy', policyId: string, title: string }> }> } | null, departments: Array<{ __typename?: 'Department', id: string, nameKo: string, nameEn: string, spaceId: string }>, me: { __typename?: 'Me', memberOf: Array<{ __typename?: 'Organization', id: string, name: string }> } | null, proposal?: { __typename?: 'Proposal', id: string, title: string, body: string, serves: Array<string>, departments: Array<string>, district: string, spaceId: string, organizationId: string | null, authorId: string, status: ProposalStatus } | null };

export type DraftProposalMutationVariables = Exact<{
  input: DraftProposalInput;
}>;


export type DraftProposalMutation = { __typename?: 'Mutation', draftProposal:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type EditProposalMutationVariables = Exact<{
  input: EditProposalInput;
}>;


export type EditProposalMutation = { __typename?: 'Mutation', editProposal:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type ProposalPageQueryVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type ProposalPageQuery = { __typename?: 'Query', proposal: { __typename?: 'Proposal', id: string, title: string, body: string, status: ProposalStatus, district: string, policyVersion: number | null, authorId: string, supports: number, nextSupportThreshold: number | null, supportedByMe: boolean, withdrawnReason: string | null, districtInDirectory: { __typename?: 'District', nameKo: string, nameEn: string } | null, space: { __typename?: 'GovernanceSpace', nameKo: string, nameEn: string } | null, author: { __typename?: 'Person', displayName: string | null, role: PersonRole } | null, organization: { __typename?: 'Organization', name: string, verified: boolean } | null, reviews: Array<{ __typename?: 'Review', id: string, department: string, status: string, openedAt: string, dueAt: string, daysElapsed: number, overdue: boolean, answeredAt: string | null, outcome: string | null, reasons: string | null, estimatedCost: number | null, departmentInDirectory: { __typename?: 'Department', nameKo: string, nameEn: string } | null, answerer: { __typename?: 'Person', displayName: string | null, role: PersonRole } | null, interimAnswers: Array<{ __typename?: 'InterimAnswer', givenAt: string, text: string, giver: { __typename?: 'Person', displayName: string | null, role: PersonRole } | null }> }>, agendaItems: Array<{ __typename?: 'AgendaItem', sessionId: string, itemId: string, decision: { __typename?: 'Decision', outcome: string, rationale: string, amendments: string | null, present: number, recordedAt: string, tally: { __typename?: 'Tally', for: number, against: number, abstain: number } } | null }>, implementation: { __typename?: 'Implementation', department: string, status: string, percent: number, stalledReason: string | null, departmentInDirectory: { __typename?: 'Department', nameKo: string, nameEn: string } | null, milestones: Array<{ __typename?: 'Milestone', milestoneId: string, title: string, dueAt: string, completedAt: string | null }>, reports: Array<{ __typename?: 'ProgressReport', percent: number, note: string, reportedAt: string }> } | null, feedback: Array<{ __typename?: 'FeedbackSummary', target: string, targetId: string, invited: number, given: number, meanRating: number | null }>, timeline: Array<{ __typename?: 'TimelineStep', step: string, at: string, role: string | null, department: string | null, detail: string | null, person: { __typename?: 'Person', displayName: string | null, role: PersonRole } | null, departmentInDirectory: { __typename?: 'Department', nameKo: string, nameEn: string } | null }> } | null };

export type ProposalStatusChangedSubscriptionVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type ProposalStatusChangedSubscription = { __typename?: 'Subscription', proposalStatusChanged: { __typename?: 'Proposal', id: string, status: ProposalStatus } };

export type ProposalsPageQueryVariables = Exact<{
  filter: InputMaybe<ProposalFilter>;
}>;


export type ProposalsPageQuery = { __typename?: 'Query', proposals: { __typename?: 'ProposalPage', edges: Array<{ __typename?: 'ProposalEdge', node: { __typename?: 'Proposal', id: string, title: string, status: ProposalStatus, district: string, supports: number, nextSupportThreshold: number | null, districtInDirectory: { __typename?: 'District', nameKo: string, nameEn: string } | null, space: { __typename?: 'GovernanceSpace', nameKo: string, nameEn: string } | null } }> } };

export type ProposalsLiveSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ProposalsLiveSubscription = { __typename?: 'Subscription', proposalStatusChanged: { __typename?: 'Proposal', id: string, title: string, status: ProposalStatus } };

export type SupportProposalMutationVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type SupportProposalMutation = { __typename?: 'Mutation', supportProposal:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type WithdrawSupportMutationVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type WithdrawSupportMutation = { __typename?: 'Mutation', withdrawSupport:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type CreateCouncilMutationVariables = Exact<{
  input: CreateCouncilInput;
}>;


export type CreateCouncilMutation = { __typename?: 'Mutation', createCouncil:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type SecretariatDepartmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretariatDepartmentsQuery = { __typename?: 'Query', departments: Array<{ __typename?: 'Department', id: string, nameKo: string, nameEn: string, spaceId: string, officers: Array<{ __typename?: 'Person', displayName: string | null, role: PersonRole }> }> };

export type RegisterDepartmentMutationVariables = Exact<{
  input: RegisterDepartmentInput;
}>;


export type RegisterDepartmentMutation = { __typename?: 'Mutation', registerDepartment:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type AssignDepartmentOfficerMutationVariables = Exact<{
  input: AssignDepartmentOfficerInput;
}>;


export type AssignDepartmentOfficerMutation = { __typename?: 'Mutation', assignDepartmentOfficer:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DefineIndicatorMutationVariables = Exact<{
  input: DefineIndicatorInput;
}>;


export type DefineIndicatorMutation = { __typename?: 'Mutation', defineIndicator:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type RecordIndicatorMeasurementMutationVariables = Exact<{
  input: RecordIndicatorMeasurementInput;
}>;


export type RecordIndicatorMeasurementMutation = { __typename?: 'Mutation', recordIndicatorMeasurement:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type SecretariatOrganizationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretariatOrganizationsQuery = { __typename?: 'Query', organizations: Array<{ __typename?: 'Organization', id: string, name: string, verified: boolean, district: string, registeredAt: string, verificationNote: string | null, verifiedAt: string | null, verificationRevokedReason: string | null, verificationRevokedAt: string | null, districtInDirectory: { __typename?: 'District', nameKo: string, nameEn: string } | null, verifier: { __typename?: 'Person', displayName: string | null, role: PersonRole } | null }> };

export type VerifyOrganizationMutationVariables = Exact<{
  input: VerifyOrganizationInput;
}>;


export type VerifyOrganizationMutation = { __typename?: 'Mutation', verifyOrganization:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type RevokeOrganizationVerificationMutationVariables = Exact<{
  input: RevokeOrganizationVerificationInput;
}>;


export type RevokeOrganizationVerificationMutation = { __typename?: 'Mutation', revokeOrganizationVerification:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type PlanIndicatorsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanIndicatorsQuery = { __typename?: 'Query', masterPlan: { __typename?: 'MasterPlan', id: string, strategies: Array<{ __typename?: 'Strategy', strategyId: string, policies: Array<{ __typename?: 'PlanPolicy', policyId: string, title: string, indicators: Array<{ __typename?: 'PlanIndicator', id: string, nameKo: string, nameEn: string, unit: string, baselineValue: number, baselineYear: number, targetValue: number, targetYear: number, measurements: Array<{ __typename?: 'IndicatorMeasurement', year: number, value: number }> }> }> }> } | null };

export type MasterPlansQueryVariables = Exact<{ [key: string]: never; }>;


export type MasterPlansQuery = { __typename?: 'Query', masterPlans: Array<{ __typename?: 'MasterPlan', id: string, title: string, vision: string, periodFrom: string, periodTo: string, adoptedAt: string, strategies: Array<{ __typename?: 'Strategy', strategyId: string, title: string, policies: Array<{ __typename?: 'PlanPolicy', policyId: string, title: string }> }>, pendingIssues: Array<{ __typename?: 'PendingIssue', issueId: string, text: string }> }> };

export type AdoptMasterPlanMutationVariables = Exact<{
  input: AdoptMasterPlanInput;
}>;


export type AdoptMasterPlanMutation = { __typename?: 'Mutation', adoptMasterPlan:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DefineStrategyMutationVariables = Exact<{
  input: DefineStrategyInput;
}>;


export type DefineStrategyMutation = { __typename?: 'Mutation', defineStrategy:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DefinePolicyMutationVariables = Exact<{
  input: DefinePolicyInput;
}>;


export type DefinePolicyMutation = { __typename?: 'Mutation', definePolicy:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type RecordPendingIssueMutationVariables = Exact<{
  input: RecordPendingIssueInput;
}>;


export type RecordPendingIssueMutation = { __typename?: 'Mutation', recordPendingIssue:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type SecretariatRosterQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretariatRosterQuery = { __typename?: 'Query', committeeMembers: Array<{ __typename?: 'CommitteeMember', id: string, name: string, sector: string, coChair: boolean }> };

export type AppointMemberMutationVariables = Exact<{
  input: AppointMemberInput;
}>;


export type AppointMemberMutation = { __typename?: 'Mutation', appointMember:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type RemoveMemberMutationVariables = Exact<{
  input: RemoveMemberInput;
}>;


export type RemoveMemberMutation = { __typename?: 'Mutation', removeMember:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type DesignateCoChairsMutationVariables = Exact<{
  input: DesignateCoChairsInput;
}>;


export type DesignateCoChairsMutation = { __typename?: 'Mutation', designateCoChairs:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type SecretariatSurveysQueryVariables = Exact<{ [key: string]: never; }>;


export type SecretariatSurveysQuery = { __typename?: 'Query', perceptionGaps: Array<{ __typename?: 'PerceptionGap', surveyId: string, topic: string, question: string, open: boolean, publicMean: number | null, privateMean: number | null, gap: number | null, publicCount: number, privateCount: number }> };

export type OpenSurveyMutationVariables = Exact<{
  input: OpenSurveyInput;
}>;


export type OpenSurveyMutation = { __typename?: 'Mutation', openSurvey:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type CloseSurveyMutationVariables = Exact<{
  input: CloseSurveyInput;
}>;


export type CloseSurveyMutation = { __typename?: 'Mutation', closeSurvey:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type ThresholdPoliciesQueryVariables = Exact<{
  spaceId: Scalars['String']['input'];
}>;


export type ThresholdPoliciesQuery = { __typename?: 'Query', thresholdPolicies: Array<{ __typename?: 'ThresholdPolicyVersion', version: number, supportWindowDays: number, adoptedAt: string, takesEffectAt: string, proposalsSubmitted: number, tiers: Array<{ __typename?: 'PolicyTier', tier: string, measure: string, threshold: number }> }> };

export type AdoptThresholdPolicyMutationVariables = Exact<{
  input: AdoptThresholdPolicyInput;
}>;


export type AdoptThresholdPolicyMutation = { __typename?: 'Mutation', adoptThresholdPolicy:
    | { __typename: 'CommandAccepted' }
    | { __typename: 'CommandRefused', code: string, message: string }
   };

export type SessionNamesQueryVariables = Exact<{ [key: string]: never; }>;


export type SessionNamesQuery = { __typename?: 'Query', me: { __typename?: 'Me', displayName: string | null, memberOf: Array<{ __typename?: 'Organization', id: string, name: string }> } | null };

export type SignInPersonasQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInPersonasQuery = { __typename?: 'Query', personas: Array<{ __typename?: 'Persona', subject: string, displayName: string | null, roles: Array<string>, organizations: Array<string>, departments: Array<string>, onCommittee: boolean }> };

export type SignInAsPersonaMutationVariables = Exact<{
  subject: Scalars['String']['input'];
}>;


export type SignInAsPersonaMutation = { __typename?: 'Mutation', signInAsPersona: { __typename?: 'PersonaToken', token: string, expiresAt: string, persona: { __typename?: 'Persona', subject: string, displayName: string | null, roles: Array<string>, organizations: Array<string>, departments: Array<string>, onCommittee: boolean } } };

export type SignInMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMeQuery = { __typename?: 'Query', me: { __typename?: 'Me', subject: string, displayName: string | null, roles: Array<string>, organizations: Array<string>, departments: Array<string>, onCommittee: boolean } | null };

export type SpacesQueryVariables = Exact<{ [key: string]: never; }>;


export type SpacesQuery = { __typename?: 'Query', spaces: Array<{ __typename?: 'GovernanceSpace', id: string, kind: SpaceKind, nameKo: string, nameEn: string, theme: string | null }> };

export const AuditEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"streamVersion"}},{"kind":"Field","name":{"kind":"Name","value":"globalPosition"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"previousHash"}}]}}]} as unknown as DocumentNode<AuditEventFieldsFragment, unknown>;
export const CommandRefusalFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CommandRefusalFragment, unknown>;
export const CommitteeCommandResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CommitteeCommandResultFragment, unknown>;
export const ImplementationCommandResultFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImplementationCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ImplementationCommandResultFragment, unknown>;
export const AmendProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AmendProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AmendProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amendProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AmendProposalMutation, AmendProposalMutationVariables>;
export const AuditStreamAsOfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditStreamAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"at"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"position"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamAsOf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"at"},"value":{"kind":"Variable","name":{"kind":"Name","value":"at"}}},{"kind":"Argument","name":{"kind":"Name","value":"position"},"value":{"kind":"Variable","name":{"kind":"Name","value":"position"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"aggregate"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"state"}}]}}]}}]} as unknown as DocumentNode<AuditStreamAsOfQuery, AuditStreamAsOfQueryVariables>;
export const AuditStreamDiffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditStreamDiff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Moment"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Moment"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"diff"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<AuditStreamDiffQuery, AuditStreamDiffQueryVariables>;
export const AuditStreamTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditStreamTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"streamVersion"}},{"kind":"Field","name":{"kind":"Name","value":"globalPosition"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"previousHash"}}]}}]} as unknown as DocumentNode<AuditStreamTrailQuery, AuditStreamTrailQueryVariables>;
export const AuditServiceLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditServiceLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"service"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"service"},"value":{"kind":"Variable","name":{"kind":"Name","value":"service"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"events"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"streamVersion"}},{"kind":"Field","name":{"kind":"Name","value":"globalPosition"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"previousHash"}}]}}]} as unknown as DocumentNode<AuditServiceLogQuery, AuditServiceLogQueryVariables>;
export const AuditInclusionProofDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditInclusionProof"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"inclusionProof"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"eventId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"service"}},{"kind":"Field","name":{"kind":"Name","value":"leafIndex"}},{"kind":"Field","name":{"kind":"Name","value":"treeSize"}},{"kind":"Field","name":{"kind":"Name","value":"auditPath"}},{"kind":"Field","name":{"kind":"Name","value":"signedNote"}}]}}]}}]} as unknown as DocumentNode<AuditInclusionProofQuery, AuditInclusionProofQueryVariables>;
export const AuditVerifyStreamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditVerifyStream"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"streamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"streamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuditEventFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"checkpointKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"keyId"}},{"kind":"Field","name":{"kind":"Name","value":"publicKeyPem"}},{"kind":"Field","name":{"kind":"Name","value":"originPrefix"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuditEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"streamId"}},{"kind":"Field","name":{"kind":"Name","value":"streamVersion"}},{"kind":"Field","name":{"kind":"Name","value":"globalPosition"}},{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"schemaVersion"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"correlationId"}},{"kind":"Field","name":{"kind":"Name","value":"causationId"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"metadata"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}},{"kind":"Field","name":{"kind":"Name","value":"previousHash"}}]}}]} as unknown as DocumentNode<AuditVerifyStreamQuery, AuditVerifyStreamQueryVariables>;
export const AddCommitteeAgendaItemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCommitteeAgendaItem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddAgendaItemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addAgendaItem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<AddCommitteeAgendaItemMutation, AddCommitteeAgendaItemMutationVariables>;
export const DeclareCommitteeConflictDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclareCommitteeConflict"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclareConflictInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declareConflict"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<DeclareCommitteeConflictMutation, DeclareCommitteeConflictMutationVariables>;
export const RecordCommitteeDecisionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommitteeDecision"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDecisionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDecision"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<RecordCommitteeDecisionMutation, RecordCommitteeDecisionMutationVariables>;
export const PublishCommitteeMinutesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishCommitteeMinutes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishMinutesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMinutes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<PublishCommitteeMinutesMutation, PublishCommitteeMinutesMutationVariables>;
export const ProposeCommitteeMotionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeCommitteeMotion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMotionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMotion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<ProposeCommitteeMotionMutation, ProposeCommitteeMotionMutationVariables>;
export const RecordCommitteeAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCommitteeAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<RecordCommitteeAttendanceMutation, RecordCommitteeAttendanceMutationVariables>;
export const ScheduleCommitteeSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleCommitteeSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<ScheduleCommitteeSessionMutation, ScheduleCommitteeSessionMutationVariables>;
export const CommitteeSessionPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeSessionPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"spaceId"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"roster"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"quorumMet"}},{"kind":"Field","name":{"kind":"Name","value":"minutes"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"attendance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"present"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recusals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"motions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"motionId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"proposer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sealed"}},{"kind":"Field","name":{"kind":"Name","value":"yourVote"}},{"kind":"Field","name":{"kind":"Name","value":"votingBlockedBy"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"for"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisionId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"motionId"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"for"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}}]}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"recused"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"amendments"}},{"kind":"Field","name":{"kind":"Name","value":"supersedes"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"toSpace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeSessionPageQuery, CommitteeSessionPageQueryVariables>;
export const CommitteeSessionMembersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeSessionMembers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeMembers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeSessionMembersQuery, CommitteeSessionMembersQueryVariables>;
export const CommitteeSessionChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CommitteeSessionChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSessionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CommitteeSessionChangesSubscription, CommitteeSessionChangesSubscriptionVariables>;
export const CommitteeSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CommitteeSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"quorum"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"minutesPublishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"agenda"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"itemId"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"committeeDocket"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"fromSpace"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CommitteeSessionsQuery, CommitteeSessionsQueryVariables>;
export const CastCommitteeVoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CastCommitteeVote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CastVoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"castVote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommitteeCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommitteeCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeSession"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<CastCommitteeVoteMutation, CastCommitteeVoteMutationVariables>;
export const DepartmentAnswerReviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentAnswerReview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerReview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DepartmentAnswerReviewMutation, DepartmentAnswerReviewMutationVariables>;
export const DepartmentDeskDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentDeskDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departmentReviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]} as unknown as DocumentNode<DepartmentDeskDepartmentsQuery, DepartmentDeskDepartmentsQueryVariables>;
export const DepartmentStallImplementationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentStallImplementation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StallImplementationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stallImplementation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImplementationCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImplementationCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<DepartmentStallImplementationMutation, DepartmentStallImplementationMutationVariables>;
export const DepartmentCompleteImplementationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentCompleteImplementation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteImplementationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeImplementation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImplementationCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImplementationCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<DepartmentCompleteImplementationMutation, DepartmentCompleteImplementationMutationVariables>;
export const DepartmentImplementationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentImplementations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"stalledReason"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentImplementationsQuery, DepartmentImplementationsQueryVariables>;
export const DepartmentGiveInterimAnswerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentGiveInterimAnswer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveInterimAnswerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveInterimAnswer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"interimAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenAt"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DepartmentGiveInterimAnswerMutation, DepartmentGiveInterimAnswerMutationVariables>;
export const DepartmentCompleteMilestoneDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentCompleteMilestone"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CompleteMilestoneInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"completeMilestone"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DepartmentCompleteMilestoneMutation, DepartmentCompleteMilestoneMutationVariables>;
export const DepartmentPlanImplementationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentPlanImplementation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanImplementationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planImplementation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImplementationCommandResult"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImplementationCommandResult"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandResult"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]} as unknown as DocumentNode<DepartmentPlanImplementationMutation, DepartmentPlanImplementationMutationVariables>;
export const DepartmentReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DepartmentReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandAccepted"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DepartmentReportProgressMutation, DepartmentReportProgressMutationVariables>;
export const DepartmentReviewQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentReviewQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"department"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"open"},"name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"open"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"lead"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"daysAllowed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"interimAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"giver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"answered"},"name":{"kind":"Name","value":"reviewQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"department"},"value":{"kind":"Variable","name":{"kind":"Name","value":"department"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"EnumValue","value":"answered"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"proposalId"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<DepartmentReviewQueueQuery, DepartmentReviewQueueQueryVariables>;
export const DepartmentDeskStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DepartmentDeskStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}}]}}]}}]} as unknown as DocumentNode<DepartmentDeskStatusChangedSubscription, DepartmentDeskStatusChangedSubscriptionVariables>;
export const DepartmentDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DepartmentDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"spaceId"}}]}}]}}]} as unknown as DocumentNode<DepartmentDirectoryQuery, DepartmentDirectoryQueryVariables>;
export const DistrictsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"districts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<DistrictsQuery, DistrictsQueryVariables>;
export const OrganizationPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganizationPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationRevokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationRevokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtInDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"members"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberId"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<OrganizationPageQuery, OrganizationPageQueryVariables>;
export const RequestMembershipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestMembership"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestMembershipInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestMembership"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RequestMembershipMutation, RequestMembershipMutationVariables>;
export const LeaveOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LeaveOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LeaveOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"leaveOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<LeaveOrganizationMutation, LeaveOrganizationMutationVariables>;
export const RegisterOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RegisterOrganizationMutation, RegisterOrganizationMutationVariables>;
export const ChoosePublicNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChoosePublicName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChoosePublicNameInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"choosePublicName"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<ChoosePublicNameMutation, ChoosePublicNameMutationVariables>;
export const PlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetYear"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"onTrack"}},{"kind":"Field","name":{"kind":"Name","value":"latest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perceptionGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"publicMean"}},{"kind":"Field","name":{"kind":"Name","value":"privateMean"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"publicCount"}},{"kind":"Field","name":{"kind":"Name","value":"privateCount"}}]}}]}}]} as unknown as DocumentNode<PlanPageQuery, PlanPageQueryVariables>;
export const AnswerSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AnswerSurveyMutation, AnswerSurveyMutationVariables>;
export const SurveySeatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SurveySeats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}}]}}]}}]} as unknown as DocumentNode<SurveySeatsQuery, SurveySeatsQueryVariables>;
export const SubmitProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SubmitProposalMutation, SubmitProposalMutationVariables>;
export const GiveFeedbackDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"GiveFeedback"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GiveFeedbackInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"giveFeedback"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<GiveFeedbackMutation, GiveFeedbackMutationVariables>;
export const MyProposalsChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"MyProposalsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myProposalsChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MyProposalsChangedSubscription, MyProposalsChangedSubscriptionVariables>;
export const ProposalFilterChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalFilterChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProposalFilterChoicesQuery, ProposalFilterChoicesQueryVariables>;
export const ProposalFormDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalForm"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"editing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"spaceId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"editing"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"serves"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"spaceId"}},{"kind":"Field","name":{"kind":"Name","value":"organizationId"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposalFormQuery, ProposalFormQueryVariables>;
export const DraftProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DraftProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DraftProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"draftProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DraftProposalMutation, DraftProposalMutationVariables>;
export const EditProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditProposalInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<EditProposalMutation, EditProposalMutationVariables>;
export const ProposalPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtInDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"policyVersion"}},{"kind":"Field","name":{"kind":"Name","value":"authorId"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organization"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supports"}},{"kind":"Field","name":{"kind":"Name","value":"nextSupportThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"supportedByMe"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnReason"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentInDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"daysElapsed"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"answerer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"estimatedCost"}},{"kind":"Field","name":{"kind":"Name","value":"interimAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"giver"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agendaItems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sessionId"}},{"kind":"Field","name":{"kind":"Name","value":"itemId"}},{"kind":"Field","name":{"kind":"Name","value":"decision"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"amendments"}},{"kind":"Field","name":{"kind":"Name","value":"present"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"tally"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"for"}},{"kind":"Field","name":{"kind":"Name","value":"against"}},{"kind":"Field","name":{"kind":"Name","value":"abstain"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"implementation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentInDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"stalledReason"}},{"kind":"Field","name":{"kind":"Name","value":"milestones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"milestoneId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feedback"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"given"}},{"kind":"Field","name":{"kind":"Name","value":"meanRating"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"step"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"departmentInDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"detail"}}]}}]}}]}}]} as unknown as DocumentNode<ProposalPageQuery, ProposalPageQueryVariables>;
export const ProposalStatusChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProposalStatusChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalStatusChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposalStatusChangedSubscription, ProposalStatusChangedSubscriptionVariables>;
export const ProposalsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtInDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supports"}},{"kind":"Field","name":{"kind":"Name","value":"nextSupportThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"space"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalsPageQuery, ProposalsPageQueryVariables>;
export const ProposalsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ProposalsLive"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposalStatusChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposalsLiveSubscription, ProposalsLiveSubscriptionVariables>;
export const SupportProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupportProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supportProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<SupportProposalMutation, SupportProposalMutationVariables>;
export const WithdrawSupportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawSupport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawSupport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"proposalId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<WithdrawSupportMutation, WithdrawSupportMutationVariables>;
export const CreateCouncilDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCouncil"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCouncilInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCouncil"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CreateCouncilMutation, CreateCouncilMutationVariables>;
export const SecretariatDepartmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretariatDepartments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"spaceId"}},{"kind":"Field","name":{"kind":"Name","value":"officers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SecretariatDepartmentsQuery, SecretariatDepartmentsQueryVariables>;
export const RegisterDepartmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterDepartment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterDepartmentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerDepartment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RegisterDepartmentMutation, RegisterDepartmentMutationVariables>;
export const AssignDepartmentOfficerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignDepartmentOfficer"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignDepartmentOfficerInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignDepartmentOfficer"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AssignDepartmentOfficerMutation, AssignDepartmentOfficerMutationVariables>;
export const DefineIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DefineIndicatorMutation, DefineIndicatorMutationVariables>;
export const RecordIndicatorMeasurementDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIndicatorMeasurement"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIndicatorMeasurementInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIndicatorMeasurement"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RecordIndicatorMeasurementMutation, RecordIndicatorMeasurementMutationVariables>;
export const SecretariatOrganizationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretariatOrganizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organizations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"verified"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"districtInDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"verificationNote"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"verifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}},{"kind":"Field","name":{"kind":"Name","value":"verificationRevokedReason"}},{"kind":"Field","name":{"kind":"Name","value":"verificationRevokedAt"}}]}}]}}]} as unknown as DocumentNode<SecretariatOrganizationsQuery, SecretariatOrganizationsQueryVariables>;
export const VerifyOrganizationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"VerifyOrganization"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VerifyOrganizationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"verifyOrganization"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<VerifyOrganizationMutation, VerifyOrganizationMutationVariables>;
export const RevokeOrganizationVerificationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeOrganizationVerification"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RevokeOrganizationVerificationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeOrganizationVerification"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RevokeOrganizationVerificationMutation, RevokeOrganizationVerificationMutationVariables>;
export const PlanIndicatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanIndicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baselineValue"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"targetValue"}},{"kind":"Field","name":{"kind":"Name","value":"targetYear"}},{"kind":"Field","name":{"kind":"Name","value":"measurements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanIndicatorsQuery, PlanIndicatorsQueryVariables>;
export const MasterPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MasterPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterPlans"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"periodFrom"}},{"kind":"Field","name":{"kind":"Name","value":"periodTo"}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pendingIssues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueId"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]} as unknown as DocumentNode<MasterPlansQuery, MasterPlansQueryVariables>;
export const AdoptMasterPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptMasterPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptMasterPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptMasterPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdoptMasterPlanMutation, AdoptMasterPlanMutationVariables>;
export const DefineStrategyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineStrategy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineStrategyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineStrategy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DefineStrategyMutation, DefineStrategyMutationVariables>;
export const DefinePolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefinePolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefinePolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"definePolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DefinePolicyMutation, DefinePolicyMutationVariables>;
export const RecordPendingIssueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPendingIssue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPendingIssueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPendingIssue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RecordPendingIssueMutation, RecordPendingIssueMutationVariables>;
export const SecretariatRosterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretariatRoster"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"committeeMembers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"sector"}},{"kind":"Field","name":{"kind":"Name","value":"coChair"}}]}}]}}]} as unknown as DocumentNode<SecretariatRosterQuery, SecretariatRosterQueryVariables>;
export const AppointMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AppointMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AppointMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"appointMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AppointMemberMutation, AppointMemberMutationVariables>;
export const RemoveMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<RemoveMemberMutation, RemoveMemberMutationVariables>;
export const DesignateCoChairsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignateCoChairs"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignateCoChairsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designateCoChairs"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<DesignateCoChairsMutation, DesignateCoChairsMutationVariables>;
export const SecretariatSurveysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SecretariatSurveys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"perceptionGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"open"}},{"kind":"Field","name":{"kind":"Name","value":"publicMean"}},{"kind":"Field","name":{"kind":"Name","value":"privateMean"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"publicCount"}},{"kind":"Field","name":{"kind":"Name","value":"privateCount"}}]}}]}}]} as unknown as DocumentNode<SecretariatSurveysQuery, SecretariatSurveysQueryVariables>;
export const OpenSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<OpenSurveyMutation, OpenSurveyMutationVariables>;
export const CloseSurveyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseSurvey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseSurveyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeSurvey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<CloseSurveyMutation, CloseSurveyMutationVariables>;
export const ThresholdPoliciesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ThresholdPolicies"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"thresholdPolicies"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"spaceId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"spaceId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"supportWindowDays"}},{"kind":"Field","name":{"kind":"Name","value":"tiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tier"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}},{"kind":"Field","name":{"kind":"Name","value":"adoptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"takesEffectAt"}},{"kind":"Field","name":{"kind":"Name","value":"proposalsSubmitted"}}]}}]}}]} as unknown as DocumentNode<ThresholdPoliciesQuery, ThresholdPoliciesQueryVariables>;
export const AdoptThresholdPolicyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdoptThresholdPolicy"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AdoptThresholdPolicyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adoptThresholdPolicy"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CommandRefusal"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CommandRefusal"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CommandRefused"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]} as unknown as DocumentNode<AdoptThresholdPolicyMutation, AdoptThresholdPolicyMutationVariables>;
export const SessionNamesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionNames"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"memberOf"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<SessionNamesQuery, SessionNamesQueryVariables>;
export const SignInPersonasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInPersonas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"onCommittee"}}]}}]}}]} as unknown as DocumentNode<SignInPersonasQuery, SignInPersonasQueryVariables>;
export const SignInAsPersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInAsPersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInAsPersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"onCommittee"}}]}}]}}]}}]} as unknown as DocumentNode<SignInAsPersonaMutation, SignInAsPersonaMutationVariables>;
export const SignInMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"onCommittee"}}]}}]}}]} as unknown as DocumentNode<SignInMeQuery, SignInMeQueryVariables>;
export const SpacesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spaces"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameKo"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}}]}}]}}]} as unknown as DocumentNode<SpacesQuery, SpacesQueryVariables>;