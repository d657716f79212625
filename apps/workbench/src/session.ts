import { useSyncExternalStore } from 'react';

/** Who is signed in, read from the token's claims (the API checks them; this only shapes the screens). */
export interface Session {
  token: string;
  subject: string;
  roles: string[];
  partnerId?: string;
  expiresAt?: number;
}

const KEY = 'p2c-workbench-token';
const listeners = new Set<() => void>();
let current: Session | undefined = read(sessionStorage.getItem(KEY));

function read(token: string | null): Session | undefined {
  if (!token) return undefined;
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload)) as {
      sub?: string;
      roles?: string[];
      partnerId?: string;
      exp?: number;
    };
    return {
      token,
      subject: claims.sub ?? 'unknown',
      roles: claims.roles ?? [],
      partnerId: claims.partnerId,
      expiresAt: claims.exp ? claims.exp * 1000 : undefined,
    };
  } catch {
    return undefined;
  }
}

/** Keeps the token for this browser tab only (sessionStorage): never in a URL, gone with the tab. */
export function signIn(token: string): Session | undefined {
  const session = read(token.trim());
  if (!session) return undefined;
  sessionStorage.setItem(KEY, session.token);
  current = session;
  listeners.forEach((listener) => listener());
  return session;
}

export function signOut(): void {
  sessionStorage.removeItem(KEY);
  current = undefined;
  listeners.forEach((listener) => listener());
}

export function currentToken(): string {
  return current?.token ?? '';
}

export function useSession(): Session | undefined {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}

export const isPartner = (session: Session) =>
  session.roles.includes('partner') && !session.roles.includes('admin');
