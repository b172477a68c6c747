import { ReactNode, createContext, useCallback, useContext, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { graphqlClient } from '../graphql-client';

/** The platform's roles, as tokens carry them. */
export const ROLES = [
  'citizen',
  'cso_member',
  'cso_admin',
  'department_officer',
  'department_head',
  'committee_member',
  'committee_chair',
  'secretariat',
  'auditor',
  'admin',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in, as the gateway's `me` (or a persona) describes them. */
export interface Person {
  subject: string;
  roles: string[];
  organizations: string[];
  departments: string[];
  onCommittee: boolean;
}

export interface Session {
  token: string;
  person: Person;
  expiresAt: string | null;
}

interface SessionState {
  session: Session | null;
  signIn: (session: Session) => void;
  signOut: () => void;
}

const STORED = 'hyeopchi.session';
const SessionContext = createContext<SessionState | null>(null);

function storedSession(): Session | null {
  try {
    const session = JSON.parse(localStorage.getItem(STORED) ?? 'null') as Session | null;
    const expired = session?.expiresAt && Date.parse(session.expiresAt) <= Date.now();
    return session && !expired ? session : null;
  } catch {
    return null;
  }
}

/**
 * The signed-in person and the GraphQL client that speaks for them. Signing in or out makes a new client, so no
 * answer cached for one person is shown to the next.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<Session | null>(storedSession);
  const client = useMemo(() => graphqlClient(session?.token ?? null), [session]);
  const signIn = useCallback((next: Session) => {
    localStorage.setItem(STORED, JSON.stringify(next));
    setSession(next);
  }, []);
  const signOut = useCallback(() => {
    localStorage.removeItem(STORED);
    setSession(null);
  }, []);
  const state = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return (
    <SessionContext.Provider value={state}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession needs a SessionProvider above it');
  return state;
}

/** Whether the signed-in person holds any of these roles. */
export function hasRole(person: Person | null | undefined, ...roles: Role[]): boolean {
  return !!person && person.roles.some((role) => (roles as string[]).includes(role));
}
