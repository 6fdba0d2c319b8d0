import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, unitDocumentSchema, type UnitDocument } from './contract';

export const getUnit = (code: string, signal?: AbortSignal): Promise<UnitDocument> => getDocument(apiPaths.unit(code), unitDocumentSchema, signal);

export const unitQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['unit', code], queryFn: ({ signal }) => getUnit(code, signal), staleTime: Infinity });

/** The unit document; nothing is fetched while the code is not known yet. */
export const useUnit = (code: string | null) => useQuery({ ...unitQueryOptions(code ?? ''), enabled: code !== null && code !== '' });
