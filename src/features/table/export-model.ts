/**
 * The export table of exactly what the units table shows: the visible columns in their order, the
 * filtered and sorted rows, then the totals row. Numbers stay numbers (rates and achievements as
 * ratios with a percent format); "x", "chưa báo cáo" and the like stay text.
 */
import type { ExportCell, ExportColumn, ExportTable } from '@/domain/export-table';
import { safeSheetName } from '@/domain/export-table';
import type { Indicator } from '@/domain/indicators';
import type { TableRow } from '@/domain/table-rows';
import type { I18n } from '@/i18n/i18n-context';
import { missingText } from '@/ui/cell-format';
import type { UnitsColumnMeta } from './table-model';

export interface ExportInfo {
  programName: string;
  unitName: string;
  periodText: string;
  dataDate: string;
  source: string;
  demo: boolean;
  /** Active name filter, if any. */
  query: string;
  /** "Đơn vị, tăng dần". */
  sortText: string;
}

type Writer = { column: ExportColumn; cell: (row: TableRow) => ExportCell };

const isPercentRate = (i: Indicator) => i.kind === 'rate' && i.scale === 100;

function indicatorWriters(meta: UnitsColumnMeta, { t, lang }: Pick<I18n, 't' | 'lang'>): Writer[] {
  const indicator = meta.indicator!;
  const kind = meta.kind as 'value' | 'target' | 'achievement';
  const name = `${indicator.code} ${indicator.name[lang]}`;
  const label = kind === 'value' ? t('table.value') : kind === 'target' ? t('table.target') : t('table.achievement');
  const unit = kind === 'achievement' ? '' : ` (${indicator.unitOfMeasure[lang]})`;
  const percent = kind === 'achievement' || isPercentRate(indicator);
  const column: ExportColumn = {
    header: `${name} – ${label}${unit}`,
    format: percent ? { kind: 'percent', decimals: kind === 'achievement' ? 1 : indicator.decimals } : { kind: 'number', decimals: indicator.decimals },
  };
  return [
    {
      column,
      cell: (row) => {
        const cell = row.cells[indicator.code]?.[kind] ?? 'not_reported';
        if (typeof cell !== 'number') return missingText(cell, kind, { t }).text;
        return kind !== 'achievement' && isPercentRate(indicator) ? cell / 100 : cell;
      },
    },
  ];
}

function writersFor(meta: UnitsColumnMeta, primary: Indicator | null, i18n: Pick<I18n, 't' | 'lang'>): Writer[] {
  const { t } = i18n;
  if (meta.kind === 'name') return [{ column: { header: t('table.unit'), format: { kind: 'text' } }, cell: (row) => row.name }];
  if (meta.kind === 'reports') {
    const suffix = primary ? ` (${primary.code})` : '';
    const count = (row: TableRow, key: 'reported' | 'expected' | 'carried') => {
      const cells = primary ? row.cells[primary.code] : undefined;
      return cells && cells.expected > 0 ? (cells[key] ?? 0) : null;
    };
    const column = (key: 'reported' | 'expected' | 'carried'): Writer => ({
      column: { header: t(`table.export.${key}`) + suffix, format: { kind: 'number', decimals: 0 } },
      cell: (row) => count(row, key),
    });
    // A stock that carries missing reports forward says how many of its values were carried, as the table does.
    return primary?.carryForward ? [column('reported'), column('expected'), column('carried')] : [column('reported'), column('expected')];
  }
  if (meta.kind === 'group' || !meta.indicator) return [];
  return indicatorWriters(meta, i18n);
}

export function buildExportTable(
  columns: readonly UnitsColumnMeta[],
  rows: readonly TableRow[],
  totals: TableRow | null,
  indicators: readonly Indicator[],
  info: ExportInfo,
  i18n: Pick<I18n, 't' | 'lang'>,
): ExportTable {
  const { t, lang } = i18n;
  const primary = indicators[0] ?? null;
  const writers = columns.flatMap((meta) => writersFor(meta, primary, i18n));
  const shown = indicators.filter((i) => columns.some((c) => c.indicator?.code === i.code));
  const lines: ExportTable['info'] = [
    { label: t('table.export.unit'), value: info.unitName },
    { label: t('table.export.indicators'), value: shown.map((i) => `${i.code} ${i.name[lang]}`).join('; ') },
    { label: t('table.export.period'), value: info.periodText },
    { label: t('table.export.dataDate'), value: info.dataDate },
    { label: t('table.export.source'), value: info.demo ? `${info.source} (${t('table.export.demo')})` : info.source },
    { label: t('table.export.sort'), value: info.sortText },
    { label: t('table.export.blanks'), value: t('table.export.blanksText') },
  ];
  if (info.query.trim()) lines.push({ label: t('table.export.filter'), value: info.query.trim() });
  const totalsRow = totals ? writers.map((w) => w.cell(totals)) : null;
  if (totalsRow && writers[0]?.column.format.kind === 'text') totalsRow[0] = t('table.totals', { unit: totals!.name });
  return {
    title: info.programName,
    info: lines,
    sheetName: safeSheetName(info.unitName),
    columns: writers.map((w) => w.column),
    rows: rows.map((row) => writers.map((w) => w.cell(row))),
    totals: totalsRow,
  };
}
