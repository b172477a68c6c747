import { Context, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';
import { CallerResolver } from './caller';
import { Me } from './me';

@Resolver(() => Me)
export class MeResolver {
  constructor(private readonly callers: CallerResolver) {}

  @Query(() => Me, {
    nullable: true,
    description:
      'Who your bearer token says you are; null without one, an UNAUTHENTICATED error for a bad one.',
  })
  async me(@Context('req') request: Request): Promise<Me | null> {
    const caller = await this.callers.callerOf(request);
    if (caller.identity) return Object.assign(new Me(), caller.identity);
    if (caller.refusal) throw new GraphQLError(caller.refusal, { extensions: { code: 'UNAUTHENTICATED' } });
    return null;
  }
}
