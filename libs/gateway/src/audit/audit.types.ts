import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTime } from '@hyeopchi/gateway-kit';
import { JSONValue } from './json.scalar';

@ObjectType({
  description:
    'One event of a stream as its service log stores it, with the hash chaining it to the previous one.',
})
export class AuditEvent {
  @Field({ description: 'The stream it belongs to.' })
  streamId!: string;

  @Field(() => Int, { description: 'Its place in the stream, from 1.' })
  streamVersion!: number;

  @Field(() => Int, {
    description: "Its position in its service's log (what streamAsOf and diff take as `position`).",
  })
  globalPosition!: number;

  @Field({ description: 'Its id (a UUID).' })
  eventId!: string;

  @Field({ description: 'Its versioned type name, such as proposal.supported.v1.' })
  type!: string;

  @Field(() => Int, { description: 'The revision of its data within the type.' })
  schemaVersion!: number;

  @Field({
    description:
      'When the log recorded it, UTC with microseconds (2026-11-27T10:00:00.123456Z): the text its hash covers.',
  })
  recordedAt!: string;

  @Field(() => String, { nullable: true, description: 'Who caused it (metadata.actor).' })
  actor!: string | null;

  @Field(() => String, { nullable: true, description: 'The role they acted in (metadata.role).' })
  role!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The chain of work it belongs to, e.g. its proposal’s (metadata.correlationId).',
  })
  correlationId!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The command or event that caused it (metadata.causationId).',
  })
  causationId!: string | null;

  @Field(() => JSONValue, { description: 'Its data, as stored.' })
  data!: unknown;

  @Field(() => JSONValue, { description: 'Its metadata, as stored.' })
  metadata!: Record<string, unknown>;

  @Field({ description: 'SHA-256 of its chain link (docs/audit.md), hex.' })
  hash!: string;

  @Field(() => String, {
    nullable: true,
    description: "The previous event's hash in the stream, hex; null for the stream's first event.",
  })
  previousHash!: string | null;
}

@ObjectType({
  description: 'A stream as it stood at a moment: its events folded by the aggregate that owns it.',
})
export class StreamState {
  @Field({ description: 'The stream.' })
  streamId!: string;

  @Field({ description: 'The service whose log holds it: civic, department, committee or feedback.' })
  service!: string;

  @Field({ description: 'The aggregate that folds it, such as proposal or session.' })
  aggregate!: string;

  @Field(() => Int, {
    description: 'How many of its events were recorded by then; 0 when it did not exist yet.',
  })
  version!: number;

  @Field(() => Int, { nullable: true, description: "The last folded event's position in its service's log." })
  globalPosition!: number | null;

  @Field(() => JSONValue, { description: "The aggregate's state then, as its domain folds it." })
  state!: unknown;
}

@InputType({
  description:
    "A moment in a stream's history: give exactly one of a time or a position in the stream's service log.",
})
export class Moment {
  @Field(() => DateTime, {
    nullable: true,
    description: 'Everything recorded up to this time (within its millisecond).',
  })
  at?: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: "Everything up to this position (inclusive) in the stream's service log.",
  })
  position?: number | null;
}

export enum ChangeKind {
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
  CHANGED = 'CHANGED',
}

registerEnumType(ChangeKind, {
  name: 'ChangeKind',
  description: 'How a field differs between two states.',
  valuesMap: {
    ADDED: { description: 'Absent before, present after.' },
    REMOVED: { description: 'Present before, absent after.' },
    CHANGED: { description: 'Present in both, with different values.' },
  },
});

@ObjectType({ description: 'One field that differs between two states of a stream.' })
export class StateChange {
  @Field({
    description:
      'Where in the state: member names joined by dots, array items by [index], such as content.title or supporters[2]; a name with a dot, bracket, quote or space is written ["like.this"].',
  })
  path!: string;

  @Field(() => JSONValue, { nullable: true, description: 'The value before; null when ADDED.' })
  before!: unknown;

  @Field(() => JSONValue, { nullable: true, description: 'The value after; null when REMOVED.' })
  after!: unknown;

  @Field(() => ChangeKind, { description: 'Added, removed or changed.' })
  kind!: ChangeKind;
}

@ObjectType({ description: "A signed checkpoint of a service log's Merkle tree." })
export class SignedCheckpoint {
  @Field({ description: 'The log it is of, such as hyeopchi.local/civic.' })
  origin!: string;

  @Field(() => Int, { description: 'How many events (leaves) the tree holds.' })
  treeSize!: number;

  @Field({ description: "The tree's root hash, hex." })
  rootHash!: string;

  @Field(() => DateTime, { description: 'When it was signed.' })
  time!: Date;

  @Field({
    description:
      'The C2SP signed note, as signed: verify it with the public key, then compare its root with rootHash.',
  })
  signedNote!: string;
}

@ObjectType({ description: "An RFC 9162 inclusion proof: an event is a leaf of its service log's tree." })
export class InclusionProof {
  @Field({ description: 'The service whose log holds the event.' })
  service!: string;

  @Field({ description: 'The event.' })
  eventId!: string;

  @Field(() => Int, { description: "Its leaf index, from 0, in the tree's order (the log's commit order)." })
  leafIndex!: number;

  @Field(() => Int, { description: 'The size of the tree the proof is for.' })
  treeSize!: number;

  @Field({ description: "The leaf: SHA-256(0x00 ‖ the event's hash), hex." })
  leafHash!: string;

  @Field(() => [String], { description: 'The audit path (RFC 9162 PATH), from the leaf up, hex.' })
  auditPath!: string[];

  @Field({ description: 'The root of the tree of treeSize leaves, hex.' })
  rootHash!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The signed note of the checkpoint of treeSize (its root must equal rootHash); null when none was signed at that size.',
  })
  signedNote!: string | null;
}

@ObjectType({
  description: "An RFC 9162 consistency proof: a service log's smaller tree is a prefix of its larger one.",
})
export class ConsistencyProof {
  @Field({ description: 'The service whose log it is.' })
  service!: string;

  @Field(() => Int, { description: 'The smaller tree size.' })
  fromSize!: number;

  @Field(() => Int, { description: 'The larger tree size.' })
  toSize!: number;

  @Field(() => [String], { description: 'The proof (RFC 9162 PROOF), hex.' })
  proof!: string[];

  @Field({ description: 'The root of the tree of fromSize leaves, hex.' })
  fromRoot!: string;

  @Field({ description: 'The root of the tree of toSize leaves, hex.' })
  toRoot!: string;
}

@ObjectType({
  description: "A page of a service's log, in its Merkle tree's order (the log's commit order).",
})
export class AuditEventPage {
  @Field(() => [AuditEvent], {
    description: 'The events, each with its hash and its previous hash in its stream.',
  })
  events!: AuditEvent[];

  @Field({
    description:
      'Where the next page starts: pass it as `after`. A page shorter than asked for reached what is readable now; asked again later, it gives the events appended since.',
  })
  endCursor!: string;
}

@ObjectType({
  description:
    "The key that signs the logs' checkpoints, as this platform holds it. An auditor who wants proof independent of the platform takes the key the city published instead.",
})
export class CheckpointKey {
  @Field({ description: 'The key name in the signed notes (AUDIT_KEY_NAME).' })
  name!: string;

  @Field({ description: 'The 4-byte key id of the signature lines, hex.' })
  keyId!: string;

  @Field({ description: 'The Ed25519 public key, SPKI PEM.' })
  publicKeyPem!: string;

  @Field({
    description: 'The prefix of every log origin: a log is `<originPrefix>/<service>` (AUDIT_ORIGIN).',
  })
  originPrefix!: string;
}
