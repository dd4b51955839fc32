/**
 * Signing out from a role's navigation bar: the server ends the session, then this device forgets
 * the person and goes back to the start, even when the request failed (a shared device must not
 * stay signed in on screen).
 */
import { useLocation } from 'wouter-preact';
import { api } from './api';
import { useSession } from './session';

export function useSignOut(): () => Promise<void> {
  const [, navigate] = useLocation();
  const { setUser } = useSession();
  return async () => {
    try {
      await api.signOut();
    } finally {
      navigate('/');
      setUser(null);
    }
  };
}
