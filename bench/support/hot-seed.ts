import { civicService } from '@hyeopchi/civic/service';
import {
  CommandDispatcher,
  CommandExecutor,
  InProcessCommandSender,
  randomIds,
  systemClock,
} from '@hyeopchi/command-processing';
import { CONTEXTS } from '@hyeopchi/context-names';
import { EventStore, PostgresEventStore } from '@hyeopchi/event-store';
import { createPool } from '@hyeopchi/postgres';
import { POPULAR_PROPOSAL, prepareHotProposals } from './hot-proposals';

/** At most this many supports wait on the executor at once: its groups, and the pool, stay full. */
const IN_FLIGHT = 512;

/**
 * Before the platform starts: the bench's proposal and `supports` supports from citizens the load never signs in
 * as, written by civic's own executor (the events and metadata the platform writes) without the gateway in
 * between. The platform's process managers and projections then follow all of it, as they would have followed the
 * supports live (the feedback invitations keep every supporter; the department tier opened a review), so the load
 * starts on a proposal that is popular already, at the cost of writing it, not of living through it.
 */
export async function seedHotProposal(url: string, supports: number): Promise<void> {
  const pool = createPool({ url, size: 4, applicationName: 'hyeopchi-bench-hot-seed' });
  try {
    const stores = new Map<string, EventStore>();
    for (const context of CONTEXTS) stores.set(context, await PostgresEventStore.open(pool, context));
    const executor = new CommandExecutor(stores, systemClock, randomIds);
    const sender = new InProcessCommandSender(new CommandDispatcher(executor, civicService.routes));
    await prepareHotProposals(sender);
    let next = 0;
    const supporter = async () => {
      while (next < supports) {
        const reply = await sender.send('civic', {
          type: 'SupportProposal',
          actor: `early-citizen-${next++}`,
          role: 'citizen',
          data: { proposalId: POPULAR_PROPOSAL },
        });
        if (!reply.ok) throw new Error(`SupportProposal: ${reply.error.message}`);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, supporter));
  } finally {
    await pool.end();
  }
}
