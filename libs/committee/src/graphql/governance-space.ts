import { standingSpace } from '@hyeopchi/civic/contract';
import { CITY_SPACE_ID } from '@hyeopchi/domain-kernel';
import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'A governance space whose committee this is: the city, a district or a council.' })
export class GovernanceSpace {
  @Field({ description: 'Its id: seoul, a district id such as Mapo-gu, or a council id.' })
  id!: string;

  @Field({ description: 'city, district or council.' })
  kind!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Its Korean name; null for a council (not yet named here).',
  })
  nameKo!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Its English name; null for a council (not yet named here).',
  })
  nameEn!: string | null;
}

/** The space by its id: the city and the districts by civic's directory; any other id is a council's. */
export function governanceSpace(id: string): GovernanceSpace {
  return standingSpace(id) ?? { id, kind: 'council', nameKo: null, nameEn: null };
}

/** The `spaceId` argument of the committee's queries: the city's committee unless one names another space. */
export const SPACE_ARGUMENT = {
  type: () => String,
  defaultValue: CITY_SPACE_ID,
  description:
    'The space whose committee: seoul (the city, by default), a district id such as Mapo-gu, or a council.',
};
