/** Text blocks of a slide in large type: a table, a list of notes, a message, a footnote. */
import type { ReactNode } from 'react';
import type { SlideColumn } from '@/domain/slides/slide-body';

export interface SlideRow {
  key: string;
  cells: ReactNode[];
}

export function SlideTable({
  caption,
  columns,
  rows,
  compact = false,
}: {
  caption: string;
  columns: readonly SlideColumn[];
  rows: readonly SlideRow[];
  compact?: boolean;
}) {
  return (
    <table className={`slide-table${compact ? ' slide-table--compact' : ''}`}>
      <caption className="visually-hidden">{caption}</caption>
      <colgroup>
        {columns.map((c, i) => (
          <col key={i} style={c.width ? { width: c.width } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c, i) => (
            <th key={i} scope="col" className={c.numeric ? 'num' : undefined}>
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            {row.cells.map((cell, i) =>
              i === 0 ? (
                <th key={i} scope="row" className={columns[0]?.numeric ? 'num' : undefined}>
                  {cell}
                </th>
              ) : (
                <td key={i} className={columns[i]?.numeric ? 'num' : undefined}>
                  {cell}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface SlideNoteItem {
  key: string;
  heading: string;
  meta?: string | undefined;
  text: string;
}

/** `flow`: texts laid out ahead in full (slide-text-pages), drawn at the sizes that layout assumes, never clamped. */
export function SlideNotes({ items, flow = false }: { items: readonly SlideNoteItem[]; flow?: boolean }) {
  return (
    <ul className={`slide-notes${flow ? ' slide-notes--flow' : ''}`}>
      {items.map((item) => (
        <li key={item.key}>
          <p className="slide-notes__heading">{item.heading}</p>
          {item.meta && <p className="slide-notes__meta">{item.meta}</p>}
          <p className="slide-notes__text">{item.text}</p>
        </li>
      ))}
    </ul>
  );
}

export function SlideMessage({ text }: { text: string }) {
  return <p className="slide-message">{text}</p>;
}

export function SlideFootnote({ children }: { children: ReactNode }) {
  return <p className="slide-note">{children}</p>;
}
