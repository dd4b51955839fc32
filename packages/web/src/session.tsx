/**
 * Who is signed in and their profile (medicine + risk), shared by every screen.
 * The profile feeds the assessment shown while filling in a check-in.
 */
import type { Context } from '@handcheck/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { User } from './api';

export interface Session {
  readonly user: User | null;
  /** Null until loaded (or when signed out). */
  readonly profile: Context | null;
  readonly setUser: (user: User | null) => void;
  readonly setProfile: (profile: Context) => void;
}

export const SessionContext = createContext<Session>({
  user: null,
  profile: null,
  setUser: () => {},
  setProfile: () => {},
});

export const useSession = () => useContext(SessionContext);
