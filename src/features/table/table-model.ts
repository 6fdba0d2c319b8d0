/**
 * The units table model for @tanstack/react-table v9: registered features, column definitions
 * (cells are drawn from row.original by the renderer) and the table state derived from the URL.
 * Sorting is not the table's: the data stays as given and the sort is not in the table's state,
 * so a new sort neither rebuilds the table's 10,000 row objects and filtered rows nor changes its
 * state. The order comes from the pure columnOrders (keys computed once per row, names collated
 * once per data set, each column sorted once, the other direction derived from it), and the
 * filtered rows are placed in that order.
 * Filtering and column visibility are the table's. No React here: testable headless.
 */
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createFilteredRowModel,
  globalFilteringFeature,
  metaHelper,
  tableFeatures,
  type ColumnVisibilityState,
} from '@tanstack/react-table';
import type { Indicator } from '@/domain/indicators';
import type { TableRow } from '@/domain/table-rows';
import { nameRanks, sortKeyOf, tableOrders, type SortKey } from '@/domain/table-sort';
import { columnId, parseColumnId, type ColumnKind, type IndicatorColumnKind } from '@/domain/table-view-state';
import { matchesWords, queryWords } from '@/domain/text-search';
import { compareVietnamese } from '@/i18n/format';

export interface UnitsColumnMeta {
  kind: ColumnKind | 'name' | 'group';
  indicator: Indicator | null;
  /** Width in CSS pixels (fixed table layout). */
  width: number;
}

export const unitsTableFeatures = tableFeatures({
  columnVisibilityFeature,
  columnFilteringFeature,
  globalFilteringFeature,
  filteredRowModel: createFilteredRowModel(),
  columnMeta: metaHelper<UnitsColumnMeta>(),
});

export type UnitsTableFeatures = typeof unitsTableFeatures;

/** Fixed row height in CSS pixels: rows never wrap, so the virtualiser needs no measuring. */
export const ROW_HEIGHT = 40;
export const COLUMN_WIDTHS: Record<UnitsColumnMeta['kind'], number> = { name: 260, reports: 150, value: 130, target: 120, achievement: 100, group: 0 };

const helper = createColumnHelper<UnitsTableFeatures, TableRow>();

/** Share of expected reports received, for sorting the completeness column. */
export function completenessKey(row: TableRow, primary: string | null): number | undefined {
  const cells = primary ? row.cells[primary] : undefined;
  return cells && cells.expected > 0 ? cells.reported / cells.expected : undefined;
}

/** The sort key of a column for a row; null for the name column (sorted by name order). */
export function sortKeyFor(column: string, primary: string | null): ((row: TableRow) => SortKey | undefined) | null {
  const parsed = parseColumnId(column);
  if (!parsed || parsed.kind === 'name') return null;
  if (parsed.kind === 'reports') return (row) => completenessKey(row, primary);
  const { kind, indicator } = parsed as { kind: IndicatorColumnKind; indicator: string };
  return (row) => sortKeyOf(row.cells[indicator]?.[kind]);
}

/** Each row's rank (by index) in Vietnamese name order (collated once). */
export const namesInOrder = (rows: readonly TableRow[]) => nameRanks(rows, compareVietnamese);

/** The orders of the table's rows (indices into `rows`) by any column, in either direction, each computed once (see tableOrders). */
export function rowOrders(rows: readonly TableRow[], primary: string | null, nameRank: Int32Array): (column: string, desc: boolean) => Int32Array {
  return tableOrders(rows, (column) => sortKeyFor(column, primary), nameRank);
}

/**
 * The orders worth computing ahead, most likely first: the selected indicator's value (largest
 * first, then smallest first), then every other sortable column in the direction of its first click
 * (nextSort), then in the other. The name order is made with the table.
 */
export function ordersAhead(columns: readonly string[], primary: string | null): OrderAhead[] {
  const primaryValue = primary ? columnId('value', primary) : null;
  const first = columns.filter((c) => c === primaryValue);
  const others = columns.filter((c) => c !== 'name' && c !== primaryValue);
  const both = (c: string): OrderAhead[] => [
    [c, true],
    [c, false],
  ];
  return [...first.flatMap(both), ...others.map((c): OrderAhead => [c, true]), ...others.map((c): OrderAhead => [c, false])];
}

export type OrderAhead = [column: string, desc: boolean];

function indicatorColumn(kind: IndicatorColumnKind, indicator: Indicator) {
  return helper.display({ id: columnId(kind, indicator.code), enableGlobalFilter: false, meta: { kind, indicator, width: COLUMN_WIDTHS[kind] } });
}

/** Name, completeness (of the selected indicator), then value, target and achievement per indicator. */
export function buildColumns(indicators: readonly Indicator[]) {
  return helper.columns([
    helper.accessor((row) => row.name, { id: 'name', meta: { kind: 'name', indicator: null, width: COLUMN_WIDTHS.name } }),
    helper.display({ id: 'reports', enableGlobalFilter: false, meta: { kind: 'reports', indicator: null, width: COLUMN_WIDTHS.reports } }),
    ...indicators.map((indicator) =>
      helper.group({
        id: `group:${indicator.code}`,
        meta: { kind: 'group', indicator, width: 0 },
        columns: helper.columns([indicatorColumn('value', indicator), indicatorColumn('target', indicator), indicatorColumn('achievement', indicator)]),
      }),
    ),
  ]);
}

let lastQuery = '';
let lastWords: string[] = [];
/** Global filter on the folded name only ("huyen tung" finds "Huyền Tụng"). */
export function nameFilter(row: { original: TableRow }, _columnId: string, query: unknown): boolean {
  const text = typeof query === 'string' ? query : '';
  if (text !== lastQuery) {
    lastQuery = text;
    lastWords = queryWords(text);
  }
  return matchesWords(row.original.searchKey, lastWords);
}
nameFilter.autoRemove = (value: unknown) => typeof value !== 'string' || value.trim() === '';

export const canGlobalFilter = (column: { id: string }): boolean => column.id === 'name';

export interface UnitsTableState {
  columnVisibility: ColumnVisibilityState;
  globalFilter: string;
}

/** The table's state: column visibility and the name filter (not the sort, see above). */
export function tableStateFor(indicators: readonly Pick<Indicator, 'code'>[], hidden: readonly string[], query: string): UnitsTableState {
  const columnVisibility: ColumnVisibilityState = {};
  if (hidden.includes('reports')) columnVisibility.reports = false;
  for (const { code } of indicators) {
    for (const kind of ['value', 'target', 'achievement'] as const) if (hidden.includes(kind)) columnVisibility[columnId(kind, code)] = false;
  }
  return { columnVisibility, globalFilter: query };
}
