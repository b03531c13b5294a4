// The signed-in user, kept in the query cache under one key. The server is the
// judge: /api/auth/me says who we are and what we may do.
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CurrentUser, SessionResponse } from '../../../shared/api/auth';
import type { Permission } from '../../../shared/domain/permissions';
import { api, isApiError, setCsrfToken } from '../../lib/api-client';

/** How the last session ended: by timeout (the login page says so) or by logging out. */
export type SessionEnd = 'expired' | 'logout' | null;

export interface SessionState {
  user: CurrentUser | null;
  ended: SessionEnd;
}

export const SESSION_KEY = ['session'] as const;

async function fetchSession(): Promise<SessionState> {
  try {
    const session = await api.get<SessionResponse>('/api/auth/me', undefined, { quietAuth: true });
    setCsrfToken(session.csrfToken);
    return { user: session.user, ended: null };
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) return { user: null, ended: null };
    if (isApiError(error, 'SESSION_EXPIRED')) return { user: null, ended: 'expired' };
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSession, staleTime: Infinity, retry: false });
}

/** The signed-in user; only for components under the session guard. */
export function useCurrentUser(): CurrentUser {
  const { data } = useSession();
  if (!data?.user) throw new Error('useCurrentUser outside the session guard');
  return data.user;
}

export function useCan(): (permission: Permission) => boolean {
  const user = useSession().data?.user;
  return (permission) => user?.permissions.includes(permission) === true;
}

export function storeSession(queryClient: QueryClient, session: SessionResponse): void {
  setCsrfToken(session.csrfToken);
  queryClient.setQueryData<SessionState>(SESSION_KEY, { user: session.user, ended: null });
}

/** Forgets the session and every cached record, so the next user sees nothing of this one's. */
export function clearSession(queryClient: QueryClient, ended: SessionEnd): void {
  setCsrfToken(null);
  // The session query itself stays (its observers, the guards, must see the change).
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_KEY[0] });
  queryClient.setQueryData<SessionState>(SESSION_KEY, { user: null, ended });
}

export function useLogout() {
  const queryClient = useQueryClient();
  return async () => {
    try {
      await api.post('/api/auth/logout', {}, { quietAuth: true });
    } catch {
      // The session may already be gone; the user is signed out either way.
    }
    clearSession(queryClient, 'logout');
  };
}
