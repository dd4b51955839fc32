/**
 * Who is signed in and their context (medicine + risk), shared by every screen.
 * The context feeds the assessment shown while filling in a check-in.
 */
import type { Context } from '@handcheck/core';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { User } from './api';

export interface Session {
  readonly user: User | null;
  /** Null until loaded (or when signed out). */
  readonly context: Context | null;
  readonly setUser: (user: User | null) => void;
  readonly setContext: (context: Context) => void;
}

export const SessionContext = createContext<Session>({
  user: null,
  context: null,
  setUser: () => {},
  setContext: () => {},
});

export const useSession = () => useContext(SessionContext);
