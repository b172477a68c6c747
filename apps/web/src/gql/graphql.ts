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
  /** First day of the period (YYYY-MM-DD). */
  periodFrom: Scalars['String']['input'];
  /** Last day of the period (YYYY-MM-DD). */
  periodTo: Scalars['String']['input'];
  /** An id you choose for it (letters, digits, _ . : -; up to 100). */
  planId: Scalars['String']['input'];
  /** The title, up to 200 characters. */
  title: Scalars['String']['input'];
  /** The vision, up to 10,000 characters. */
  vision: Scalars['String']['input'];
};

/** What AdoptThresholdPolicy takes. */
export type AdoptThresholdPolicyInput = {
  /** How many days a submitted proposal collects supports. */
  supportWindowDays: Scalars['Int']['input'];
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
  proposalId: Scalars['String']['output'];
  /** Conflicts declared on it. */
  recusals: Array<Recusal>;
  /** The session. */
  sessionId: Scalars['String']['output'];
  /** How it came: department_referral or forum_tier. */
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
  /** Stable code to branch on: UNAUTHENTICATED, FORBIDDEN, INVALID_COMMAND, a rule of the domain (e.g. SUPPORT_WINDOW_CLOSED), or COMMAND_TIMEOUT, COMMAND_NOT_DELIVERED and INTERNAL when the platform failed. */
  code: Scalars['String']['output'];
  /** The command id. Nothing was written, except after COMMAND_TIMEOUT or INTERNAL: the command may have been handled, so send it again with this commandId, which acts once. */
  commandId: Maybe<Scalars['String']['output']>;
  /** What went wrong and how to fix it, for people. */
  message: Scalars['String']['output'];
};

/** What became of a command: accepted, or refused with a typed error. */
export type CommandResult = CommandAccepted | CommandRefused;

/** A seat on the governance committee. */
export type CommitteeMember = {
  __typename?: 'CommitteeMember';
  /** Whether they co-chair the committee. */
  coChair: Scalars['Boolean']['output'];
  /** The member (subject id). */
  id: Scalars['String']['output'];
  /** Their name. */
  name: Scalars['String']['output'];
  /** public or private (civil society). */
  sector: Scalars['String']['output'];
};

/** A committee meeting. */
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
  /** How many members must be present for a decision. */
  quorum: Scalars['Int']['output'];
  /** The members on the roster when it was scheduled. */
  roster: Array<Scalars['String']['output']>;
  /** When it meets. */
  scheduledFor: Scalars['DateTime']['output'];
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

/** A decision the committee recorded on an agenda item. */
export type Decision = {
  __typename?: 'Decision';
  /** The amendments it adopted, if any. */
  amendments: Maybe<Scalars['String']['output']>;
  /** Its id. */
  decisionId: Scalars['String']['output'];
  /** The motion it decided, if any. */
  motionId: Maybe<Scalars['String']['output']>;
  /** adopt, adopt_with_amendments, reject or defer. */
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

/** A department's reviews: how many are open, answered and overdue, and how fast it answers. */
export type DepartmentReviews = {
  __typename?: 'DepartmentReviews';
  /** Reviews answered. */
  answered: Scalars['Int']['output'];
  /** The department id. */
  department: Scalars['String']['output'];
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
};

/** What DraftProposal takes. */
export type DraftProposalInput = {
  /** What it proposes and why, up to 20,000 characters. */
  body: Scalars['String']['input'];
  /** The departments asked to answer it; the first one leads. */
  departments: Array<Scalars['String']['input']>;
  /** The district, up to 100 characters. */
  district: Scalars['String']['input'];
  /** The organization it is drafted for, or null; you must be one of its members. */
  organizationId?: InputMaybe<Scalars['String']['input']>;
  /** An id you choose for it (letters, digits, _ . : -; up to 100). */
  proposalId: Scalars['String']['input'];
  /** The master plan strategies or policies it serves (ids). */
  serves: Array<Scalars['String']['input']>;
  /** The title, up to 200 characters. */
  title: Scalars['String']['input'];
};

/** What EditProposal takes. */
export type EditProposalInput = {
  /** What it proposes and why, up to 20,000 characters. */
  body: Scalars['String']['input'];
  /** The departments asked to answer it; the first one leads. */
  departments: Array<Scalars['String']['input']>;
  /** The district, up to 100 characters. */
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

/** The lead department's implementation of an adopted proposal. */
export type Implementation = {
  __typename?: 'Implementation';
  /** When it was completed. */
  completedAt: Maybe<Scalars['DateTime']['output']>;
  /** The committee decision that asked for it. */
  decisionId: Scalars['String']['output'];
  /** The department that implements it. */
  department: Scalars['String']['output'];
  /** Its id. */
  id: Scalars['String']['output'];
  /** The plan, in the order given. */
  milestones: Array<Milestone>;
  /** Percent done, as last reported. */
  percent: Scalars['Int']['output'];
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

/** An answer a department gave before its final one. */
export type InterimAnswer = {
  __typename?: 'InterimAnswer';
  /** When. */
  givenAt: Scalars['DateTime']['output'];
  /** The officer who gave it. */
  givenBy: Scalars['String']['output'];
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
  /** First day of its period (YYYY-MM-DD). */
  periodFrom: Scalars['String']['output'];
  /** Last day of its period (YYYY-MM-DD). */
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
  /** What it moves. */
  text: Scalars['String']['output'];
  /** The votes cast on it. */
  votes: Array<VoteCast>;
};

export type Mutation = {
  __typename?: 'Mutation';
  /** Put a proposal from the committee’s docket on a session’s agenda. */
  addAgendaItem: CommandResult;
  /** Adopt a governance master plan (admins). */
  adoptMasterPlan: CommandResult;
  /** Adopt the support thresholds that proposals submitted from now on are held to (admins). */
  adoptThresholdPolicy: CommandResult;
  /** Amend your proposal after a department answered it. */
  amendProposal: CommandResult;
  /** Answer a review of your department: accept, partially accept, reject or refer to the committee. */
  answerReview: CommandResult;
  /** Answer a perception survey once, for your sector. */
  answerSurvey: CommandResult;
  /** Appoint a member to the governance committee (admins). */
  appointMember: CommandResult;
  /** Assign an officer of your department to a review (department heads). */
  assignOfficer: CommandResult;
  /** Vote on a motion (present, non-recused committee members, once). */
  castVote: CommandResult;
  /** Close a perception survey. */
  closeSurvey: CommandResult;
  /** Complete your department’s implementation once every milestone is done. */
  completeImplementation: CommandResult;
  /** Mark a milestone of your department’s implementation done. */
  completeMilestone: CommandResult;
  /** Declare a conflict of interest on an agenda item: the member is recused from it. */
  declareConflict: CommandResult;
  /** Define a policy under a strategy of the master plan (admins). */
  definePolicy: CommandResult;
  /** Define a strategy of the master plan (admins). */
  defineStrategy: CommandResult;
  /** Designate the committee’s two co-chairs (admins). */
  designateCoChairs: CommandResult;
  /** Draft a proposal, alone or for an organization you belong to. */
  draftProposal: CommandResult;
  /** Edit your draft. */
  editProposal: CommandResult;
  /** Give (or revise) your feedback on an answer, decision or implementation you were invited to rate. */
  giveFeedback: CommandResult;
  /** Give an interim answer to a review of your department. */
  giveInterimAnswer: CommandResult;
  /** Add a member to an organization. */
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
  /** Record the committee’s decision on an agenda item (chairs), checked against quorum and tally. */
  recordDecision: CommandResult;
  /** Record how many took part in the proposal’s public forum (secretariat). */
  recordForumParticipation: CommandResult;
  /** Record a pending issue of the master plan (admins). */
  recordPendingIssue: CommandResult;
  /** Register a civil society organization; you become its first administrator. */
  registerOrganization: CommandResult;
  /** Remove a member from the governance committee (admins). */
  removeMember: CommandResult;
  /** Report progress on your department’s implementation. */
  reportProgress: CommandResult;
  /** Schedule a committee session; its roster and quorum are fixed now. */
  scheduleSession: CommandResult;
  /** A development token for one of `personas` (8 hours). A NOT_AVAILABLE error where there are no personas, a BAD_USER_INPUT error for a subject that is not one. */
  signInAsPersona: PersonaToken;
  /** Report that your department’s implementation is stalled, and why. */
  stallImplementation: CommandResult;
  /** Submit your draft under the threshold policy in force now; supports open. */
  submitProposal: CommandResult;
  /** Support a submitted proposal (once, not your own). */
  supportProposal: CommandResult;
  /** Verify a registered organization (admins). */
  verifyOrganization: CommandResult;
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


export type MutationAssignOfficerArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: AssignOfficerInput;
};


export type MutationCastVoteArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: CastVoteInput;
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


export type MutationDeclareConflictArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: DeclareConflictInput;
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


export type MutationRecordPendingIssueArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RecordPendingIssueInput;
};


export type MutationRegisterOrganizationArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RegisterOrganizationInput;
};


export type MutationRemoveMemberArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: RemoveMemberInput;
};


export type MutationReportProgressArgs = {
  commandId: InputMaybe<Scalars['String']['input']>;
  input: ReportProgressInput;
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
  /** The district it works in. */
  district: Scalars['String']['output'];
  /** Its id. */
  id: Scalars['String']['output'];
  /** Its members, administrators first. */
  members: Array<OrganizationMember>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** When it was registered. */
  registeredAt: Scalars['DateTime']['output'];
  /** Whether an admin verified it. */
  verified: Scalars['Boolean']['output'];
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

/** One of the demo's people, as the persona picker offers them (development only). */
export type Persona = {
  __typename?: 'Persona';
  /** The departments you work for. */
  departments: Array<Scalars['String']['output']>;
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

/** A policy under a strategy of the master plan. */
export type PlanPolicy = {
  __typename?: 'PlanPolicy';
  /** Its id. */
  policyId: Scalars['String']['output'];
  /** Proposals that serve this policy. */
  proposals: Array<Proposal>;
  /** Its title. */
  title: Scalars['String']['output'];
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
  /** Who drafted it (subject id). */
  authorId: Scalars['String']['output'];
  /** What it proposes and why. */
  body: Scalars['String']['output'];
  /** The departments asked to answer it; the first one leads. */
  departments: Array<Scalars['String']['output']>;
  /** The district it concerns. */
  district: Scalars['String']['output'];
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
  /** The organization it was drafted for, if any. */
  organizationId: Maybe<Scalars['String']['output']>;
  /** The threshold policy version it was submitted under; null while a draft. */
  policyVersion: Maybe<Scalars['Int']['output']>;
  /** The reviews of the departments asked, lead first. */
  reviews: Array<Review>;
  /** The master plan strategies and policies it serves. */
  serves: Array<Scalars['String']['output']>;
  /** Where it stands. */
  status: ProposalStatus;
  /** When it was submitted; null while a draft. */
  submittedAt: Maybe<Scalars['DateTime']['output']>;
  /** When supports close; null while a draft. */
  supportWindowClosesAt: Maybe<Scalars['DateTime']['output']>;
  /** Who supports it: auditors and admins only (others get a FORBIDDEN error on this field). */
  supporters: Array<Supporter>;
  /** Supports now (withdrawn supports are not counted). */
  supports: Scalars['Int']['output'];
  /** The tiers it reached, in order. */
  tiersReached: Array<TierReached>;
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
  /** Only proposals about this district. */
  district?: InputMaybe<Scalars['String']['input']>;
  /** Only proposals serving this strategy or policy id. */
  serves?: InputMaybe<Scalars['String']['input']>;
  /** Only proposals with this status. */
  status?: InputMaybe<ProposalStatus>;
  /** Only proposals whose title or body contains this text (case-insensitive, up to 200 characters). */
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
  /** Every event of a stream, in order, with its hash chain. Auditors and admins only (others get a FORBIDDEN error). */
  auditTrail: Array<AuditEvent>;
  /** The signed checkpoints of a service's log, smallest tree first. Auditors and admins only (others get a FORBIDDEN error). */
  checkpoints: Array<SignedCheckpoint>;
  /** The members sitting on the governance committee now. */
  committeeMembers: Array<CommitteeMember>;
  /** Committee sessions, the latest first. */
  committeeSessions: Array<CommitteeSession>;
  /** The proof that a service log's tree of one size is a prefix of a larger one. Auditors and admins only (others get a FORBIDDEN error). */
  consistencyProof: ConsistencyProof;
  /** Every department that was asked to review, by id. */
  departments: Array<DepartmentReviews>;
  /** What changed in a stream's state between two moments, field by field. Auditors and admins only (others get a FORBIDDEN error). */
  diff: Array<StateChange>;
  /** The proof that an event is in its service log's tree of a given size. Auditors and admins only (others get a FORBIDDEN error). */
  inclusionProof: InclusionProof;
  /** The master plan adopted last; null before one is. */
  masterPlan: Maybe<MasterPlan>;
  /** Who your bearer token says you are; null without one, an UNAUTHENTICATED error for a bad one. */
  me: Maybe<Me>;
  /** An organization by id; null when there is none. */
  organization: Maybe<Organization>;
  /** Perception gaps between the sectors, per survey topic. */
  perceptionGaps: Array<PerceptionGap>;
  /** The demo's people one may sign in as without an identity provider; empty where tokens come from one (JWT_PUBLIC_KEY) or in production. */
  personas: Array<Persona>;
  /** A proposal by id; null when there is none. */
  proposal: Maybe<Proposal>;
  /** Proposals, newest first, a page at a time. */
  proposals: ProposalPage;
  /** A stream as it stood at a moment: give exactly one of `at` and `position`. Auditors and admins only (others get a FORBIDDEN error). */
  streamAsOf: StreamState;
};


export type QueryAuditTrailArgs = {
  streamId: Scalars['String']['input'];
};


export type QueryCheckpointsArgs = {
  first?: Scalars['Int']['input'];
  fromSize?: Scalars['Int']['input'];
  service: Scalars['String']['input'];
};


export type QueryConsistencyProofArgs = {
  fromSize: Scalars['Int']['input'];
  service: Scalars['String']['input'];
  toSize: Scalars['Int']['input'];
};


export type QueryDiffArgs = {
  from: Moment;
  streamId: Scalars['String']['input'];
  to: Moment;
};


export type QueryInclusionProofArgs = {
  eventId: Scalars['String']['input'];
  treeSize: InputMaybe<Scalars['Int']['input']>;
};


export type QueryOrganizationArgs = {
  id: Scalars['String']['input'];
};


export type QueryProposalArgs = {
  id: Scalars['String']['input'];
};


export type QueryProposalsArgs = {
  after: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<ProposalFilter>;
  first?: Scalars['Int']['input'];
};


export type QueryStreamAsOfArgs = {
  at: InputMaybe<Scalars['DateTime']['input']>;
  position: InputMaybe<Scalars['Int']['input']>;
  streamId: Scalars['String']['input'];
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
  /** The agenda item. */
  itemId: Scalars['String']['input'];
  /** The motion. */
  motionId?: InputMaybe<Scalars['String']['input']>;
  /** The outcome. */
  outcome: RecordDecisionOutcome;
  /** Why the committee decided so, up to 10,000 characters. */
  rationale: Scalars['String']['input'];
  /** The session. */
  sessionId: Scalars['String']['input'];
  /** The earlier decision this one replaces, or null. */
  supersedes?: InputMaybe<Scalars['String']['input']>;
};

/** One of: adopt, adopt_with_amendments, reject, defer. */
export type RecordDecisionOutcome =
  | 'adopt'
  | 'adopt_with_amendments'
  | 'defer'
  | 'reject';

/** What RecordForumParticipation takes. */
export type RecordForumParticipationInput = {
  /** Forum participants so far. */
  participants: Scalars['Int']['input'];
  /** The proposal. */
  proposalId: Scalars['String']['input'];
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

/** What RegisterOrganization takes. */
export type RegisterOrganizationInput = {
  /** The district, up to 100 characters. */
  district: Scalars['String']['input'];
  /** The name, up to 200 characters. */
  name: Scalars['String']['input'];
  /** An id you choose for it (letters, digits, _ . : -; up to 100). */
  organizationId: Scalars['String']['input'];
};

/** What RemoveMember takes. */
export type RemoveMemberInput = {
  /** The member (subject id). */
  memberId: Scalars['String']['input'];
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

/** One department's review of a proposal, due a month after it opened. */
export type Review = {
  __typename?: 'Review';
  /** When it was answered. */
  answeredAt: Maybe<Scalars['DateTime']['output']>;
  /** The officer who answered. */
  answeredBy: Maybe<Scalars['String']['output']>;
  /** The department that reviews. */
  department: Scalars['String']['output'];
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
  /** The officer assigned, if any. */
  officerId: Maybe<Scalars['String']['output']>;
  /** When it opened. */
  openedAt: Scalars['DateTime']['output'];
  /** accepted, partially_accepted, rejected or referred_to_committee; null until answered. */
  outcome: Maybe<Scalars['String']['output']>;
  /** Whether it is past due: still open after its due date, or answered late. */
  overdue: Scalars['Boolean']['output'];
  /** The proposal it reviews. */
  proposalId: Scalars['String']['output'];
  /** The reasons of the answer. */
  reasons: Maybe<Scalars['String']['output']>;
  /** open or answered. */
  status: Scalars['String']['output'];
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

/** One of: department_referral, forum_tier. */
export type Source =
  | 'department_referral'
  | 'forum_tier';

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
  /** Each decision the committee records, with the agenda item it decides. */
  decisionRecorded: AgendaItem;
  /** A proposal as it is after its status changed; only the given proposal when an id is given. */
  proposalStatusChanged: Proposal;
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

/** What VerifyOrganization takes. */
export type VerifyOrganizationInput = {
  /** The organization. */
  organizationId: Scalars['String']['input'];
};

/** One of: for, against, abstain. */
export type Vote =
  | 'abstain'
  | 'against'
  | 'for';

/** A vote on a motion. */
export type VoteCast = {
  __typename?: 'VoteCast';
  /** The member who voted. */
  memberId: Scalars['String']['output'];
  /** for, against or abstain. */
  vote: Scalars['String']['output'];
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

export type PlanPageQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanPageQuery = { __typename?: 'Query', masterPlan: { __typename?: 'MasterPlan', title: string, vision: string, strategies: Array<{ __typename?: 'Strategy', strategyId: string, title: string, policies: Array<{ __typename?: 'PlanPolicy', policyId: string, title: string }>, proposals: Array<{ __typename?: 'Proposal', id: string }> }> } | null, perceptionGaps: Array<{ __typename?: 'PerceptionGap', surveyId: string, topic: string, question: string, publicMean: number | null, privateMean: number | null, gap: number | null, publicCount: number, privateCount: number }> };

export type ProposalFilterChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type ProposalFilterChoicesQuery = { __typename?: 'Query', masterPlan: { __typename?: 'MasterPlan', strategies: Array<{ __typename?: 'Strategy', strategyId: string, title: string }> } | null, departments: Array<{ __typename?: 'DepartmentReviews', department: string }> };

export type ProposalPageQueryVariables = Exact<{
  id: Scalars['String']['input'];
}>;


export type ProposalPageQuery = { __typename?: 'Query', proposal: { __typename?: 'Proposal', id: string, title: string, body: string, status: ProposalStatus, district: string, supports: number, nextSupportThreshold: number | null, reviews: Array<{ __typename?: 'Review', id: string, department: string, status: string, openedAt: string, dueAt: string, overdue: boolean, answeredAt: string | null, interimAnswers: Array<{ __typename?: 'InterimAnswer', givenAt: string, text: string }> }> } | null };

export type ProposalsPageQueryVariables = Exact<{
  filter: InputMaybe<ProposalFilter>;
}>;


export type ProposalsPageQuery = { __typename?: 'Query', proposals: { __typename?: 'ProposalPage', edges: Array<{ __typename?: 'ProposalEdge', node: { __typename?: 'Proposal', id: string, title: string, status: ProposalStatus, district: string, supports: number, nextSupportThreshold: number | null } }> } };

export type SignInPersonasQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInPersonasQuery = { __typename?: 'Query', personas: Array<{ __typename?: 'Persona', subject: string, roles: Array<string>, organizations: Array<string>, departments: Array<string>, onCommittee: boolean }> };

export type SignInAsPersonaMutationVariables = Exact<{
  subject: Scalars['String']['input'];
}>;


export type SignInAsPersonaMutation = { __typename?: 'Mutation', signInAsPersona: { __typename?: 'PersonaToken', token: string, expiresAt: string, persona: { __typename?: 'Persona', subject: string, roles: Array<string>, organizations: Array<string>, departments: Array<string>, onCommittee: boolean } } };

export type SignInMeQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMeQuery = { __typename?: 'Query', me: { __typename?: 'Me', subject: string, roles: Array<string>, organizations: Array<string>, departments: Array<string>, onCommittee: boolean } | null };


export const PlanPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanPage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"vision"}},{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"policies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"policyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"proposals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"perceptionGaps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"surveyId"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"publicMean"}},{"kind":"Field","name":{"kind":"Name","value":"privateMean"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"publicCount"}},{"kind":"Field","name":{"kind":"Name","value":"privateCount"}}]}}]}}]} as unknown as DocumentNode<PlanPageQuery, PlanPageQueryVariables>;
export const ProposalFilterChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalFilterChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"masterPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategies"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"strategyId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"departments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"department"}}]}}]}}]} as unknown as DocumentNode<ProposalFilterChoicesQuery, ProposalFilterChoicesQueryVariables>;
export const ProposalPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"supports"}},{"kind":"Field","name":{"kind":"Name","value":"nextSupportThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"reviews"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"department"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"dueAt"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"interimAnswers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalPageQuery, ProposalPageQueryVariables>;
export const ProposalsPageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProposalsPage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposalFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"district"}},{"kind":"Field","name":{"kind":"Name","value":"supports"}},{"kind":"Field","name":{"kind":"Name","value":"nextSupportThreshold"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ProposalsPageQuery, ProposalsPageQueryVariables>;
export const SignInPersonasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInPersonas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"onCommittee"}}]}}]}}]} as unknown as DocumentNode<SignInPersonasQuery, SignInPersonasQueryVariables>;
export const SignInAsPersonaDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignInAsPersona"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subject"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signInAsPersona"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"subject"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subject"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"token"}},{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"persona"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"onCommittee"}}]}}]}}]}}]} as unknown as DocumentNode<SignInAsPersonaMutation, SignInAsPersonaMutationVariables>;
export const SignInMeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SignInMe"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"roles"}},{"kind":"Field","name":{"kind":"Name","value":"organizations"}},{"kind":"Field","name":{"kind":"Name","value":"departments"}},{"kind":"Field","name":{"kind":"Name","value":"onCommittee"}}]}}]}}]} as unknown as DocumentNode<SignInMeQuery, SignInMeQueryVariables>;