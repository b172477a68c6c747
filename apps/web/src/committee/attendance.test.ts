import { describe, expect, it } from 'vitest';
import { attendanceOf } from './attendance';

describe('attendance of a roster', () => {
  it('says present, absent or not recorded for each member, in roster order, ignoring others', () => {
    const attendance = [
      { memberId: 'c', present: true },
      { memberId: 'a', present: false },
      { memberId: 'stranger', present: true },
    ];
    expect(attendanceOf(['a', 'b', 'c'], attendance)).toEqual([
      { memberId: 'a', state: 'absent' },
      { memberId: 'b', state: 'unrecorded' },
      { memberId: 'c', state: 'present' },
    ]);
  });
});
