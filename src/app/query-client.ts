import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';

/** Documents are immutable per deployment: cache them for the session; retry only faults that retrying can fix. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        retry: (failureCount, error) => failureCount < 2 && (!isApiError(error) || (error.retryable && error.kind !== 'timeout')),
        retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
      },
    },
  });
}
