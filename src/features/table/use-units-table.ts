/** The React table instance of the units table (TanStack Table v9), state owned by the URL. */
import { useTable, type ReactTable, type Row } from '@tanstack/react-table';
import { useEffect, useMemo } from 'react';
import type { Indicator } from '@/domain/indicators';
import type { TableRow } from '@/domain/table-rows';
import type { TableViewState } from '@/domain/table-view-state';
import { inOrder, throughOrder, type OrderedItems } from '@/domain/table-sort';
import { runWhenIdle } from '@/ui/when-idle';
import {
  buildColumns,
  canGlobalFilter,
  nameFilter,
  namesInOrder,
  ordersAhead,
  rowOrders,
  tableStateFor,
  unitsTableFeatures,
  type UnitsTableFeatures,
} from './table-model';

export type UnitsReactTable = ReactTable<UnitsTableFeatures, TableRow>;

const rowId = (row: TableRow) => row.code;

export interface UnitsTableModel {
  table: UnitsReactTable;
  /** The rows shown: filtered by the table, in the order of the view's sort. */
  rows: OrderedItems<Row<UnitsTableFeatures, TableRow>>;
}

export function useUnitsTable(rows: readonly TableRow[], indicators: readonly Indicator[], view: TableViewState, query: string): UnitsTableModel {
  const primary = indicators[0]?.code ?? null;
  const columns = useMemo(() => buildColumns(indicators), [indicators]);
  // Names are collated once per data set; each sort then only compares numbers.
  const nameRank = useMemo(() => namesInOrder(rows), [rows]);
  const { column, desc } = view.sort;
  // Sorted once per column and kept: a click that only changes the direction reverses the kept order.
  const orders = useMemo(() => rowOrders(rows, primary, nameRank), [rows, primary, nameRank]);
  const order = useMemo(() => orders(column, desc), [orders, column, desc]);
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
  // The other columns' orders are computed ahead while the page is idle, one at a time: a click on a
  // header then sorts nothing, the first click of a page included.
  const visible = table
    .getVisibleLeafColumns()
    .map((c) => c.id)
    .join(',');
  useEffect(
    () =>
      runWhenIdle(
        ordersAhead(visible.split(','), primary).map(
          ([c, d]) =>
            () =>
              orders(c, d),
        ),
      ),
    [orders, visible, primary],
  );
  const filtered = table.getRowModel().rows;
  // Unfiltered, the table's rows are all the rows in data order (row i has index i): they are read
  // through the order. Filtered, the rows left are placed in it.
  const all = table.getCoreRowModel().rows;
  const shown = useMemo(() => (filtered === all ? throughOrder(all, order) : inOrder(filtered, order)), [filtered, all, order]);
  return { table, rows: shown };
}
