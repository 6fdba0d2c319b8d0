import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, metaSchema, type Meta } from './contract';

export const getMeta = (signal?: AbortSignal): Promise<Meta> => getDocument(apiPaths.meta(), metaSchema, signal);

export const metaQueryOptions = () => queryOptions({ queryKey: ['meta'], queryFn: ({ signal }) => getMeta(signal), staleTime: Infinity });

export const useMeta = () => useQuery(metaQueryOptions());
