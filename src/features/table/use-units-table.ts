/** The React table instance of the units table (TanStack Table v9), state owned by the URL. */
import { useTable, type ReactTable } from '@tanstack/react-table';
import { useMemo } from 'react';
import type { Indicator } from '@/domain/indicators';
import type { TableRow } from '@/domain/table-rows';
import type { TableViewState } from '@/domain/table-view-state';
import { buildColumns, canGlobalFilter, nameFilter, namesInOrder, orderRows, tableStateFor, unitsTableFeatures, type UnitsTableFeatures } from './table-model';

export type UnitsReactTable = ReactTable<UnitsTableFeatures, TableRow>;

const rowId = (row: TableRow) => row.code;

export function useUnitsTable(rows: readonly TableRow[], indicators: readonly Indicator[], view: TableViewState, query: string): UnitsReactTable {
  const primary = indicators[0]?.code ?? null;
  const columns = useMemo(() => buildColumns(indicators), [indicators]);
  // Names are collated once per data set; each sort then only compares keys.
  const byName = useMemo(() => namesInOrder(rows), [rows]);
  const { column, desc } = view.sort;
  const data = useMemo(() => orderRows(rows, { column, desc }, primary, byName), [rows, column, desc, primary, byName]);
  const state = useMemo(() => tableStateFor(view, query), [view, query]);
  return useTable({
    features: unitsTableFeatures,
    columns,
    data,
    getRowId: rowId,
    state,
    manualSorting: true,
    globalFilterFn: nameFilter,
    getColumnCanGlobalFilter: canGlobalFilter,
  });
}
