import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '@hyeopchi/gateway-kit';

@ObjectType({ description: "An indicator's value for one year." })
export class IndicatorMeasurement {
  @Field(() => Int, { description: 'The year measured.' })
  year!: number;

  @Field(() => Float, { description: 'The value in force for that year.' })
  value!: number;

  @Field(() => String, { nullable: true, description: 'Where the value comes from, if given.' })
  source!: string | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The value this one corrected, if the year was measured before (the history keeps every one).',
  })
  replacedValue!: number | null;

  @Field(() => DateTime, { description: 'When it was recorded.' })
  measuredAt!: string;
}

@ObjectType({ description: 'How far an indicator has come from its baseline toward its target.' })
export class IndicatorProgressView {
  @Field(() => IndicatorMeasurement, { nullable: true, description: 'The latest year measured, if any.' })
  latest!: IndicatorMeasurement | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The share of the way from baseline (0) to target (1) the latest value has come; below 0 when it moved away, above 1 past the target.',
  })
  share!: number | null;

  @Field(() => Float, {
    nullable: true,
    description:
      'The share a steady pace from baseline year to target year would have reached by the latest year.',
  })
  expectedShare!: number | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Whether the latest value keeps at least that steady pace; null before any measurement.',
  })
  onTrack!: boolean | null;
}

@ObjectType('PlanIndicator', {
  description:
    'An indicator of a detailed policy of the master plan: a baseline, a target and yearly measurements.',
})
@Entity('plan_indicators')
export class PlanIndicator {
  @Field({ description: 'Its id.' })
  @PrimaryColumn('text')
  id!: string;

  @Field({ description: 'The detailed policy it measures: every plan version keeping that policy shows it.' })
  @Index()
  @Column('text', { name: 'policy_id' })
  policyId!: string;

  @Field({ description: 'The plan in force when it was defined.' })
  @Column('text', { name: 'plan_id' })
  planId!: string;

  @Field({ description: 'Its name in Korean.' })
  @Column('text', { name: 'name_ko' })
  nameKo!: string;

  @Field({ description: 'Its name in English.' })
  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Field({ description: 'What its values count (%, points, people).' })
  @Column('text')
  unit!: string;

  @Field({ description: 'higher when the plan succeeds as the value rises, lower when it falls.' })
  @Column('text')
  direction!: string;

  @Field(() => Float, { description: 'The value it starts from.' })
  @Column('double precision', { name: 'baseline_value' })
  baselineValue!: number;

  @Field(() => Int, { description: 'The year of the baseline.' })
  @Column('int', { name: 'baseline_year' })
  baselineYear!: number;

  @Field(() => Float, { description: 'The value the plan aims for.' })
  @Column('double precision', { name: 'target_value' })
  targetValue!: number;

  @Field(() => Int, { description: 'The year it aims for it by.' })
  @Column('int', { name: 'target_year' })
  targetYear!: number;

  @Field(() => [IndicatorMeasurement], { description: 'The value in force for each year measured, by year.' })
  @Column('jsonb', { default: () => "'[]'" })
  measurements!: IndicatorMeasurement[];

  @Field(() => DateTime, { description: 'When it was defined.' })
  @Column('timestamptz', { name: 'defined_at' })
  definedAt!: Date;

  @Field(() => DateTime, { nullable: true, description: 'When it was retired, if it was.' })
  @Column('timestamptz', { name: 'retired_at', nullable: true })
  retiredAt!: Date | null;
}
