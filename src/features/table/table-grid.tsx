/**
 * The virtualised <table>: a real table (caption, row headers, aria-sort) whose body renders only
 * the rows in view plus a margin, with spacer rows above and below so the scroll height is right.
 * Header and totals rows stick to the top and bottom of the scroll area.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Indicator } from '@/domain/indicators';
import type { TableRow } from '@/domain/table-rows';
import type { TableSort } from '@/domain/table-sort';
import { useI18n } from '@/i18n/i18n-context';
import { useFollowLink } from '@/ui/use-follow-link';
import { holdUntilDrawn } from '@/ui/when-idle';
import { HeaderCell } from './header-cell';
import { BodyRow } from './body-row';
import { observeRowsViewport } from './observe-rows-viewport';
import { ROW_HEIGHT, type UnitsColumnMeta } from './table-model';
import { usePrinting } from './use-printing';
import type { UnitsReactTable, UnitsTableModel } from './use-units-table';

/** Rows drawn beyond the visible ones while the table scrolls, so that fast scrolling shows no blank rows. */
export const OVERSCAN = 12;
/**
 * Rows drawn beyond the visible ones at rest (first render, after a sort or a filter): every drawn
 * row costs layout and paint when its text changes, so only one wheel step's worth is kept ready.
 */
export const OVERSCAN_AT_REST = 3;

// Stable options: a new getItemKey or estimateSize each render would make the virtualiser
// recompute all 10,000 item positions on every scroll frame.
const estimateSize = () => ROW_HEIGHT;

interface Props {
  table: UnitsReactTable;
  /** The rows to show, in order. */
  rows: UnitsTableModel['rows'];
  totals: TableRow | null;
  caption: string;
  sort: TableSort;
  /** Stable across renders: the header cells are memoised. */
  onSort: (columnId: string, numeric: boolean) => void;
  hrefFor: (code: string) => string;
  /** The selected indicator: the completeness column counts its reports. */
  primary: Indicator | null;
  query: string;
}

export function TableGrid({ table, rows, totals, caption, sort, onSort, hrefFor, primary, query }: Props) {
  const { t } = useI18n();
  const captionId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const follow = useFollowLink();
  // The virtualiser says when a scroll starts and when it has settled (after a short pause).
  const [scrolling, setScrolling] = useState(false);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser returns fresh functions by design
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: scrolling ? OVERSCAN : OVERSCAN_AT_REST,
    observeElementRect: observeRowsViewport,
    onChange: (instance) => setScrolling(instance.isScrolling),
  });
  // On paper every row is printed; on screen only the rows in view (plus a margin) exist.
  const printing = usePrinting();
  const items = printing
    ? Array.from({ length: rows.length }, (_, index) => ({ index, start: index * ROW_HEIGHT, end: (index + 1) * ROW_HEIGHT }))
    : virtualizer.getVirtualItems();
  const paddingTop = printing ? 0 : (items[0]?.start ?? 0);
  const paddingBottom = printing || items.length === 0 ? 0 : virtualizer.getTotalSize() - items[items.length - 1]!.end;
  const leafColumns = table.getVisibleLeafColumns();
  const metaOf = (c: { columnDef: { meta?: UnitsColumnMeta } }) => c.columnDef.meta!;
  const columns = useMemo(() => leafColumns.map((c) => ({ id: c.id, meta: metaOf(c) })), [leafColumns]);
  const headerGroups = table.getHeaderGroups();
  const headerRows = headerGroups.length;
  const span = leafColumns.length;
  const width = leafColumns.reduce((sum, c) => sum + metaOf(c).width, 0);
  // The orders computed ahead wait while rows just drawn (a sort, a filter, a scroll) are not yet on screen.
  useLayoutEffect(() => holdUntilDrawn());

  return (
    <div className="units-table__scroll" ref={scrollRef} tabIndex={0} role="region" aria-labelledby={captionId} data-testid="units-table-scroll">
      <table className="units-table" style={{ width }} aria-rowcount={headerRows + rows.length + (totals ? 1 : 0)}>
        <caption id={captionId} className="visually-hidden">
          {caption}
        </caption>
        <colgroup>
          {leafColumns.map((c) => (
            <col key={c.id} style={{ width: metaOf(c).width }} />
          ))}
        </colgroup>
        <thead>
          {headerGroups.map((group, row) => (
            <tr key={group.id} aria-rowindex={row + 1}>
              {group.headers.map((header) => {
                const leafAtTop = header.isPlaceholder && row === 0;
                // A top-level leaf (name, reports) spans both header rows from the first one.
                if (!header.isPlaceholder && row > 0 && !header.column.parent) return null;
                if (header.isPlaceholder && !leafAtTop) return null;
                return (
                  <HeaderCell
                    key={header.id}
                    meta={metaOf(header.column)}
                    columnId={header.column.id}
                    colSpan={header.colSpan}
                    rowSpan={leafAtTop ? headerRows : 1}
                    direction={sort.column === header.column.id ? (sort.desc ? 'descending' : 'ascending') : null}
                    onSort={onSort}
                    primary={primary}
                  />
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {paddingTop > 0 && (
            <tr aria-hidden="true" className="units-table__spacer">
              <td colSpan={span} style={{ height: paddingTop }} />
            </tr>
          )}
          {items.map((item) => {
            // Keyed by position, not by unit: after a sort or a filter the rows in view keep their
            // elements and only their text changes, instead of every row being unmounted and rebuilt.
            return (
              <BodyRow
                key={item.index}
                row={rows.at(item.index)!.original}
                columns={columns}
                hrefFor={hrefFor}
                follow={follow}
                primary={primary?.code ?? null}
                rowIndex={headerRows + item.index + 1}
              />
            );
          })}
          {paddingBottom > 0 && (
            <tr aria-hidden="true" className="units-table__spacer">
              <td colSpan={span} style={{ height: paddingBottom }} />
            </tr>
          )}
          {rows.length === 0 && (
            <tr>
              <td colSpan={span} className="units-table__no-match">
                {t('table.noMatch', { query })}
              </td>
            </tr>
          )}
        </tbody>
        {totals && (
          <tfoot>
            <BodyRow
              row={totals}
              columns={columns}
              hrefFor={null}
              follow={follow}
              primary={primary?.code ?? null}
              rowIndex={headerRows + rows.length + 1}
              totals
            />
          </tfoot>
        )}
      </table>
    </div>
  );
}
