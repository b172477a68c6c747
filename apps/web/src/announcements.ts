/** What the live region holds: a message, and a key of its own so the same words said again are a new node. */
export interface Announcement {
  text: string;
  key: number;
}

/**
 * The latest messages the live region keeps, each in a node of its own: two said in one moment (a command's answer
 * and the live change it caused) both reach the page, where a single node would show only the last of them.
 */
export const KEPT_ANNOUNCEMENTS = 5;

export function withAnnouncement(recent: readonly Announcement[], text: string): Announcement[] {
  const key = (recent.at(-1)?.key ?? 0) + 1;
  return [...recent, { text, key }].slice(-KEPT_ANNOUNCEMENTS);
}
