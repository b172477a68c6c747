import { ChoosePublicName } from '@hyeopchi/civic/contract';
import { Person, TimelineStep, publicPerson } from '@hyeopchi/civic/read-model';
import { DataOf } from '@hyeopchi/contract-kit';
import {
  CommandGate,
  CommandIdArgument,
  CommandInput,
  CommandMutation,
  ReadModels,
} from '@hyeopchi/gateway-kit';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';

@Resolver(() => TimelineStep)
export class TimelineStepPeopleResolver {
  constructor(private readonly readModels: ReadModels) {}

  @ResolveField(() => Person, {
    nullable: true,
    description: 'Who did it, as anyone may see them; null when the platform did it on its own.',
  })
  person(@Parent() step: TimelineStep, @Context('req') request: Request): Promise<Person | null> {
    return publicPerson(request, this.readModels.manager, step.actor);
  }
}

/** The name a person is shown by. */
@Resolver()
export class PersonMutations {
  constructor(private readonly commands: CommandGate) {}

  @CommandMutation(ChoosePublicName)
  choosePublicName(
    @Context('req') request: Request,
    @CommandInput(ChoosePublicName) input: DataOf<typeof ChoosePublicName>,
    @CommandIdArgument() commandId: string | null,
  ) {
    return this.commands.send(request, ChoosePublicName, input, commandId);
  }
}
