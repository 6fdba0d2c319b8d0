/**
 * CSV of an export table: UTF-8 with a BOM (so Excel reads Vietnamese correctly), CRLF line ends,
 * one header row, then the rows and the totals row. Numbers are plain (no thousands separator;
 * percentages as 115.5 with "(%)" in the header); "x" and "chưa báo cáo" stay text; text that
 * looks like a formula is neutralised.
 *
 * Two dialects: the standard one (',' between fields, '.' decimal) for programs, and the one
 * Excel and LibreOffice read as numbers under Vietnamese regional settings (';' between fields,
 * ',' decimal: "109,1").
 */
import { csvField } from './csv';
import { neutralise, roundTo, type ExportCell, type ExportColumn, type ExportTable } from './export-table';

export const BOM = '\uFEFF';

export type CsvDialect = 'standard' | 'excel-vi';

const SEPARATOR = { standard: ',', 'excel-vi': ';' } as const;

function field(cell: ExportCell, column: ExportColumn | undefined, dialect: CsvDialect): string {
  const separator = SEPARATOR[dialect];
  if (cell === null) return '';
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell)) return '';
    const format = column?.format ?? { kind: 'text' };
    const value = format.kind === 'percent' ? roundTo(cell * 100, format.decimals) : format.kind === 'number' ? roundTo(cell, format.decimals) : cell;
    const text = String(value);
    return dialect === 'excel-vi' ? text.replace('.', ',') : text;
  }
  return csvField(neutralise(cell), separator);
}

export function toExportCsv(table: Pick<ExportTable, 'columns' | 'rows' | 'totals'>, dialect: CsvDialect = 'standard'): string {
  const separator = SEPARATOR[dialect];
  const lines = [table.columns.map((c) => csvField(neutralise(c.header), separator)).join(separator)];
  const write = (row: readonly ExportCell[]) => lines.push(table.columns.map((c, i) => field(row[i] ?? null, c, dialect)).join(separator));
  table.rows.forEach(write);
  if (table.totals) write(table.totals);
  return BOM + lines.join('\r\n') + '\r\n';
}
