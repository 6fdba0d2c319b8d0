import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, metaSchema, type Meta } from './contract';

/** The metadata of a structure ("" for the dataset's base structure). */
export const getMeta = (structure = '', signal?: AbortSignal): Promise<Meta> => getDocument(apiPaths.meta(structure), metaSchema, signal);

export const metaQueryOptions = (structure = '') =>
  queryOptions({ queryKey: ['meta', structure], queryFn: ({ signal }) => getMeta(structure, signal), staleTime: Infinity });

export const useMeta = (structure = '') => useQuery(metaQueryOptions(structure));
