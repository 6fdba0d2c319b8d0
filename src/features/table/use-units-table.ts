/** The React table instance of the units table (TanStack Table v9), state owned by the URL. */
import { useTable, type ReactTable, type Row } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Indicator } from '@/domain/indicators';
import type { TableRow } from '@/domain/table-rows';
import type { TableViewState } from '@/domain/table-view-state';
import { inOrder } from '@/domain/table-sort';
import { buildColumns, canGlobalFilter, nameFilter, namesInOrder, rowOrders, tableStateFor, unitsTableFeatures, type UnitsTableFeatures } from './table-model';

export type UnitsReactTable = ReactTable<UnitsTableFeatures, TableRow>;

const rowId = (row: TableRow) => row.code;

export interface UnitsTableModel {
  table: UnitsReactTable;
  /** The rows shown: filtered by the table, in the order of the view's sort. */
  rows: Row<UnitsTableFeatures, TableRow>[];
}

export function useUnitsTable(rows: readonly TableRow[], indicators: readonly Indicator[], view: TableViewState, query: string): UnitsTableModel {
  const primary = indicators[0]?.code ?? null;
  const columns = useMemo(() => buildColumns(indicators), [indicators]);
  // Names are collated once per data set; each sort then only compares numbers.
  const nameRank = useMemo(() => namesInOrder(rows), [rows]);
  const { column, desc } = view.sort;
  // Sorted once per column: a click that only changes the direction reverses the kept order.
  const orders = useMemo(() => rowOrders(rows, column, primary, nameRank), [rows, column, primary, nameRank]);
  const order = useMemo(() => orders(desc), [orders, desc]);
  // Keyed by content: a view parsed again from the URL after a sort has a new list of hidden columns, but the same.
  const hidden = view.hidden.join(',');
  const state = useMemo(() => tableStateFor(indicators, hidden.split(','), query), [indicators, hidden, query]);
  const table = useTable({
    features: unitsTableFeatures,
    columns,
    // The data keeps its identity across sorts, so the table's row objects and filtered rows are kept.
    data: rows,
    getRowId: rowId,
    state,
    globalFilterFn: nameFilter,
    getColumnCanGlobalFilter: canGlobalFilter,
  });
  const filtered = table.getRowModel().rows;
  const shown = useMemo(() => inOrder(filtered, order), [filtered, order]);
  return { table, rows: shown };
}
