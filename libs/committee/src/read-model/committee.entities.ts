import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '@hyeopchi/gateway-kit';

@ObjectType({ description: "A seat on a space's governance committee." })
@Entity('committee_members')
export class CommitteeMember {
  @Field({ description: 'The member (subject id).' })
  @PrimaryColumn('text')
  id!: string;

  @Field({ description: 'The space whose committee it is: seoul (the city), a district id, or a council.' })
  @PrimaryColumn('text', { name: 'space_id' })
  spaceId!: string;

  @Field({ description: 'Their name.' })
  @Column('text')
  name!: string;

  @Field({ description: 'public or private (civil society).' })
  @Column('text')
  sector!: string;

  @Field({ description: 'Whether they co-chair the committee.' })
  @Column('boolean', { name: 'co_chair', default: false })
  coChair!: boolean;

  @Column('boolean', { default: true })
  active!: boolean;
}

@ObjectType({ description: 'Whether a member of the roster was present.' })
export class Attendance {
  @Field({ description: 'The member.' })
  memberId!: string;

  @Field({ description: 'Present or not.' })
  present!: boolean;
}

@ObjectType({ description: "A meeting of a space's committee." })
@Entity('committee_sessions')
export class CommitteeSession {
  @Field({ description: 'Its id.' })
  @PrimaryColumn('text')
  id!: string;

  @Field({ description: 'The space whose committee meets (see `space` for its names).' })
  @Index()
  @Column('text', { name: 'space_id' })
  spaceId!: string;

  @Field(() => DateTime, { description: 'When it meets.' })
  @Column('timestamptz', { name: 'scheduled_for' })
  scheduledFor!: Date;

  @Field(() => [String], { description: 'The members on the roster when it was scheduled.' })
  @Column('text', { array: true })
  roster!: string[];

  @Field(() => Int, { description: 'How many members must be present for a decision.' })
  @Column('int')
  quorum!: number;

  @Field(() => [Attendance], { description: 'Attendance as recorded, one entry per member.' })
  @Column('jsonb', { default: () => "'[]'" })
  attendance!: Attendance[];

  @Field(() => String, { nullable: true, description: 'The published minutes, once published.' })
  @Column('text', { nullable: true })
  minutes!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When the minutes were published.' })
  @Column('timestamptz', { name: 'minutes_published_at', nullable: true })
  minutesPublishedAt!: Date | null;
}

@ObjectType('VoteCast', { description: 'A vote on a motion.' })
export class MotionVote {
  @Field({ description: 'The member who voted.' })
  memberId!: string;

  @Field({ description: 'for, against or abstain.' })
  vote!: string;
}

@ObjectType({ description: 'A motion on an agenda item and its votes.' })
export class Motion {
  @Field({ description: 'Its id.' })
  motionId!: string;

  @Field({ description: 'What it moves.' })
  text!: string;

  @Field({ description: 'The member who proposed it.' })
  proposedBy!: string;

  @Field(() => [MotionVote], { description: 'The votes cast on it.' })
  votes!: MotionVote[];

  @Field({ description: 'Whether a recorded decision counted it: a sealed motion takes no more votes.' })
  sealed!: boolean;
}

@ObjectType({
  description: 'A member who declared a conflict of interest on an item and does not vote on it.',
})
export class Recusal {
  @Field({ description: 'The member.' })
  memberId!: string;

  @Field({ description: 'The conflict they declared.' })
  reason!: string;
}

@ObjectType({ description: 'Votes for, against and abstaining.' })
export class Tally {
  @Field(() => Int, { description: 'Votes for.' })
  for!: number;

  @Field(() => Int, { description: 'Votes against.' })
  against!: number;

  @Field(() => Int, { description: 'Abstentions.' })
  abstain!: number;
}

@ObjectType({ description: 'A decision the committee recorded on an agenda item.' })
export class Decision {
  @Field({ description: 'Its id.' })
  decisionId!: string;

  @Field({
    description:
      'adopt, adopt_with_amendments, reject, defer, refer_to_city (a district’s or council’s committee sends it up to the city’s) or delegate_to_district (the city’s sends it down to a district’s).',
  })
  outcome!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Where it moved the proposal: seoul for a referral, the district for a delegation; null otherwise.',
  })
  toSpaceId!: string | null;

  @Field(() => String, { nullable: true, description: 'The motion it decided, if any.' })
  motionId!: string | null;

  @Field(() => Tally, { description: 'The tally of that motion.' })
  tally!: Tally;

  @Field(() => Int, { description: 'Members present.' })
  present!: number;

  @Field(() => Int, { description: 'The quorum it met.' })
  quorum!: number;

  @Field(() => [String], { description: 'Members recused from it.' })
  recused!: string[];

  @Field({ description: 'Why the committee decided so.' })
  rationale!: string;

  @Field(() => String, { nullable: true, description: 'The amendments it adopted, if any.' })
  amendments!: string | null;

  @Field(() => String, { nullable: true, description: 'The earlier decision it supersedes, if any.' })
  supersedes!: string | null;

  @Field(() => DateTime, { description: 'When it was recorded.' })
  recordedAt!: string;
}

@ObjectType({ description: 'A proposal on the agenda of a session.' })
@Entity('agenda_items')
export class AgendaItem {
  @Field({ description: 'The session.' })
  @PrimaryColumn('text', { name: 'session_id' })
  sessionId!: string;

  @Field({ description: 'The item id within the session.' })
  @PrimaryColumn('text', { name: 'item_id' })
  itemId!: string;

  @Field({ description: 'The proposal it deliberates.' })
  @Index()
  @Column('text', { name: 'proposal_id' })
  proposalId!: string;

  @Field({
    description:
      'How it came: department_referral, forum_tier, district_referral (a district’s or council’s committee referred it up) or city_delegation (the city’s committee delegated it down).',
  })
  @Column('text')
  source!: string;

  @Field(() => [Recusal], { description: 'Conflicts declared on it.' })
  @Column('jsonb', { default: () => "'[]'" })
  recusals!: Recusal[];

  @Field(() => [Motion], { description: 'Motions on it, with their votes.' })
  @Column('jsonb', { default: () => "'[]'" })
  motions!: Motion[];

  @Field(() => Decision, { nullable: true, description: 'The decision on it, once recorded.' })
  @Column('jsonb', { nullable: true })
  decision!: Decision | null;

  @Field(() => DateTime, { description: 'When it was put on the agenda.' })
  @Column('timestamptz', { name: 'added_at' })
  addedAt!: Date;
}

@ObjectType({ description: "A proposal a space's committee was asked to deliberate, by one source." })
@Entity('docket_entries')
export class DocketEntry {
  @Field({ description: 'The proposal.' })
  @PrimaryColumn('text', { name: 'proposal_id' })
  proposalId!: string;

  @Field({ description: 'The space whose committee was asked.' })
  @PrimaryColumn('text', { name: 'space_id' })
  spaceId!: string;

  @Field({
    description:
      'What asked: department_referral, forum_tier, district_referral (a district’s or council’s committee referred it up) or city_delegation (the city’s committee delegated it down).',
  })
  @PrimaryColumn('text')
  source!: string;

  @Field({
    description:
      "What asked, by id: the referring review, the proposal itself for the forum tier, or the other committee's decision that moved it.",
  })
  @Column('text')
  reference!: string;

  @Field(() => String, {
    nullable: true,
    description:
      "The space whose committee's decision moved it here; null when it did not come from another.",
  })
  @Column('text', { name: 'from_space_id', nullable: true })
  fromSpaceId!: string | null;

  @Field(() => DateTime, { description: 'When it was put on the docket.' })
  @Column('timestamptz', { name: 'proposed_at' })
  proposedAt!: Date;
}

@ObjectType({ description: 'A policy under a strategy of the master plan.' })
export class PlanPolicy {
  @Field({ description: 'Its id.' })
  policyId!: string;

  @Field({ description: 'Its title.' })
  title!: string;
}

@ObjectType({ description: 'A strategy of the master plan.' })
export class Strategy {
  @Field({ description: 'Its id.' })
  strategyId!: string;

  @Field({ description: 'Its title.' })
  title!: string;

  @Field(() => [PlanPolicy], { description: 'Its policies.' })
  policies!: PlanPolicy[];
}

@ObjectType({ description: 'An issue the plan recorded as pending.' })
export class PendingIssue {
  @Field({ description: 'Its id.' })
  issueId!: string;

  @Field({ description: 'What is pending.' })
  text!: string;
}

@ObjectType({ description: 'The governance master plan: vision, strategies and policies.' })
@Entity('master_plans')
export class MasterPlan {
  @Field({ description: 'Its id.' })
  @PrimaryColumn('text')
  id!: string;

  @Field({ description: 'Its title.' })
  @Column('text')
  title!: string;

  @Field({ description: 'Its vision.' })
  @Column('text')
  vision!: string;

  @Field({
    description: 'The start of its period, an ISO 8601 date and time as adopted (2026-01-01T00:00:00Z).',
  })
  @Column('text', { name: 'period_from' })
  periodFrom!: string;

  @Field({ description: 'The end of its period, an ISO 8601 date and time as adopted.' })
  @Column('text', { name: 'period_to' })
  periodTo!: string;

  @Field(() => [Strategy], { description: 'Its strategies, in order.' })
  @Column('jsonb', { default: () => "'[]'" })
  strategies!: Strategy[];

  @Field(() => [PendingIssue], { description: 'Its pending issues.' })
  @Column('jsonb', { name: 'pending_issues', default: () => "'[]'" })
  pendingIssues!: PendingIssue[];

  @Field(() => DateTime, { description: 'When it was adopted.' })
  @Column('timestamptz', { name: 'adopted_at' })
  adoptedAt!: Date;
}
