import { publicPerson } from '@hyeopchi/civic/read-model';
import { ReadModels } from '@hyeopchi/gateway-kit';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { Persona } from './persona';

@Resolver(() => Persona)
export class PersonaResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'The name others see them by, as the demo city has it; null while they have none.',
  })
  async displayName(@Parent() persona: Persona, @Context('req') request: Request): Promise<string | null> {
    return (await publicPerson(request, this.readModels.manager, persona.subject))?.displayName ?? null;
  }
}
