import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, boundariesSchema, type Boundaries } from './contract';

export const getBoundaries = (code: string, signal?: AbortSignal): Promise<Boundaries> => getDocument(apiPaths.boundaries(code), boundariesSchema, signal);

export const boundariesQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['boundaries', code], queryFn: ({ signal }) => getBoundaries(code, signal), staleTime: Infinity });

export const useBoundaries = (code: string) => useQuery(boundariesQueryOptions(code));
