import { CommandMetadata, Decider, DomainError, DomainEvent, boundedText } from '@hyeopchi/domain-kernel';
import { AgendaSource } from '../session/events';

/**
 * The committees' docket for one proposal (stream `docket-<proposalId>`): what asks a space's committee to
 * deliberate it, before its chair puts it on a session's agenda. Each source proposes it once in a space: a
 * proposal referred up to the city is on the city's docket beside the district's.
 */
export type AgendaItemProposed = DomainEvent<
  'docket.item_proposed.v1',
  {
    proposalId: string;
    /** The space whose committee is asked (revision 2; items before spaces were the city's). */
    spaceId: string;
    source: AgendaSource;
    /** What asked: the referring review's id, the proposal's id for the forum tier, the moving decision's id. */
    reference: string;
    /** The space whose committee's decision moved it here; null when it did not come from another (revision 2). */
    fromSpaceId: string | null;
    proposedAt: string;
  }
>;

export type DocketEvent = AgendaItemProposed;

export type DocketCommand = {
  type: 'ProposeAgendaItem';
  data: {
    proposalId: string;
    spaceId: string;
    source: AgendaSource;
    reference: string;
    fromSpaceId: string | null;
  };
  metadata: CommandMetadata;
};

/** What is on a proposal's docket: one entry per space and source. */
export interface Docket {
  entries: readonly { spaceId: string; source: AgendaSource }[];
}

const SOURCES: readonly AgendaSource[] = [
  'department_referral',
  'forum_tier',
  'district_referral',
  'city_delegation',
];
/** The sources that are another committee's decision: they name where the proposal comes from. */
const MOVED: readonly AgendaSource[] = ['district_referral', 'city_delegation'];

export const docketDecider: Decider<DocketCommand, DocketEvent, Docket> = {
  initialState: { entries: [] },
  decide: ({ data, metadata }, { entries }) => {
    const { proposalId, spaceId, source, reference, fromSpaceId } = data;
    if (!SOURCES.includes(source)) {
      throw new DomainError('INVALID_AGENDA_ITEM', `an agenda item comes from ${SOURCES.join(', ')}`);
    }
    if (boundedText(reference, 200) === null) {
      throw new DomainError(
        'INVALID_AGENDA_ITEM',
        'name what asks for the agenda item (1 to 200 characters)',
      );
    }
    if (MOVED.includes(source) !== (fromSpaceId !== null) || fromSpaceId === spaceId) {
      throw new DomainError(
        'INVALID_AGENDA_ITEM',
        `an item comes from another space's committee exactly when it is ${MOVED.join(' or ')}`,
      );
    }
    if (entries.some((entry) => entry.spaceId === spaceId && entry.source === source)) {
      throw new DomainError(
        'ALREADY_PROPOSED',
        `${proposalId} is on ${spaceId}'s docket by ${source} already`,
      );
    }
    return [
      {
        type: 'docket.item_proposed.v1',
        data: { proposalId, spaceId, source, reference, fromSpaceId, proposedAt: metadata.now.toISOString() },
      },
    ];
  },
  evolve: ({ entries }, { data: { spaceId, source } }) => ({ entries: [...entries, { spaceId, source }] }),
};
