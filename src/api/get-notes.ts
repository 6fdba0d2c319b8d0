import { queryOptions, useQuery } from '@tanstack/react-query';
import { getDocument } from './client';
import { apiPaths, notesSchema, type Notes } from './contract';

export const getNotes = (code: string, signal?: AbortSignal): Promise<Notes> => getDocument(apiPaths.notes(code), notesSchema, signal);

export const notesQueryOptions = (code: string) =>
  queryOptions({ queryKey: ['notes', code], queryFn: ({ signal }) => getNotes(code, signal), staleTime: Infinity });

export const useNotes = (code: string) => useQuery(notesQueryOptions(code));
