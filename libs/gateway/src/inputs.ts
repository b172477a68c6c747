import { Field, InputType } from '@nestjs/graphql';

@InputType({
  description: 'A civil society organization to register; its registrant becomes its first administrator.',
})
export class RegisterOrganizationInput {
  @Field({ description: 'An id you choose for it (letters, digits, _ . : -).' })
  organizationId!: string;

  @Field({ description: 'Its name, 1 to 200 characters.' })
  name!: string;

  @Field({ description: 'The district it works in, 1 to 100 characters.' })
  district!: string;
}

@InputType({ description: 'A proposal to draft; it can be edited until it is submitted.' })
export class DraftProposalInput {
  @Field({ description: 'An id you choose for it (letters, digits, _ . : -).' })
  proposalId!: string;

  @Field({ description: 'Its title, 1 to 200 characters.' })
  title!: string;

  @Field({ description: 'What it proposes and why, 1 to 20,000 characters.' })
  body!: string;

  @Field(() => [String], { description: 'The master plan strategies or policies it serves (ids).' })
  serves!: string[];

  @Field(() => [String], { description: 'The departments asked to answer it; the first one leads.' })
  departments!: string[];

  @Field({ description: 'The district it concerns.' })
  district!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The organization it is drafted for, if any; you must be one of its members.',
  })
  organizationId?: string | null;
}
