import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';

/** Automatic retries for one query: server errors and network blips only. */
export const MAX_AUTO_RETRIES = 2;

/**
 * Retry only faults that retrying can fix: never a missing unit, a permission refusal, broken data or a
 * timeout (the user already waited the full timeout), and never while offline (the answer would be the same).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_AUTO_RETRIES) return false;
  if (!isApiError(error)) return true;
  return error.retryable && error.kind !== 'timeout' && error.kind !== 'offline';
}

export interface QueryClientOptions {
  /** Base of the exponential back-off between retries (tests shorten it). */
  retryDelayMs?: number;
}

/** Documents are immutable per deployment: cache them for the session; retry only faults that retrying can fix. */
export function createQueryClient({ retryDelayMs = 500 }: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: 30 * 60 * 1000,
        refetchOnWindowFocus: false,
        // Offline, requests still go out: the service worker answers from the offline cache, and what it
        // cannot answer fails at once with the offline message instead of a spinner that never ends.
        networkMode: 'offlineFirst',
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(retryDelayMs * 2 ** attempt, 8 * retryDelayMs),
      },
    },
  });
}
