import { Column, Entity, PrimaryColumn } from 'typeorm';

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
