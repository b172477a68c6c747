import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { ReadModelChangeListener, ReadModels } from '@hyeopchi/gateway-kit';
import { CommitteeSession } from '@hyeopchi/committee/read-model';

@Resolver()
export class CommitteeSessionChangesResolver {
  constructor(
    private readonly readModels: ReadModels,
    private readonly changes: ReadModelChangeListener,
  ) {}

  @Subscription(() => CommitteeSession, {
    description:
      'The session as it is after each change (attendance, agenda, recusal, motion, vote, decision, minutes): a live tally.',
  })
  committeeSessionChanged(
    @Args('sessionId', { type: () => String, description: 'The session to follow.' }) sessionId: string,
  ): AsyncIterableIterator<{ committeeSessionChanged: CommitteeSession }> {
    return this.changes.listen(async (change) => {
      if (change.kind !== 'session_changed' || change.sessionId !== sessionId) return null;
      const session = await this.readModels.manager.findOneBy(CommitteeSession, { id: sessionId });
      return session && { committeeSessionChanged: session };
    });
  }
}
