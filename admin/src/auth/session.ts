import { useSyncExternalStore } from 'react';
import type { SessionUserFieldsFragment } from '../gql/graphql';
import { ability, rulesFrom } from './ability';

export interface Session {
  user: SessionUserFieldsFragment;
  sessionExpiresAt: string;
}

let current: Session | null = null;
let currentKey = 'null';
const listeners = new Set<() => void>();

/** Replaces the signed-in session (null after sign-out) and the ability's rules with it. */
export function setSession(next: (Session & { rules: unknown }) | null): void {
  const key = JSON.stringify(next);
  if (key === currentKey) return;
  currentKey = key;
  current = next ? { user: next.user, sessionExpiresAt: next.sessionExpiresAt } : null;
  ability.update(next ? rulesFrom(next.rules) : []);
  listeners.forEach((listener) => listener());
}

export const getSession = () => current;

/** Calls `listener` after every change of the session (sign-in, sign-out, expiry); returns the unsubscribe. */
export const subscribeSession = (listener: () => void) => {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
};

export const useSession = () => useSyncExternalStore(subscribeSession, getSession);
