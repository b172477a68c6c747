export type AttendanceState = 'present' | 'absent' | 'unrecorded';

/** Each roster member, in roster order, with their attendance as last recorded (or none yet). */
export function attendanceOf(
  roster: readonly string[],
  attendance: readonly { memberId: string; present: boolean }[],
): { memberId: string; state: AttendanceState }[] {
  return roster.map((memberId) => {
    const recorded = attendance.find((entry) => entry.memberId === memberId);
    return { memberId, state: recorded ? (recorded.present ? 'present' : 'absent') : 'unrecorded' };
  });
}
