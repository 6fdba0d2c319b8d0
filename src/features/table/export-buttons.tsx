import { useState } from 'react';
import { toExportCsv } from '@/domain/export-csv';
import type { ExportTable } from '@/domain/export-table';
import { useI18n } from '@/i18n/i18n-context';
import { CSV_TYPE, downloadBlob, XLSX_TYPE } from './download';

interface Props {
  /** Builds the export of what is shown right now (called on click, so it is never stale). */
  build: () => ExportTable;
  fileName: (extension: 'csv' | 'xlsx') => string;
}

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; file: string } | { kind: 'failed' };

/** CSV is built in place; the XLSX writer (exceljs) is loaded only when asked for. */
export function ExportButtons({ build, fileName }: Props) {
  const { t } = useI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });

  const exportCsv = () => {
    const file = fileName('csv');
    downloadBlob(new Blob([toExportCsv(build())], { type: CSV_TYPE }), file);
    setStatus({ kind: 'done', file });
  };

  const exportXlsx = async () => {
    setStatus({ kind: 'busy' });
    try {
      const table = build();
      const { buildXlsx } = await import('./export-xlsx');
      const buffer = await buildXlsx(table);
      const file = fileName('xlsx');
      downloadBlob(new Blob([buffer], { type: XLSX_TYPE }), file);
      setStatus({ kind: 'done', file });
    } catch {
      setStatus({ kind: 'failed' });
    }
  };

  return (
    <div className="units-table__exports">
      <button type="button" className="button" onClick={exportCsv}>
        {t('table.exportCsv')}
      </button>
      <button type="button" className="button" onClick={() => void exportXlsx()} disabled={status.kind === 'busy'}>
        {status.kind === 'busy' ? t('table.exporting') : t('table.exportXlsx')}
      </button>
      <span className={status.kind === 'failed' ? 'units-table__export-status units-table__export-status--failed' : 'units-table__export-status'} role="status">
        {status.kind === 'done' ? t('table.exportDone', { file: status.file }) : status.kind === 'failed' ? t('table.exportFailed') : ''}
      </span>
    </div>
  );
}
