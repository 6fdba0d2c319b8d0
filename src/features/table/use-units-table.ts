/** The React table instance of the units table (TanStack Table v9), state owned by the URL. */
import { useTable, type ReactTable, type Row } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Indicator } from '@/domain/indicators';
import type { TableRow } from '@/domain/table-rows';
import type { TableViewState } from '@/domain/table-view-state';
import {
  buildColumns,
  canGlobalFilter,
  inTableOrder,
  nameFilter,
  namesInOrder,
  rowRanks,
  tableStateFor,
  unitsTableFeatures,
  type UnitsTableFeatures,
} from './table-model';

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
  const byName = useMemo(() => namesInOrder(rows), [rows]);
  const { column, desc } = view.sort;
  const ranks = useMemo(() => rowRanks(rows, { column, desc }, primary, byName), [rows, column, desc, primary, byName]);
  const state = useMemo(() => tableStateFor(view, query), [view, query]);
  const table = useTable({
    features: unitsTableFeatures,
    columns,
    // The data keeps its identity across sorts, so the table's row objects and filtered rows are kept.
    data: rows,
    getRowId: rowId,
    state,
    manualSorting: true,
    globalFilterFn: nameFilter,
    getColumnCanGlobalFilter: canGlobalFilter,
  });
  const filtered = table.getRowModel().rows;
  const shown = useMemo(() => inTableOrder(filtered, ranks), [filtered, ranks]);
  return { table, rows: shown };
}
