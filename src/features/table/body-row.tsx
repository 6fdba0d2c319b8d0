/**
 * A body or totals row of the units table, memoised: it is drawn again only when its unit, its
 * columns or its links change, and then only the cells that show something new.
 */
import { memo } from 'react';
import type { TableRow } from '@/domain/table-rows';
import { useI18n } from '@/i18n/i18n-context';
import { bodyCell, type CellContext } from './body-cell';
import type { UnitsColumnMeta } from './table-model';

export interface RowColumn {
  id: string;
  meta: UnitsColumnMeta;
}

interface Props {
  row: TableRow;
  columns: readonly RowColumn[];
  /** Drill link of a row; null for the totals row. */
  hrefFor: ((code: string) => string) | null;
  /** Follows a drill link in the app; stable across renders. */
  follow: CellContext['follow'];
  /** The selected indicator: the completeness column counts its reports. */
  primary: string | null;
  /** aria-rowindex: the row's position among all the table's rows, header rows included. */
  rowIndex: number;
  totals?: boolean;
}

export const BodyRow = memo(function BodyRow({ row, columns, hrefFor, follow, primary, rowIndex, totals = false }: Props) {
  const i18n = useI18n();
  const context = { i18n, hrefFor, follow, primary, totals };
  return (
    <tr aria-rowindex={rowIndex} className={totals ? 'units-table__totals' : 'units-table__row'}>
      {columns.map((c) => bodyCell(row, c.meta, c.id, context))}
    </tr>
  );
});
