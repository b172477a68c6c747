import { Field, ObjectType } from '@nestjs/graphql';

/** What a token says of someone: the fields `Me` and `Persona` share. */
@ObjectType({ isAbstract: true })
export class TokenIdentity {
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

@ObjectType({ description: 'Who the bearer token says you are.' })
export class Me extends TokenIdentity {}
