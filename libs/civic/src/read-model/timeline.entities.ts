import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '@hyeopchi/gateway-kit';

@ObjectType({
  description:
    "One step of a proposal's journey, from any service: who did what, when. Supports and ratings are counted on the proposal, not listed: who gives them is not public.",
})
@Entity('proposal_timeline')
@Index(['proposalId', 'at', 'position'])
export class TimelineStep {
  @PrimaryColumn('uuid', { name: 'event_id' })
  eventId!: string;

  @Column('text', { name: 'proposal_id' })
  proposalId!: string;

  /**
   * The event's position in its service's log: steps of one command share their time, and this keeps their
   * order the same whether the steps were projected live or rebuilt.
   */
  @Column('bigint')
  position!: string;

  @Field({
    description:
      'What happened: the event type without its version, e.g. proposal.submitted, review.answered, session.decision_recorded.',
  })
  @Column('text')
  step!: string;

  @Field(() => DateTime, { description: 'When it happened.' })
  @Column('timestamptz')
  at!: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Who did it (subject id); system:<process> when the platform did it on its own.',
  })
  @Column('text', { nullable: true })
  actor!: string | null;

  @Field(() => String, { nullable: true, description: 'The role they acted in; system for the platform.' })
  @Column('text', { nullable: true })
  role!: string | null;

  @Field(() => String, { nullable: true, description: 'The department it concerns, if one.' })
  @Column('text', { nullable: true })
  department!: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      "What the step says: the tier, an answer's or decision's outcome, the feedback target, a milestone's title, a percent, a reason or a text; for proposal.referred the space whose committee referred it to the city, for proposal.delegated the district it was delegated to (space ids).",
  })
  @Column('text', { nullable: true })
  detail!: string | null;
}
