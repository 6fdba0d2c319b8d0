/**
 * CSV of an export table: UTF-8 with a BOM (so Excel reads Vietnamese correctly), CRLF line ends,
 * one header row, then the rows and the totals row. Numbers are plain ("1234.5", '.' decimal, no
 * thousands separator; percentages as 115.5 with "(%)" in the header); "<5" and "chưa báo cáo"
 * stay text; text that looks like a formula is neutralised.
 */
import { csvField } from './csv';
import { neutralise, roundTo, type ExportCell, type ExportColumn, type ExportTable } from './export-table';

export const BOM = '\uFEFF';

function field(cell: ExportCell, column: ExportColumn | undefined): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const format = column?.format ?? { kind: 'text' };
    if (format.kind === 'percent') return String(roundTo(cell * 100, format.decimals));
    if (format.kind === 'number') return String(roundTo(cell, format.decimals));
    return String(cell);
  }
  return csvField(neutralise(cell));
}

export function toExportCsv(table: Pick<ExportTable, 'columns' | 'rows' | 'totals'>): string {
  const lines = [table.columns.map((c) => csvField(neutralise(c.header))).join(',')];
  const write = (row: readonly ExportCell[]) => lines.push(table.columns.map((c, i) => field(row[i] ?? null, c)).join(','));
  table.rows.forEach(write);
  if (table.totals) write(table.totals);
  return BOM + lines.join('\r\n') + '\r\n';
}
