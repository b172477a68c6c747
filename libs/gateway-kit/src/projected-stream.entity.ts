import { Column, Entity, EntityManager, PrimaryColumn } from 'typeorm';

/**
 * How far the read models have followed each stream. Written in the transaction of the effect, so an event
 * delivered again (at or below this version) changes nothing, and a mutation can wait for its own event.
 */
@Entity('projected_streams')
export class ProjectedStream {
  @PrimaryColumn('text')
  context!: string;

  @PrimaryColumn('text', { name: 'stream_id' })
  streamId!: string;

  @Column('int')
  version!: number;

  @Column('bigint', { name: 'global_position' })
  globalPosition!: string;
}

/** How far the read models have projected a stream: its version there, 0 before its first event. */
export async function projectedVersion(
  manager: EntityManager,
  context: string,
  streamId: string,
): Promise<number> {
  const projected = await manager.findOneBy(ProjectedStream, { context, streamId });
  return projected?.version ?? 0;
}
