/** The files dropped on the checking page, checked one after another, each with its progress. */
import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Catalogue, Meta } from '@/api/contract';
import { unitQueryOptions } from '@/api/get-unit';
import { checkReportFile, type FileCheck } from './check-file';

export type CheckStep = 'queued' | 'reading' | 'checking' | 'done';

export interface FileEntry {
  id: number;
  name: string;
  step: CheckStep;
  result?: FileCheck;
  error?: string;
}

export function useFileChecks(catalogue: Catalogue, meta: Meta) {
  const queryClient = useQueryClient();
  const [entries, setEntries] = useState<FileEntry[]>([]);
  const queue = useRef(Promise.resolve());
  const nextId = useRef(1);

  const update = (id: number, change: Partial<FileEntry>) => setEntries((list) => list.map((e) => (e.id === id ? { ...e, ...change } : e)));

  const add = useCallback(
    (files: readonly File[]) => {
      const added = files.map((file) => ({ file, entry: { id: nextId.current++, name: file.name, step: 'queued' as CheckStep } }));
      setEntries((list) => [...added.map((a) => a.entry), ...list]);
      for (const { file, entry } of added) {
        queue.current = queue.current.then(async () => {
          try {
            update(entry.id, { step: 'reading' });
            const bytes = new Uint8Array(await file.arrayBuffer());
            update(entry.id, { step: 'checking' });
            const result = await checkReportFile(file.name, bytes, {
              catalogue,
              meta,
              fetchUnit: (code) => queryClient.fetchQuery(unitQueryOptions(code)),
              today: new Date(),
            });
            update(entry.id, { step: 'done', result });
          } catch (e) {
            update(entry.id, { step: 'done', error: e instanceof Error ? e.message : String(e) });
          }
        });
      }
    },
    [catalogue, meta, queryClient],
  );

  return { entries, add };
}
