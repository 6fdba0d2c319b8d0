/**
 * The state of every export button: idle, busy (which export), done (the file's name) or failed
 * (why). `run` builds the file (libraries load then), names it with the one naming scheme and
 * saves it; a failure is kept for the view to show, never thrown. When the export's own code (a
 * library loaded on click) does not arrive, the view says that, not that the file failed.
 */
import { useCallback, useState } from 'react';
import { exportFileName, isoDate, type FileNameParts } from '@/domain/file-name';
import { useI18n } from '@/i18n/i18n-context';
import { isChunkLoadError } from './chunk-load';
import { saveBlob } from './save-file';

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'busy'; what: string }
  | { kind: 'done'; what: string; file: string }
  | { kind: 'failed'; what: string; message: string; codeMissing: boolean };

export type FileName = Omit<FileNameParts, 'date'>;

export function useExport() {
  const { t } = useI18n();
  const [status, setStatus] = useState<ExportStatus>({ kind: 'idle' });
  const run = useCallback(async (what: string, name: FileName, build: () => Promise<Blob> | Blob): Promise<void> => {
    setStatus({ kind: 'busy', what });
    try {
      const blob = await build();
      const file = exportFileName({ ...name, date: isoDate(new Date()) });
      saveBlob(blob, file);
      setStatus({ kind: 'done', what, file });
    } catch (e) {
      setStatus({ kind: 'failed', what, message: e instanceof Error ? e.message : String(e), codeMissing: isChunkLoadError(e) });
    }
  }, []);
  const busy = status.kind === 'busy';
  /** What the view shows after a failure: its own message, or that the export's code did not arrive. */
  const failureText = (ownMessage: string): string | null => (status.kind !== 'failed' ? null : status.codeMissing ? t('export.codeMissing') : ownMessage);
  return { status, busy, run, failureText };
}
