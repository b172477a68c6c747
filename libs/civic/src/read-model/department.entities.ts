import { Field, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { DateTime } from '@hyeopchi/gateway-kit';

@ObjectType('Department', {
  description:
    'A department in the directory: its names in Korean and English, the space it serves and its officers, listed in public.',
})
@Entity('registered_departments')
@Index('registered_departments_space', ['spaceId'])
export class RegisteredDepartment {
  @Field({ description: 'Its id: what proposals, reviews and officers’ sign-ins name it by.' })
  @PrimaryColumn('text')
  id!: string;

  @Field({ description: 'Its Korean name (기후환경본부).' })
  @Column('text', { name: 'name_ko' })
  nameKo!: string;

  @Field({ description: 'Its English name (Climate and Environment Headquarters).' })
  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Field({ description: 'The space it serves: the city (seoul), a district (Mapo-gu) or a council.' })
  @Column('text', { name: 'space_id' })
  spaceId!: string;

  /** Subject ids, never shown: `officers` names them as anyone may see them. */
  @Column('text', { name: 'officer_ids', array: true, default: () => "'{}'" })
  officerIds!: string[];

  @Field(() => DateTime, { description: 'When it was registered.' })
  @Column('timestamptz', { name: 'registered_at' })
  registeredAt!: Date;
}
