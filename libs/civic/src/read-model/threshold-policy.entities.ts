import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DateTime } from '@hyeopchi/gateway-kit';

@ObjectType({ description: 'A tier of a threshold policy: what a proposal must gather to reach it.' })
export class PolicyTier {
  @Field({ description: 'department_answer, public_forum or mayor_answer.' })
  tier!: string;

  @Field({ description: 'What is counted: supports or forum_participants.' })
  measure!: string;

  @Field(() => Int, { description: 'How many are needed to reach it.' })
  threshold!: number;
}

@ObjectType({
  description:
    'A version of the support thresholds: proposals submitted while it was in force keep it for their whole life.',
})
@Entity('threshold_policies')
export class ThresholdPolicyVersion {
  @Field({ description: 'The id of the space that adopted it.' })
  @PrimaryColumn('text', { name: 'space_id' })
  spaceId!: string;

  @Field(() => Int, { description: 'Its version in its space, from 1.' })
  @PrimaryColumn('int')
  version!: number;

  @Field(() => DateTime, {
    description:
      'When it takes (or took) effect: proposals submitted in its space from then are held to it, until a later version takes effect.',
  })
  @Column('timestamptz', { name: 'takes_effect_at' })
  takesEffectAt!: Date;

  @Field(() => Int, { description: 'How many days a proposal submitted under it collects supports.' })
  @Column('int', { name: 'support_window_days' })
  supportWindowDays!: number;

  @Field(() => [PolicyTier], { description: 'Its tiers, in the order a proposal climbs them.' })
  @Column('jsonb')
  tiers!: PolicyTier[];

  @Field({ description: 'Who adopted it (subject id).' })
  @Column('text', { name: 'adopted_by' })
  adoptedBy!: string;

  @Field(() => DateTime, { description: 'When it was adopted.' })
  @Column('timestamptz', { name: 'adopted_at' })
  adoptedAt!: Date;
}
