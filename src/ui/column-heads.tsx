import type { ReactNode } from 'react';

export interface ColumnHead {
  key: string;
  label: ReactNode;
  /** Numbers are right-aligned, their header with them. */
  numeric?: boolean;
}

/** The header row of a data table: a column header each. */
export function ColumnHeads({ columns }: { columns: readonly ColumnHead[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <th key={c.key} scope="col" className={c.numeric ? 'num' : undefined}>
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
