import { useQuery } from '@tanstack/react-query';
import type { SessionView } from '../../../core/api/access';
import { api, ApiError, setCsrfToken } from '../../api/client';

/** The signed-in person and their memberships; null when signed out. */
export function useSession() {
  return useQuery({
    queryKey: ['session'],
    queryFn: async () => {
      try {
        const session = await api<SessionView>('/api/session');
        setCsrfToken(session.csrfToken);
        return session;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

/** The coalition the person works in: the first of their memberships. */
export function useMembership() {
  const session = useSession();
  return { session, membership: session.data?.memberships[0] ?? null };
}
