import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, unitDocumentSchema, type UnitDocument } from './contract';

export const getUnit = (code: string, signal?: AbortSignal): Promise<UnitDocument> => getDocument(apiPaths.unit(code), unitDocumentSchema, signal);

export const unitQueryOptions = (code: string) => queryOptions({ queryKey: ['unit', code], queryFn: ({ signal }) => getUnit(code, signal), staleTime: Infinity });

export const useUnit = (code: string) => useQuery(unitQueryOptions(code));
