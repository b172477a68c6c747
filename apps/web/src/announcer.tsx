import { ReactNode, createContext, useCallback, useContext, useState } from 'react';
import { Announcement, withAnnouncement } from './announcements';

const AnnounceContext = createContext<(message: string) => void>(() => undefined);

/**
 * One polite live region for the whole app: what changed elsewhere (a new proposal, a status, a sign-in) is read
 * out without moving anyone's focus. The same message twice is announced twice.
 */
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [messages, setMessages] = useState<Announcement[]>([]);
  const announce = useCallback((text: string) => setMessages((recent) => withAnnouncement(recent, text)), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <div role="status" aria-live="polite" className="visually-hidden" data-testid="announcer">
        {messages.map(({ text, key }) => (
          <span key={key}>{text}</span>
        ))}
      </div>
    </AnnounceContext.Provider>
  );
}

export function useAnnounce(): (message: string) => void {
  return useContext(AnnounceContext);
}
