import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Who the bearer token says you are.' })
export class Me {
  @Field({ description: 'Your subject id: the actor of your commands.' })
  subject!: string;

  @Field(() => [String], { description: 'Your roles on the platform.' })
  roles!: string[];

  @Field(() => [String], { description: 'The organizations you belong to.' })
  organizations!: string[];

  @Field(() => [String], { description: 'The departments you work for.' })
  departments!: string[];

  @Field({ description: 'Whether you sit on the governance committee.' })
  onCommittee!: boolean;
}
