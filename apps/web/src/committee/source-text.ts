import type { TFunction } from 'i18next';
import { spaceName, type SpaceNames } from '../spaces/space-names';

/**
 * How a proposal came to a committee, in words: a referral or delegation says whose committee moved it, when the
 * API names that space (the docket does; an agenda item says only the kind of source).
 */
export function sourceText(
  t: TFunction,
  language: string,
  source: string,
  fromSpace?: Omit<SpaceNames, 'id' | 'kind'> | null,
): string {
  if (!fromSpace) return t(`committee.source.${source}`);
  return t(`committee.sourceFrom.${source}`, { space: spaceName(fromSpace, language) });
}
