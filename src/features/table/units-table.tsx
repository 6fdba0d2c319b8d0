/**
 * The units table with its toolbar (name filter, column menu, exports). It takes any rows, so it
 * can be rendered with the children of a unit or with synthetic rows (tests, benchmarks).
 */
import { useCallback, useDeferredValue, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Indicator } from '@/domain/indicators';
import type { TableRow } from '@/domain/table-rows';
import { nextSort } from '@/domain/table-sort';
import { parseColumnId, type TableViewState } from '@/domain/table-view-state';
import { formatNumber } from '@/i18n/format';
import { useI18n, type I18n } from '@/i18n/i18n-context';
import type { FileName } from '@/ui/use-export';
import { ColumnMenu } from './column-menu';
import { ExportButtons } from './export-buttons';
import { buildExportTable, type ExportInfo } from './export-model';
import { TableGrid } from './table-grid';
import type { UnitsColumnMeta } from './table-model';
import { useUnitsTable } from './use-units-table';
import './table.css';

export interface UnitsTableProps {
  rows: readonly TableRow[];
  /** The parent's own figures, shown as the totals row. */
  totals: TableRow | null;
  /** Every indicator (for the column menu and to resolve the codes in `view`). */
  catalogue: readonly Indicator[];
  view: TableViewState;
  /** The indicator selected for the page (always shown, first). */
  selected: string | null;
  /** A new table state; `replace` for keystrokes, which should not fill the history. */
  onViewChange: (next: TableViewState, options?: { replace?: boolean }) => void;
  hrefFor: (code: string) => string;
  caption: string;
  exportInfo: Omit<ExportInfo, 'query' | 'sortText'>;
  fileName: Omit<FileName, 'extension'>;
}

function sortText(view: TableViewState, indicators: readonly Indicator[], { t, lang }: Pick<I18n, 't' | 'lang'>): string {
  const parsed = parseColumnId(view.sort.column);
  const direction = view.sort.desc ? t('table.export.descending') : t('table.export.ascending');
  if (!parsed || parsed.kind === 'name') return `${t('table.unit')}, ${direction}`;
  if (parsed.kind === 'reports') return `${t('table.reports')}, ${direction}`;
  const indicator = indicators.find((i) => i.code === parsed.indicator);
  const label = parsed.kind === 'value' ? t('table.value') : parsed.kind === 'target' ? t('table.target') : t('table.achievement');
  return `${indicator ? `${indicator.code} ${indicator.name[lang]} – ` : ''}${label}, ${direction}`;
}

export function UnitsTable({ rows, totals, catalogue, view, selected, onViewChange, hrefFor, caption, exportInfo, fileName }: UnitsTableProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const filterId = useId();
  // The filter box owns its text (typing stays instant); the URL mirrors it, the table follows deferred.
  const [text, setText] = useState(view.query);
  const query = useDeferredValue(text);
  // Keyed by content: the view is parsed again from the URL after a sort, with new arrays but the same columns.
  const codes = view.indicators.join(',');
  const indicators = useMemo(() => {
    const byCode = new Map(catalogue.map((i) => [i.code, i]));
    return codes
      .split(',')
      .map((c) => byCode.get(c))
      .filter((i): i is Indicator => i !== undefined);
  }, [catalogue, codes]);
  const { table, rows: shownRows } = useUnitsTable(rows, indicators, view, query);
  // The latest view and handler, read by callbacks that keep their identity across renders, so that
  // the memoised header cells and column menu are not drawn again on every sort.
  const latest = useRef({ view, onViewChange });
  useLayoutEffect(() => {
    latest.current = { view, onViewChange };
  });
  const onSort = useCallback((columnId: string, numeric: boolean) => {
    const { view: current, onViewChange: change } = latest.current;
    change({ ...current, sort: nextSort(current.sort, columnId, numeric) });
  }, []);
  const onColumnsChange = useCallback((next: (current: TableViewState) => TableViewState) => {
    const { view: current, onViewChange: change } = latest.current;
    change(next(current));
  }, []);
  const shown = shownRows.length;

  const buildExport = () =>
    buildExportTable(
      table.getVisibleLeafColumns().map((c) => c.columnDef.meta as UnitsColumnMeta),
      Array.from({ length: shownRows.length }, (_, position) => shownRows.at(position)!.original),
      totals,
      indicators,
      { ...exportInfo, query, sortText: sortText(view, indicators, i18n) },
      i18n,
    );

  return (
    <div className="units-table-wrap">
      <div className="units-table__toolbar">
        <div className="units-table__filter">
          <label htmlFor={filterId}>{t('table.filter')}</label>
          <input
            id={filterId}
            type="search"
            value={text}
            maxLength={100}
            placeholder={t('table.filterPlaceholder')}
            autoComplete="off"
            onChange={(e) => {
              const value = e.currentTarget.value;
              setText(value);
              onViewChange({ ...view, query: value }, { replace: true });
            }}
          />
          <span className="units-table__count" role="status">
            {t('table.filterCount', { shown: formatNumber(shown, lang), total: formatNumber(rows.length, lang) })}
          </span>
        </div>
        <ColumnMenu catalogue={catalogue} shown={view.indicators} hidden={view.hidden} selected={selected} onChange={onColumnsChange} />
        <ExportButtons build={buildExport} fileName={fileName} />
      </div>
      <TableGrid
        table={table}
        rows={shownRows}
        totals={totals}
        caption={caption}
        sort={view.sort}
        onSort={onSort}
        hrefFor={hrefFor}
        primary={indicators[0] ?? null}
        query={query}
      />
      {totals && query.trim() !== '' && <p className="units-table__note">{t('table.totalsNote', { unit: totals.name })}</p>}
    </div>
  );
}
