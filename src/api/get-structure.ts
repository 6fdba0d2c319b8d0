import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, structureSchema, type Structure } from './contract';

export const getStructure = (signal?: AbortSignal): Promise<Structure> => getDocument(apiPaths.structure(), structureSchema, signal);

export const structureQueryOptions = () => queryOptions({ queryKey: ['structure'], queryFn: ({ signal }) => getStructure(signal), staleTime: Infinity });

export const useStructure = () => useQuery(structureQueryOptions());
