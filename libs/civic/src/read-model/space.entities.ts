import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Column, Entity, EntityManager, PrimaryColumn } from 'typeorm';
import { STANDING_SPACES, SpaceKind, standingSpace } from '@hyeopchi/civic/domain';

const SPACE_KINDS: Record<SpaceKind, SpaceKind> = { city: 'city', district: 'district', council: 'council' };
registerEnumType(SPACE_KINDS, {
  name: 'SpaceKind',
  description: 'What a governance space is: the city, one of its 25 districts, or a thematic council.',
});

@ObjectType({
  description:
    'A governance space: where proposals are made and decided, with its own threshold policies and committee.',
})
export class GovernanceSpace {
  @Field({ description: 'Its id: seoul (the city), a district’s (Mapo-gu), or a council’s.' })
  id!: string;

  @Field(() => SPACE_KINDS, { description: 'What it is: the city, a district or a council.' })
  kind!: SpaceKind;

  @Field({ description: 'Its Korean name (서울특별시, 마포구, or the council’s).' })
  nameKo!: string;

  @Field({ description: 'Its English name (Seoul, Mapo-gu, or the council’s).' })
  nameEn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'What a council deliberates; null for the city and districts.',
  })
  theme!: string | null;
}

/** A thematic council the secretariat created: a space beside the city and the districts. */
@Entity('councils')
export class Council {
  @PrimaryColumn('text')
  id!: string;

  @Column('text', { name: 'name_ko' })
  nameKo!: string;

  @Column('text', { name: 'name_en' })
  nameEn!: string;

  @Column('text')
  theme!: string;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;
}

const councilSpace = ({ id, nameKo, nameEn, theme }: Council): GovernanceSpace => ({
  id,
  kind: 'council',
  nameKo,
  nameEn,
  theme,
});

/** Every space: the city, the districts in the order of their codes, then the councils as they were created. */
export async function governanceSpaces(manager: EntityManager): Promise<GovernanceSpace[]> {
  const councils = await manager.find(Council, { order: { createdAt: 'ASC' } });
  return [...STANDING_SPACES.map((space) => ({ ...space, theme: null })), ...councils.map(councilSpace)];
}

/** The space with this id, or null. */
export async function governanceSpace(manager: EntityManager, id: string): Promise<GovernanceSpace | null> {
  const standing = standingSpace(id);
  if (standing) return { ...standing, theme: null };
  const council = await manager.findOneBy(Council, { id });
  return council && councilSpace(council);
}
