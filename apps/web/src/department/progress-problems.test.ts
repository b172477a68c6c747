import { describe, expect, it } from 'vitest';
import { percentOf, progressProblems } from './progress-problems';

const report = { percent: '60', note: 'Two canopies up.', reason: '' };

describe('a progress report as typed', () => {
  it('may be sent with a whole percent and a note when progress does not fall', () => {
    expect(progressProblems(report, 40)).toEqual({});
    expect(progressProblems({ ...report, percent: '40' }, 40)).toEqual({});
  });

  it('asks why when progress falls below the last report', () => {
    expect(progressProblems({ ...report, percent: '30' }, 40)).toEqual({ reason: 'reason.required' });
    expect(progressProblems({ ...report, percent: '30', reason: 'A storm tore one down.' }, 40)).toEqual({});
  });

  it('names a missing or out-of-range percent and a missing note', () => {
    expect(progressProblems({ percent: '', note: ' ', reason: '' }, 0)).toEqual({
      percent: 'percent.required',
      note: 'note.required',
    });
    for (const percent of ['101', '-1', '12.5', 'half']) {
      expect(progressProblems({ ...report, percent }, 0)).toEqual({ percent: 'percent.invalid' });
    }
  });

  it('reads a whole percent from 0 to 100 only', () => {
    expect(percentOf(' 0 ')).toBe(0);
    expect(percentOf('100')).toBe(100);
    expect(percentOf('')).toBeNull();
  });
});
