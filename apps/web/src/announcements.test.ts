import { describe, expect, it } from 'vitest';
import { KEPT_ANNOUNCEMENTS, withAnnouncement } from './announcements';

describe("the live region's messages", () => {
  it('keeps two messages said in one moment, each with a key of its own', () => {
    const said = withAnnouncement(withAnnouncement([], '제안을 제출했습니다'), '상태: 지지 모으는 중');
    expect(said.map(({ text }) => text)).toEqual(['제안을 제출했습니다', '상태: 지지 모으는 중']);
    expect(new Set(said.map(({ key }) => key)).size).toBe(2);
  });

  it('gives the same words said again a new key, so they are announced again', () => {
    const said = withAnnouncement(withAnnouncement([], 'Saved'), 'Saved');
    expect(said[1].key).not.toBe(said[0].key);
  });

  it('keeps only the latest few, with keys that go on growing', () => {
    let said = withAnnouncement([], 'message 1');
    for (let n = 2; n <= KEPT_ANNOUNCEMENTS + 3; n++) said = withAnnouncement(said, `message ${n}`);
    expect(said).toHaveLength(KEPT_ANNOUNCEMENTS);
    expect(said.at(-1)).toEqual({ text: `message ${KEPT_ANNOUNCEMENTS + 3}`, key: KEPT_ANNOUNCEMENTS + 3 });
  });
});
