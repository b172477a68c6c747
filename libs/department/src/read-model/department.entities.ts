import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '@hyeopchi/gateway-kit';

@ObjectType({ description: 'An answer a department gave before its final one.' })
export class InterimAnswer {
  @Field({ description: 'What it said.' })
  text!: string;

  @Field({ description: 'The officer who gave it.' })
  givenBy!: string;

  @Field(() => DateTime, { description: 'When.' })
  givenAt!: string;
}

@ObjectType({ description: "One department's review of a proposal, due a month after it opened." })
@Entity('reviews')
@Index(['department', 'status'])
export class Review {
  @Field({ description: 'Its id.' })
  @PrimaryColumn('text')
  id!: string;

  @Field({ description: 'The proposal it reviews.' })
  @Index()
  @Column('text', { name: 'proposal_id' })
  proposalId!: string;

  @Field({ description: 'The department that reviews.' })
  @Column('text')
  department!: string;

  @Field({ description: 'Whether this department leads the (joint) review.' })
  @Column('boolean')
  lead!: boolean;

  @Field(() => String, { description: 'open or answered.' })
  @Column('text', { default: 'open' })
  status!: 'open' | 'answered';

  @Field(() => String, { nullable: true, description: 'The officer assigned, if any.' })
  @Column('text', { name: 'officer_id', nullable: true })
  officerId!: string | null;

  @Field(() => DateTime, { description: 'When it opened.' })
  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Field(() => DateTime, { description: 'When the answer is due.' })
  @Column('timestamptz', { name: 'due_at' })
  dueAt!: Date;

  @Field(() => [InterimAnswer], { description: 'Interim answers, oldest first.' })
  @Column('jsonb', { name: 'interim_answers', default: () => "'[]'" })
  interimAnswers!: InterimAnswer[];

  @Field(() => String, {
    nullable: true,
    description: 'accepted, partially_accepted, rejected or referred_to_committee; null until answered.',
  })
  @Column('text', { nullable: true })
  outcome!: string | null;

  @Field(() => String, { nullable: true, description: 'The reasons of the answer.' })
  @Column('text', { nullable: true })
  reasons!: string | null;

  @Field(() => Float, { nullable: true, description: 'The estimated cost in won, if the answer gave one.' })
  @Column('double precision', { name: 'estimated_cost', nullable: true })
  estimatedCost!: number | null;

  @Field(() => String, { nullable: true, description: 'The officer who answered.' })
  @Column('text', { name: 'answered_by', nullable: true })
  answeredBy!: string | null;

  @Field(() => DateTime, { nullable: true, description: 'When it was answered.' })
  @Column('timestamptz', { name: 'answered_at', nullable: true })
  answeredAt!: Date | null;

  @Field(() => DateTime, {
    nullable: true,
    description: 'When it was escalated for being overdue, if it was.',
  })
  @Column('timestamptz', { name: 'escalated_at', nullable: true })
  escalatedAt!: Date | null;
}

@ObjectType({ description: 'A milestone of an implementation plan.' })
export class Milestone {
  @Field({ description: 'Its id.' })
  milestoneId!: string;

  @Field({ description: 'What is done when it is reached.' })
  title!: string;

  @Field(() => DateTime, { description: 'When it is due.' })
  dueAt!: string;

  @Field(() => DateTime, { nullable: true, description: 'When it was completed; null while open.' })
  completedAt!: string | null;
}

@ObjectType({ description: 'A progress report on an implementation.' })
export class ProgressReport {
  @Field(() => Int, { description: 'Percent done, 0 to 100.' })
  percent!: number;

  @Field({ description: 'What happened.' })
  note!: string;

  @Field(() => String, { nullable: true, description: 'Why progress fell, when it did.' })
  reason!: string | null;

  @Field(() => DateTime, { description: 'When it was reported.' })
  reportedAt!: string;
}

@ObjectType({ description: "The lead department's implementation of an adopted proposal." })
@Entity('implementations')
export class Implementation {
  @Field({ description: 'Its id.' })
  @PrimaryColumn('text')
  id!: string;

  @Field({ description: 'The proposal it implements.' })
  @Index()
  @Column('text', { name: 'proposal_id' })
  proposalId!: string;

  @Field({ description: 'The department that implements it.' })
  @Column('text')
  department!: string;

  @Field({ description: 'The committee decision that asked for it.' })
  @Column('text', { name: 'decision_id' })
  decisionId!: string;

  @Field({ description: 'requested, in_progress, stalled or completed.' })
  @Column('text', { default: 'requested' })
  status!: string;

  @Field(() => Int, { description: 'Percent done, as last reported.' })
  @Column('int', { default: 0 })
  percent!: number;

  @Field(() => [Milestone], { description: 'The plan, in the order given.' })
  @Column('jsonb', { default: () => "'[]'" })
  milestones!: Milestone[];

  @Field(() => [ProgressReport], { description: 'Progress reports, oldest first.' })
  @Column('jsonb', { default: () => "'[]'" })
  reports!: ProgressReport[];

  @Field(() => String, { nullable: true, description: 'Why it stalled, while it is stalled.' })
  @Column('text', { name: 'stalled_reason', nullable: true })
  stalledReason!: string | null;

  @Field(() => DateTime, { description: 'When it was requested.' })
  @Column('timestamptz', { name: 'requested_at' })
  requestedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it was completed.' })
  @Column('timestamptz', { name: 'completed_at', nullable: true })
  completedAt!: Date | null;
}
