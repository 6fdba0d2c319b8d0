/**
 * The cells of a body or totals row. What a cell shows is worked out from the row first, and the
 * cell is drawn from those plain values by a memoised component: after a sort or a filter, a cell
 * that shows the same as before (a "–", an equal number) is not drawn again.
 */
import { memo, type MouseEvent } from 'react';
import type { Completeness } from '@/domain/completeness';
import type { TableRow } from '@/domain/table-rows';
import type { I18n } from '@/i18n/i18n-context';
import { cellDisplay, completenessText } from '@/ui/cell-format';
import { CompletenessLevel } from '@/ui/completeness-level';
import type { UnitsColumnMeta } from './table-model';

export interface CellContext {
  i18n: I18n;
  /** Drill link of a row; null for the totals row. */
  hrefFor: ((code: string) => string) | null;
  /** The selected indicator: the completeness column counts its reports. */
  primary: string | null;
  totals: boolean;
  /** Follows a unit's link in the app (a plain click), stable across renders; see `useFollowLink`. */
  follow: (event: MouseEvent<HTMLAnchorElement>) => void;
}

interface NameCellProps {
  name: string;
  label: string;
  href: string | null;
  follow: CellContext['follow'];
}

// A plain link with one shared click handler, not a router Link: after a sort every row's name
// changes, and a router Link per row (a dozen hooks and effects each) was about a fifth of the
// script of a sort.
const NameCell = memo(function NameCell({ name, label, href, follow }: NameCellProps) {
  return (
    <th scope="row" className="units-table__name">
      {href !== null ? (
        <a href={href} title={name} onClick={follow}>
          {name}
        </a>
      ) : (
        <span title={label}>{label}</span>
      )}
    </th>
  );
});

function ReportsCell({ text, completeness }: { text: string; completeness: Completeness | undefined }) {
  return (
    <td className="units-table__num">
      {text}
      {completeness && <CompletenessLevel completeness={completeness} />}
    </td>
  );
}

interface NumberCellProps {
  text: string;
  className: string;
  /** Tooltip of a cell without a number. */
  title: string | undefined;
  /** A "–" cell: the dash is hidden from screen readers, which read the title instead. */
  dash: boolean;
}

const NumberCell = memo(function NumberCell({ text, className, title, dash }: NumberCellProps) {
  if (!dash) {
    return (
      <td className={className} title={title}>
        {text}
      </td>
    );
  }
  return (
    <td className={className} title={title}>
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{title}</span>
    </td>
  );
});

/** The cell of `row` in the column `meta`. */
export function bodyCell(row: TableRow, meta: UnitsColumnMeta, key: string, { i18n, hrefFor, primary, totals, follow }: CellContext) {
  if (meta.kind === 'name') {
    const label = totals ? i18n.t('table.totals', { unit: row.name }) : row.name;
    return <NameCell key={key} name={row.name} label={label} href={hrefFor ? hrefFor(row.code) : null} follow={follow} />;
  }
  if (meta.kind === 'reports') {
    const cells = primary ? row.cells[primary] : undefined;
    return <ReportsCell key={key} text={completenessText(cells, i18n.lang) ?? '–'} completeness={cells} />;
  }
  if (meta.kind === 'group' || !meta.indicator) return <td key={key} />;
  const cells = row.cells[meta.indicator.code];
  const display = cellDisplay(cells, meta.kind, meta.indicator, i18n);
  if (display.state === null) {
    const status = meta.kind === 'achievement' && cells?.met != null ? (cells.met ? ' units-table__num--met' : ' units-table__num--behind') : '';
    return <NumberCell key={key} text={display.text} className={`units-table__num${status}`} title={undefined} dash={false} />;
  }
  if (display.state === 'none') {
    return <NumberCell key={key} text={display.text} className="units-table__num units-table__missing" title={display.hint} dash />;
  }
  return (
    <NumberCell
      key={key}
      text={display.text}
      className={`units-table__num units-table__missing units-table__missing--${display.state}`}
      title={display.hint}
      dash={false}
    />
  );
}
