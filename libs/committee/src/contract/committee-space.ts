import { spaceStream } from '@hyeopchi/civic/contract';

/** A space's committee roster: the city's keeps its stream `committee-roster`, another's is `committee-roster@<id>`. */
export const rosterStream = (spaceId: string) => spaceStream('committee-roster', spaceId);
