import {
  ExportedRecord,
  LineVerdict,
  expectedEventHashHex,
  exportLineOf,
  verifyLineHash,
} from '@hyeopchi/audit';

const placed = {
  streamId: 'proposal-p-1',
  streamVersion: 7,
  globalPosition: 42,
  eventId: '0b6f3c1e-5d2a-4c8e-9f00-2a1b3c4d5e6f',
  type: 'proposal.supported.v1',
  schemaVersion: 1,
  data: { proposalId: 'p-1', supporterId: 'c-1', supports: 1, supportedAt: '2026-03-04T09:00:00.000Z' },
  metadata: { actor: 'c-1' },
  recordedAt: '2026-03-04T09:00:00.123456Z',
  previousHash: 'a'.repeat(64),
};
const record: ExportedRecord = { ...placed, hash: expectedEventHashHex(placed, placed.previousHash) };
const line = exportLineOf(record);

describe('an export line checks itself', () => {
  it('holds as the exporter writes it', () => {
    expect(verifyLineHash(line)).toEqual({ verdict: LineVerdict.Holds, hash: record.hash });
  });

  it('is no event line with a position or version written with leading zeros, or past 2^53', () => {
    // the hash covers the number, not its writing: 042 would hash as 42
    expect(verifyLineHash(line.replace('"globalPosition":42', '"globalPosition":042')).verdict).toBe(
      LineVerdict.NotAnEventLine,
    );
    expect(verifyLineHash(line.replace('"streamVersion":7', '"streamVersion":07')).verdict).toBe(
      LineVerdict.NotAnEventLine,
    );
    expect(
      verifyLineHash(line.replace('"globalPosition":42', '"globalPosition":9007199254740993')).verdict,
    ).toBe(LineVerdict.NotAnEventLine);
  });

  it('is not canonical with whitespace, another number writing or a member out of order, whatever its hash', () => {
    const moved = line
      .replace('"data":{"proposalId":"p-1",', '"data":{')
      .replace('"supports":1}', '"supports":1,"proposalId":"p-1"}');
    for (const altered of [
      line.replace('{"data":', '{ "data":'),
      line.replace('"supports":1}', '"supports":1.0}'),
      moved,
    ]) {
      expect(altered).not.toBe(line);
      expect(verifyLineHash(altered).verdict).toBe(LineVerdict.NotCanonical);
    }
  });

  it('holds with member names that are array indices, which JSON.parse reorders', () => {
    const indexed = { ...placed, data: { '10': 'ten', '9': 'nine' } };
    const indexedLine = exportLineOf({
      ...indexed,
      hash: expectedEventHashHex(indexed, indexed.previousHash),
    });
    expect(indexedLine).toContain('"data":{"10":"ten","9":"nine"}');
    expect(verifyLineHash(indexedLine).verdict).toBe(LineVerdict.Holds);
  });
});
