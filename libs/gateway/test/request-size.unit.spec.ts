import { z } from 'zod';
import {
  DOCUMENT_BYTES,
  MAX_HTTP_BODY_BYTES,
  MAX_WEBSOCKET_MESSAGE_BYTES,
  largestTextOf,
} from '../src/request-size';

describe('request sizes, derived from the command schemas', () => {
  it('let the largest command people may send (PublishMinutes) through in any script, and a document', () => {
    // 100,000 characters of minutes and a session id, at 3 bytes each at most
    expect(MAX_HTTP_BODY_BYTES).toBe(DOCUMENT_BYTES + 3 * (100_000 + 100));
    expect(MAX_WEBSOCKET_MESSAGE_BYTES).toBe(DOCUMENT_BYTES);
  });

  it('count every field and item of a command, and refuse to guess an unbounded array', () => {
    const milestones = z.object({
      title: z.string().max(300),
      milestones: z.array(z.object({ id: z.string(), note: z.string().max(50).nullable() })).max(10),
      pair: z.tuple([z.string().max(5), z.string().max(7)]),
      kind: z.enum(['short', 'longest']),
    });
    expect(largestTextOf(milestones, 'Plan')).toBe(300 + 10 * (100 + 50) + 12 + 7);
    expect(() => largestTextOf(z.object({ many: z.array(z.string()) }), 'Open')).toThrow(
      'Open: an array without a maximum cannot be bounded',
    );
  });
});
