import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { SEOUL_DISTRICTS } from '@hyeopchi/civic/contract';

// the domain's District is the data; this is its GraphQL type, under the same name in the schema
@ObjectType('District', { description: "One of Seoul's 25 autonomous districts (자치구)." })
export class SeoulDistrict {
  @Field({
    description: 'Its id, what commands and the proposals filter name it by: its English name (Mapo-gu).',
  })
  id!: string;

  @Field({ description: 'Its administrative standard code (행정표준코드), five digits (마포구: 11440).' })
  code!: string;

  @Field({ description: 'Its Korean name (마포구).' })
  nameKo!: string;

  @Field({ description: 'Its English name (Mapo-gu).' })
  nameEn!: string;
}

@Resolver(() => SeoulDistrict)
export class DistrictsResolver {
  @Query(() => [SeoulDistrict], { description: "Seoul's 25 districts, in the order of their codes." })
  districts(): readonly SeoulDistrict[] {
    return SEOUL_DISTRICTS;
  }
}
