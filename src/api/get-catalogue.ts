import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, catalogueSchema, type Catalogue } from './contract';

export const getCatalogue = (signal?: AbortSignal): Promise<Catalogue> => getDocument(apiPaths.catalogue(), catalogueSchema, signal);

export const catalogueQueryOptions = () => queryOptions({ queryKey: ['catalogue'], queryFn: ({ signal }) => getCatalogue(signal), staleTime: Infinity });

export const useCatalogue = () => useQuery(catalogueQueryOptions());
