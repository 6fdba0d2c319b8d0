import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, structureSchema, type Structure } from './contract';

/** A structure's figures under the units of the reorganisation `code`. */
export const getStructure = (code: string, signal?: AbortSignal): Promise<Structure> => getDocument(apiPaths.structure(code), structureSchema, signal);

export const structureQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['structure', code], queryFn: ({ signal }) => getStructure(code, signal), staleTime: Infinity });

export const useStructure = (code: string) => useQuery(structureQueryOptions(code));
