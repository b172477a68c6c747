import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { Survey } from '@hyeopchi/feedback/domain';
import { DateTime } from '@hyeopchi/gateway-kit';

/** Feedback on one answer, decision or implementation of a proposal: how many were invited, how many rated it. */
@Entity('feedback')
export class FeedbackRound {
  @PrimaryColumn('text')
  target!: string;

  @PrimaryColumn('text', { name: 'target_id' })
  targetId!: string;

  @Index()
  @Column('text', { name: 'proposal_id' })
  proposalId!: string;

  @Column('int')
  invited!: number;

  @Column('int', { default: 0 })
  given!: number;

  /** The sum of the ratings given: with `given`, the mean, however many rated it. */
  @Column('int', { name: 'rating_sum', default: 0 })
  ratingSum!: number;
}

/** One person's rating of one round, kept so that a revision can take the rating it replaces off the sum. */
@Entity('feedback_ratings')
export class FeedbackRating {
  @PrimaryColumn('text')
  target!: string;

  @PrimaryColumn('text', { name: 'target_id' })
  targetId!: string;

  @PrimaryColumn('text', { name: 'person_id' })
  personId!: string;

  @Column('smallint')
  rating!: number;
}

@ObjectType({ description: 'What people said of one answer, decision or implementation of a proposal.' })
export class FeedbackSummary {
  @Field({ description: 'answer, decision or implementation.' })
  target!: string;

  @Field({ description: 'The review, decision or implementation rated.' })
  targetId!: string;

  @Field(() => Int, { description: 'How many were invited (the author and the supporters).' })
  invited!: number;

  @Field(() => Int, { description: 'How many gave feedback.' })
  given!: number;

  @Field(() => Float, { nullable: true, description: 'The mean rating, 1 to 5; null before any feedback.' })
  meanRating!: number | null;
}

@ObjectType({ description: "How far civil society's perception of a topic is from the public sector's." })
export class PerceptionGap {
  @Field({ description: 'The survey.' })
  surveyId!: string;

  @Field({ description: 'The topic it measures.' })
  topic!: string;

  @Field({ description: 'The question asked.' })
  question!: string;

  @Field({ description: 'Whether it still takes answers.' })
  open!: boolean;

  @Field(() => DateTime, { description: 'When it was opened.' })
  openedAt!: Date;

  @Field(() => Float, { nullable: true, description: 'Mean score of public-sector respondents.' })
  publicMean!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Mean score of private-sector (civil society) respondents.',
  })
  privateMean!: number | null;

  @Field(() => Int, { description: 'Public-sector respondents.' })
  publicCount!: number;

  @Field(() => Int, { description: 'Private-sector respondents.' })
  privateCount!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Private mean minus public mean; negative when civil society sees it worse. Null until both answered.',
  })
  gap!: number | null;
}

/** A perception survey, kept as the feedback domain's own state so the gap is computed as the domain does. */
@Entity('surveys')
export class SurveyRecord {
  @PrimaryColumn('text')
  id!: string;

  @Column('text')
  question!: string;

  @Column('timestamptz', { name: 'opened_at' })
  openedAt!: Date;

  @Column('jsonb')
  state!: Survey;
}
