import { AsOf } from '@hyeopchi/event-store';
import { Args, Context, Int, Query, Resolver } from '@nestjs/graphql';
import type { Request } from 'express';
import { CallerAuthenticator, badInput, DateTime } from '@hyeopchi/gateway-kit';
import { auditEventOf } from './audit-event';
import { AuditLogs } from './audit-logs';
import {
  AuditEvent,
  ConsistencyProof,
  InclusionProof,
  Moment,
  SignedCheckpoint,
  StateChange,
  StreamState,
} from './audit.types';
import { AUDITORS_ONLY, auditorOnly } from './auditors-only';
import { signedCheckpointOf } from './checkpoint-note';
import { hex, logTree } from './log-tree';
import { asJson, diffStates } from './state-diff';
import { streamStateAsOf } from './stream-state';

const MAX_CHECKPOINTS = 1_000;

/**
 * What auditors ask of the services' logs: a stream's events with their hash chain, its state at a moment and what
 * changed between two, and the signed checkpoints of each log with proofs against them.
 */
@Resolver()
export class AuditResolver {
  constructor(
    private readonly logs: AuditLogs,
    private readonly callers: CallerAuthenticator,
  ) {}

  @Query(() => [AuditEvent], {
    description: `Every event of a stream, in order, with its hash chain. ${AUDITORS_ONLY}`,
  })
  async auditTrail(
    @Context('req') request: Request,
    @Args('streamId', { description: 'The stream, such as proposal-p-1.' }) streamId: string,
  ): Promise<AuditEvent[]> {
    await this.auditorOnly(request);
    const { audit } = await this.logs.ofStream(streamId);
    const records = await audit.streamRecords(streamId);
    return records.map((record, index) => auditEventOf(record, records[index - 1]?.hash ?? null));
  }

  @Query(() => StreamState, {
    description: `A stream as it stood at a moment: give exactly one of \`at\` and \`position\`. ${AUDITORS_ONLY}`,
  })
  async streamAsOf(
    @Context('req') request: Request,
    @Args('streamId', { description: 'The stream.' }) streamId: string,
    @Args('at', {
      type: () => DateTime,
      nullable: true,
      description: 'Everything recorded up to this time (within its millisecond).',
    })
    at: Date | null,
    @Args('position', {
      type: () => Int,
      nullable: true,
      description: "Everything up to this position (inclusive) in the stream's service log.",
    })
    position: number | null,
  ): Promise<StreamState> {
    await this.auditorOnly(request);
    const asOf = asOfMoment({ at, position }, 'streamAsOf');
    return streamStateAsOf(await this.logs.ofStream(streamId), streamId, asOf);
  }

  @Query(() => [StateChange], {
    description: `What changed in a stream's state between two moments, field by field. ${AUDITORS_ONLY}`,
  })
  async diff(
    @Context('req') request: Request,
    @Args('streamId', { description: 'The stream.' }) streamId: string,
    @Args('from', { type: () => Moment, description: 'The earlier moment: the state before.' }) from: Moment,
    @Args('to', { type: () => Moment, description: 'The later moment: the state after.' }) to: Moment,
  ): Promise<StateChange[]> {
    await this.auditorOnly(request);
    const [fromAsOf, toAsOf] = [asOfMoment(from, 'from'), asOfMoment(to, 'to')];
    const log = await this.logs.ofStream(streamId);
    const [before, after] = await Promise.all([
      streamStateAsOf(log, streamId, fromAsOf),
      streamStateAsOf(log, streamId, toAsOf),
    ]);
    return diffStates(asJson(before.state), asJson(after.state));
  }

  @Query(() => [SignedCheckpoint], {
    description: `The signed checkpoints of a service's log, smallest tree first. ${AUDITORS_ONLY}`,
  })
  async checkpoints(
    @Context('req') request: Request,
    @Args('service', { description: 'civic, department, committee or feedback.' }) service: string,
    @Args('fromSize', {
      type: () => Int,
      defaultValue: 0,
      description: 'Only checkpoints of trees of at least this size.',
    })
    fromSize: number,
    @Args('first', {
      type: () => Int,
      defaultValue: 100,
      description: `How many, 1 to ${MAX_CHECKPOINTS}.`,
    })
    first: number,
  ): Promise<SignedCheckpoint[]> {
    await this.auditorOnly(request);
    if (first < 1 || first > MAX_CHECKPOINTS) throw badInput(`first must be 1 to ${MAX_CHECKPOINTS}`);
    const stored = await this.logs.of(service).audit.checkpoints(Math.max(0, fromSize));
    return stored.slice(0, first).map(signedCheckpointOf);
  }

  @Query(() => InclusionProof, {
    description: `The proof that an event is in its service log's tree of a given size. ${AUDITORS_ONLY}`,
  })
  async inclusionProof(
    @Context('req') request: Request,
    @Args('eventId', { description: 'The event (a UUID).' }) eventId: string,
    @Args('treeSize', {
      type: () => Int,
      nullable: true,
      description: "The tree's size; by default the latest signed checkpoint's.",
    })
    treeSize: number | null,
  ): Promise<InclusionProof> {
    await this.auditorOnly(request);
    const { service, audit, record } = await this.logs.ofEvent(eventId);
    const latest = await audit.latestCheckpoint();
    const size = treeSize ?? latest?.treeSize;
    if (size === undefined) {
      throw badInput(`${service}'s log has no signed checkpoint yet: give treeSize`);
    }
    if (size < 1) throw badInput('treeSize must be at least 1');
    const { tree, leaf } = await logTree(audit, size, record.eventId);
    if (!leaf) {
      throw badInput(`event ${record.eventId} is not within the first ${size} events of ${service}'s log`);
    }
    const checkpoint =
      latest?.treeSize === size ? latest : (await audit.checkpoints(size)).find((c) => c.treeSize === size);
    return {
      service,
      eventId: record.eventId,
      leafIndex: leaf.index,
      treeSize: size,
      leafHash: hex(leaf.hash),
      auditPath: tree.inclusionProof(leaf.index, size).map(hex),
      rootHash: hex(tree.root(size)),
      signedNote: checkpoint?.signedNote ?? null,
    };
  }

  @Query(() => ConsistencyProof, {
    description: `The proof that a service log's tree of one size is a prefix of a larger one. ${AUDITORS_ONLY}`,
  })
  async consistencyProof(
    @Context('req') request: Request,
    @Args('service', { description: 'civic, department, committee or feedback.' }) service: string,
    @Args('fromSize', { type: () => Int, description: 'The smaller size (0 or more).' }) fromSize: number,
    @Args('toSize', { type: () => Int, description: 'The larger size.' }) toSize: number,
  ): Promise<ConsistencyProof> {
    await this.auditorOnly(request);
    const { audit } = this.logs.of(service);
    if (fromSize < 0 || fromSize > toSize) throw badInput('expected 0 ≤ fromSize ≤ toSize');
    const { tree } = await logTree(audit, toSize);
    return {
      service,
      fromSize,
      toSize,
      proof: tree.consistencyProof(fromSize, toSize).map(hex),
      fromRoot: hex(tree.root(fromSize)),
      toRoot: hex(tree.root(toSize)),
    };
  }

  private auditorOnly(request: Request): Promise<void> {
    return auditorOnly(this.callers, request);
  }
}

/** `{ at }` or `{ position }`, exactly one, as the event store reads a stream as of a moment. */
function asOfMoment({ at, position }: Moment, name: string): AsOf {
  const given = [at, position].filter((value) => value !== null && value !== undefined).length;
  if (given !== 1) {
    throw badInput(`${name}: give exactly one of at (a time) and position (a position in the service's log)`);
  }
  if (at) return { time: at };
  if (position! < 0) throw badInput(`${name}: position is 0 or more`);
  return { globalPosition: position! };
}
