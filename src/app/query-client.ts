import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/api-error';

/** Automatic retries for one query: server errors and network blips only. */
export const MAX_AUTO_RETRIES = 2;

/** A busy server (429) asking for a longer wait than this is not retried automatically: the user is told. */
export const MAX_RETRY_AFTER_MS = 30_000;

const retryAfter = (error: unknown): number | undefined => (isApiError(error) && error.kind === 'busy' ? error.details.retryAfterMs : undefined);

/**
 * Retry only faults that retrying can fix: never a missing unit, a permission refusal, broken data or a
 * timeout (the user already waited the full timeout), and never while offline (the answer would be the same).
 */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (failureCount >= MAX_AUTO_RETRIES) return false;
  if (!isApiError(error)) return true;
  if (error.kind === 'busy') return (error.details.retryAfterMs ?? 0) <= MAX_RETRY_AFTER_MS;
  return error.retryable && error.kind !== 'timeout' && error.kind !== 'offline';
}

/** Exponential back-off, or exactly what a busy server asked for (Retry-After). */
export function retryDelay(attempt: number, error: unknown, baseMs: number): number {
  return retryAfter(error) ?? Math.min(baseMs * 2 ** attempt, 8 * baseMs);
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
        retryDelay: (attempt, error) => retryDelay(attempt, error, retryDelayMs),
      },
    },
  });
}
