import { StreamEvent } from '@hyeopchi/command-processing';
import { correlationOfAgendaItem } from '../../src/service/session-preparation';

describe('correlationOfAgendaItem', () => {
  const added = (itemId: string, correlationId: string): StreamEvent => ({
    type: 'session.agenda_item_added.v1',
    data: { sessionId: 's-1', itemId, proposalId: `p-${itemId}`, source: 'referral', addedAt: '' },
    metadata: { correlationId },
  });
  const history = [
    { type: 'session.scheduled.v1', data: { sessionId: 's-1' }, metadata: { correlationId: 'session' } },
    added('item-1', 'chain-1'),
    added('item-2', 'chain-2'),
  ];

  it("joins a command on an agenda item to the chain of that item's proposal", () => {
    expect(correlationOfAgendaItem(history, { sessionId: 's-1', itemId: 'item-2' } as never)).toBe('chain-2');
  });

  it('imposes nothing on a command without an item, or on an item the session does not hold', () => {
    expect(correlationOfAgendaItem(history, { sessionId: 's-1' } as never)).toBeUndefined();
    expect(correlationOfAgendaItem(history, { sessionId: 's-1', itemId: 'item-9' } as never)).toBeUndefined();
  });

  it('reads the history only as far as the item', () => {
    function* upToTheItem() {
      yield* history;
      throw new Error('read past the item');
    }

    expect(correlationOfAgendaItem(upToTheItem(), { sessionId: 's-1', itemId: 'item-1' } as never)).toBe(
      'chain-1',
    );
  });
});
