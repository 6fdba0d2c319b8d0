import { useDeferredValue } from 'react';

interface QueryLike {
  data: unknown;
  error: unknown;
  isPending: boolean;
}

/**
 * The query with its answer drawn in a render after the one that received it. The query cache's
 * updates are rendered at once, in one task with everything else that answer changed; a long list
 * drawn from it is better drawn in the deferred render, which React cuts into slices. Until then the
 * query reads as still loading (never as empty).
 */
export function useDeferredQuery<Q extends QueryLike>(query: Q): Q {
  const data = useDeferredValue(query.data) as Q['data'];
  if (data === query.data) return query;
  return { ...query, data, isPending: data === undefined ? query.error == null : query.isPending };
}
