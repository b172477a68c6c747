import { describe, expect, it } from 'vitest';
import { endOfDayInSeoul, milestoneProblems, plannedMilestones } from './plan-milestones';

describe('an implementation plan as typed', () => {
  it('numbers its milestones in order, each due at the end of its day in Seoul', () => {
    expect(
      plannedMilestones([
        { title: ' Site survey ', dueDate: '2026-03-31' },
        { title: 'Canopies built', dueDate: '2026-06-01' },
      ]),
    ).toEqual([
      { milestoneId: 'milestone-1', title: 'Site survey', dueAt: '2026-03-31T14:59:59.000Z' },
      { milestoneId: 'milestone-2', title: 'Canopies built', dueAt: '2026-06-01T14:59:59.000Z' },
    ]);
  });

  it('names the problems of each milestone, and none of a good one', () => {
    expect(
      milestoneProblems([
        { title: '', dueDate: '' },
        { title: 'x'.repeat(301), dueDate: '2026-02-30' },
        { title: 'Fine', dueDate: '2026-02-28' },
      ]),
    ).toEqual([
      { title: 'title.required', dueDate: 'dueDate.required' },
      { title: 'title.tooLong', dueDate: 'dueDate.invalid' },
      {},
    ]);
  });

  it('knows a real date from one that is not', () => {
    expect(endOfDayInSeoul('2028-02-29')).toBe('2028-02-29T14:59:59.000Z');
    expect(endOfDayInSeoul('2027-02-29')).toBeNull();
    expect(endOfDayInSeoul('31/12/2026')).toBeNull();
  });
});
