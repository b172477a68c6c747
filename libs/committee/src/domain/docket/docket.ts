import { CommandMetadata, Decider, DomainError, DomainEvent, boundedText } from '@hyeopchi/domain-kernel';
import { AgendaSource } from '../session/events';

/**
 * The committee's docket for one proposal (stream `docket-<proposalId>`): what asks the committee to deliberate
 * it, before the chair puts it on a session's agenda. A department's referral and the public-forum tier each
 * propose it once.
 */
export type AgendaItemProposed = DomainEvent<
  'docket.item_proposed.v1',
  {
    proposalId: string;
    source: AgendaSource;
    /** What asked: the referring review's id, or the proposal's id for the forum tier. */
    reference: string;
    proposedAt: string;
  }
>;

export type DocketEvent = AgendaItemProposed;

export type DocketCommand = {
  type: 'ProposeAgendaItem';
  data: { proposalId: string; source: AgendaSource; reference: string };
  metadata: CommandMetadata;
};

export interface Docket {
  sources: readonly AgendaSource[];
}

const SOURCES: readonly AgendaSource[] = ['department_referral', 'forum_tier'];

export const docketDecider: Decider<DocketCommand, DocketEvent, Docket> = {
  initialState: { sources: [] },
  decide: ({ data: { proposalId, source, reference }, metadata }, { sources }) => {
    if (!SOURCES.includes(source)) {
      throw new DomainError('INVALID_AGENDA_ITEM', `an agenda item comes from ${SOURCES.join(' or ')}`);
    }
    if (boundedText(reference, 200) === null) {
      throw new DomainError(
        'INVALID_AGENDA_ITEM',
        'name what asks for the agenda item (1 to 200 characters)',
      );
    }
    if (sources.includes(source)) {
      throw new DomainError('ALREADY_PROPOSED', `${proposalId} is on the docket by ${source} already`);
    }
    return [
      {
        type: 'docket.item_proposed.v1',
        data: { proposalId, source, reference, proposedAt: metadata.now.toISOString() },
      },
    ];
  },
  evolve: ({ sources }, { data }) => ({ sources: [...sources, data.source] }),
};
