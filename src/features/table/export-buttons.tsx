import { toExportCsv, type CsvDialect } from '@/domain/export-csv';
import type { ExportTable } from '@/domain/export-table';
import { useI18n } from '@/i18n/i18n-context';
import { MIME } from '@/ui/save-file';
import { useExport, type FileName } from '@/ui/use-export';

interface Props {
  /** Builds the export of what is shown right now (called on click, so it is never stale). */
  build: () => ExportTable;
  fileName: Omit<FileName, 'extension'>;
}

/** CSV (standard, and for Excel under Vietnamese settings) is built in place; the XLSX writer loads only when asked for. */
export function ExportButtons({ build, fileName }: Props) {
  const { t } = useI18n();
  const { status, busy, run, failureText } = useExport();
  const csv = (dialect: CsvDialect) =>
    run(
      `csv-${dialect}`,
      { ...fileName, details: [...(fileName.details ?? []), ...(dialect === 'excel-vi' ? ['excel'] : [])], extension: 'csv' },
      () => new Blob([toExportCsv(build(), dialect)], { type: MIME.csv }),
    );
  const xlsx = () =>
    run('xlsx', { ...fileName, extension: 'xlsx' }, async () => {
      const table = build();
      const { buildXlsx } = await import('./export-xlsx');
      return new Blob([await buildXlsx(table)], { type: MIME.xlsx });
    });

  return (
    <div className="units-table__exports">
      <button type="button" className="button" onClick={() => void csv('standard')}>
        {t('table.exportCsv')}
      </button>
      <button type="button" className="button" onClick={() => void csv('excel-vi')}>
        {t('table.exportCsvExcel')}
      </button>
      <button type="button" className="button" onClick={() => void xlsx()} disabled={busy}>
        {busy ? t('table.exporting') : t('table.exportXlsx')}
      </button>
      <span className={status.kind === 'failed' ? 'units-table__export-status units-table__export-status--failed' : 'units-table__export-status'} role="status">
        {status.kind === 'done' ? t('table.exportDone', { file: status.file }) : (failureText(t('table.exportFailed')) ?? '')}
      </span>
    </div>
  );
}
