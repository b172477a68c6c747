import { EventUpcaster, addedField } from '@hyeopchi/domain-kernel';
import { CITY_SPACE } from './spaces';

/**
 * Before there were spaces everything happened in the city: events written then read as the city's. A threshold
 * policy then took effect as it was adopted.
 */
export const civicUpcasters: readonly EventUpcaster[] = [
  addedField('proposal.drafted.v1', 1, 'spaceId', CITY_SPACE.id),
  addedField('proposal.tier_reached.v1', 1, 'spaceId', CITY_SPACE.id),
  {
    type: 'threshold_policy.adopted.v1',
    fromRevision: 1,
    adds: ['spaceId', 'takesEffectAt'],
    upcast: (data) => ({ ...data, spaceId: CITY_SPACE.id, takesEffectAt: data.adoptedAt }),
  },
];
