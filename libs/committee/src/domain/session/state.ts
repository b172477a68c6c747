import { entryOf, unreachable } from '@hyeopchi/domain-kernel';
import { AgendaSource, SessionEvent, Vote } from './events';

export interface AgendaItemState {
  proposalId: string;
  source: AgendaSource;
  recused: readonly string[];
  /** Votes by motion, then by member. */
  motions: Readonly<Record<string, Readonly<Record<string, Vote>>>>;
  /** The latest decision on the item; the motions it counted are sealed with it. */
  decisionId: string | null;
  sealedMotions: readonly string[];
}

export type Session =
  | { status: 'unscheduled' }
  | {
      status: 'scheduled' | 'closed';
      id: string;
      spaceId: string;
      roster: readonly string[];
      quorum: number;
      present: readonly string[];
      items: Readonly<Record<string, AgendaItemState>>;
    };

export const initialSession: Session = { status: 'unscheduled' };

export function evolveSession(state: Session, event: SessionEvent): Session {
  if (event.type === 'session.scheduled.v1') {
    const { sessionId, spaceId, roster, quorum } = event.data;
    return { status: 'scheduled', id: sessionId, spaceId, roster, quorum, present: [], items: {} };
  }
  if (state.status === 'unscheduled') return state;
  const withItem = (itemId: string, change: (item: AgendaItemState) => AgendaItemState) =>
    entryOf(state.items, itemId)
      ? { ...state, items: { ...state.items, [itemId]: change(state.items[itemId]) } }
      : state;
  switch (event.type) {
    case 'session.agenda_item_added.v1':
      return {
        ...state,
        items: {
          ...state.items,
          [event.data.itemId]: {
            proposalId: event.data.proposalId,
            source: event.data.source,
            recused: [],
            motions: {},
            decisionId: null,
            sealedMotions: [],
          },
        },
      };
    case 'session.attendance_recorded.v1': {
      const others = state.present.filter((member) => member !== event.data.memberId);
      return { ...state, present: event.data.present ? [...others, event.data.memberId] : others };
    }
    case 'session.conflict_declared.v1':
      return withItem(event.data.itemId, (item) => ({
        ...item,
        recused: [...item.recused, event.data.memberId],
      }));
    case 'session.motion_proposed.v1':
      return withItem(event.data.itemId, (item) => ({
        ...item,
        motions: { ...item.motions, [event.data.motionId]: {} },
      }));
    case 'session.vote_cast.v1': {
      const { itemId, motionId, memberId, vote } = event.data;
      return withItem(itemId, (item) => ({
        ...item,
        motions: { ...item.motions, [motionId]: { ...item.motions[motionId], [memberId]: vote } },
      }));
    }
    case 'session.decision_recorded.v1':
      return withItem(event.data.itemId, (item) => ({
        ...item,
        decisionId: event.data.decisionId,
        sealedMotions: Object.keys(item.motions),
      }));
    case 'session.minutes_published.v1':
      return { ...state, status: 'closed' };
    default:
      return unreachable(event);
  }
}
