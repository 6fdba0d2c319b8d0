/**
 * The reference for the table bench: the same rows as a plain React table, every row in the DOM
 * (no virtualisation), with the same filter box, count and sort, and the classes the probes use.
 */
import { useDeferredValue, useMemo, useState } from 'react';
import type { TableRow } from '@/domain/table-rows';
import type { TableViewState } from '@/domain/table-view-state';
import { foldForSearch } from '@/domain/text-search';

const numeric = (row: TableRow, code: string): number => {
  const v = row.cells[code]?.value;
  return typeof v === 'number' ? v : -1;
};

export function PlainTable({ rows, indicators, view }: { rows: readonly TableRow[]; indicators: readonly string[]; view: TableViewState }) {
  const [text, setText] = useState('');
  const query = foldForSearch(useDeferredValue(text));
  const shown = useMemo(() => {
    const kept = query ? rows.filter((r) => r.searchKey.includes(query)) : [...rows];
    const sortCode = view.sort.column.startsWith('value:') ? view.sort.column.slice('value:'.length) : null;
    return sortCode ? kept.sort((a, b) => (numeric(a, sortCode) - numeric(b, sortCode)) * (view.sort.desc ? -1 : 1)) : kept;
  }, [rows, query, view.sort]);
  return (
    <div>
      <div className="units-table__filter">
        <input type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} aria-label="Lọc" />
        <span className="units-table__count">
          {shown.length}/{rows.length}
        </span>
      </div>
      <div className="units-table__scroll" style={{ height: 600, overflow: 'auto' }}>
        <table className="units-table">
          <tbody>
            {shown.map((r) => (
              <tr key={r.code}>
                <th scope="row">{r.name}</th>
                {indicators.map((code) => (
                  <td key={code}>{String(r.cells[code]?.value ?? '')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
