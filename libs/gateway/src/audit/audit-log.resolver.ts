import { AuditRecord } from '@hyeopchi/audit';
import { CONFIG, HyeopchiConfig } from '@hyeopchi/config';
import { Inject } from '@nestjs/common';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { CallerAuthenticator, badInput } from '@hyeopchi/gateway-kit';
import { auditEventOf } from './audit-event';
import { AuditLogs } from './audit-logs';
import { AuditEventPage, CheckpointKey } from './audit.types';
import { AUDITORS_ONLY, auditorOnly } from './auditors-only';
import { checkpointKeyOf } from './checkpoint-key';
import { checkpointOfCursor, cursorOf } from './log-cursor';

const MAX_PAGE = 200;

/** A service's whole log page by page, as its tree orders it, and the key its checkpoints are signed with. */
@Resolver()
export class AuditLogResolver {
  constructor(
    private readonly logs: AuditLogs,
    private readonly callers: CallerAuthenticator,
    @Inject(CONFIG) private readonly config: HyeopchiConfig,
  ) {}

  @Query(() => AuditEventPage, {
    description: `A service's events after a cursor, in its tree's order, each with its hash chain. Asked again from the last cursor, it gives what was appended since (a live tail never misses one). ${AUDITORS_ONLY}`,
  })
  async auditEvents(
    @Context('req') request: Request,
    @Args('service', { description: 'civic, department, committee or feedback.' }) service: string,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: "A page's endCursor; by default the start of the log.",
    })
    after: string | null,
    @Args('first', { type: () => Int, defaultValue: 50, description: `How many, 1 to ${MAX_PAGE}.` })
    first: number,
  ): Promise<AuditEventPage> {
    await auditorOnly(this.callers, request);
    if (first < 1 || first > MAX_PAGE) throw badInput(`first must be 1 to ${MAX_PAGE}`);
    const { audit } = this.logs.of(service);
    const page = await audit.readRecords(checkpointOfCursor(after), first);
    const events = await Promise.all(
      previousHashesOnPage(page.records).map(async (previous, index) => {
        const record = page.records[index];
        // the stream's previous event is on an earlier page: the log has its hash
        const hash =
          previous !== undefined
            ? previous
            : await audit.eventHash(record.streamId, record.streamVersion - 1);
        return auditEventOf(record, hash ?? null);
      }),
    );
    return { events, endCursor: cursorOf(page.next) };
  }

  @Query(() => CheckpointKey, {
    nullable: true,
    description:
      'The public key the checkpoints are verified with, its name and the origins of the logs; null when this gateway holds no copy. Anyone may read it: it is public.',
  })
  checkpointKey(): Promise<CheckpointKey | undefined> {
    return checkpointKeyOf(this.config);
  }
}

/** Each record's previous hash in its stream: null for a first event, undefined when it is not on the page. */
function previousHashesOnPage(records: AuditRecord[]): (string | null | undefined)[] {
  const last = new Map<string, string>();
  return records.map((record) => {
    const previous = record.streamVersion === 1 ? null : last.get(record.streamId);
    last.set(record.streamId, record.hash);
    return previous;
  });
}
