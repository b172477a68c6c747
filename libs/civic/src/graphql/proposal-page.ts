import { Field, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Proposal, ProposalStatus } from '@hyeopchi/civic/read-model';

@InputType({ description: 'Which proposals to list; every given condition must hold.' })
export class ProposalFilter {
  @Field(() => ProposalStatus, { nullable: true, description: 'Only proposals with this status.' })
  status?: ProposalStatus | null;

  @Field(() => String, { nullable: true, description: 'Only proposals serving this strategy or policy id.' })
  serves?: string | null;

  @Field(() => String, { nullable: true, description: 'Only proposals asking this department.' })
  department?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only proposals about this district, by its id (Mapo-gu).',
  })
  district?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only proposals decided in this space now, by its id (seoul, Mapo-gu, a council’s); every space’s when left out (the city-wide view).',
  })
  spaceId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Only proposals whose title or body contains this text, in any language (case-insensitive, up to 200 characters).',
  })
  text?: string | null;
}

@ObjectType({ description: 'A proposal in a list, with the cursor to continue after it.' })
export class ProposalEdge {
  @Field({ description: 'Pass as `after` to get the proposals after this one.' })
  cursor!: string;

  @Field(() => Proposal, { description: 'The proposal.' })
  node!: Proposal;
}

@ObjectType({ description: 'Where a page ends and whether more follow.' })
export class PageInfo {
  @Field({ description: 'Whether more proposals follow this page.' })
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true, description: 'The cursor of the last proposal on this page.' })
  endCursor!: string | null;
}

@ObjectType({ description: 'One page of proposals, newest first.' })
export class ProposalPage {
  @Field(() => [ProposalEdge], { description: 'The proposals on this page.' })
  edges!: ProposalEdge[];

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many proposals match the filter in all.' })
  totalCount!: number;
}
