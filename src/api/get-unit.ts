import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, unitDocumentSchema, type UnitDocument } from './contract';

export const getUnit = (code: string, signal?: AbortSignal): Promise<UnitDocument> => getDocument(apiPaths.unit(code), unitDocumentSchema, signal);

export const unitQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['unit', code], queryFn: ({ signal }) => getUnit(code, signal), staleTime: Infinity });

/**
 * The unit document; nothing is fetched while the code is not known yet. A document not asked for yet
 * is requested while the page renders (as TanStack Query's usePrefetchQuery does), so that the request
 * runs while the loading state is drawn instead of starting once it is on screen.
 */
export function useUnit(code: string | null) {
  const client = useQueryClient();
  const enabled = code !== null && code !== '';
  if (enabled && client.getQueryState(unitQueryOptions(code).queryKey) === undefined) void client.prefetchQuery(unitQueryOptions(code));
  return useQuery({ ...unitQueryOptions(code ?? ''), enabled });
}
