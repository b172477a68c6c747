import { Space, councilDecider, councilStream, standingSpace } from '@hyeopchi/civic/domain';
import { StreamReader, stateOf } from '@hyeopchi/command-processing';

/** The space with this id: the city's or a district's, or a council by its own stream; null when there is none. */
export async function spaceNamed(streams: StreamReader, spaceId: string): Promise<Space | null> {
  const standing = standingSpace(spaceId);
  if (standing) return standing;
  const council = stateOf(councilDecider, await streams.readStream(councilStream(spaceId)));
  return council.status === 'created'
    ? { id: council.councilId, kind: 'council', nameKo: council.nameKo, nameEn: council.nameEn }
    : null;
}
