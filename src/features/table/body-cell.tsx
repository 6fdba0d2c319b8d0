import { Link } from 'react-router';
import type { TableRow } from '@/domain/table-rows';
import { useI18n } from '@/i18n/i18n-context';
import { cellDisplay, completenessText } from '@/ui/cell-format';
import { CompletenessLevel } from '@/ui/completeness-level';
import type { UnitsColumnMeta } from './table-model';

interface Props {
  row: TableRow;
  meta: UnitsColumnMeta;
  /** Drill link of a row; null for the totals row. */
  hrefFor: ((code: string) => string) | null;
  primary: string | null;
  totals?: boolean;
}

/** One cell, drawn from the row itself (accessors only hold sort keys). */
export function BodyCell({ row, meta, hrefFor, primary, totals = false }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  if (meta.kind === 'name') {
    const label = totals ? t('table.totals', { unit: row.name }) : row.name;
    return (
      <th scope="row" className="units-table__name">
        {hrefFor ? (
          <Link to={hrefFor(row.code)} title={row.name}>
            {row.name}
          </Link>
        ) : (
          <span title={label}>{label}</span>
        )}
      </th>
    );
  }
  if (meta.kind === 'reports') {
    const cells = primary ? row.cells[primary] : undefined;
    const text = completenessText(cells, i18n.lang);
    return (
      <td className="units-table__num">
        {text ?? '–'}
        {cells && <CompletenessLevel completeness={cells} />}
      </td>
    );
  }
  if (meta.kind === 'group' || !meta.indicator) return <td />;
  const cells = row.cells[meta.indicator.code];
  const display = cellDisplay(cells, meta.kind, meta.indicator, i18n);
  const status =
    meta.kind === 'achievement' && display.state === null && cells?.met != null ? (cells.met ? ' units-table__num--met' : ' units-table__num--behind') : '';
  if (display.state === null) return <td className={`units-table__num${status}`}>{display.text}</td>;
  if (display.state === 'none') {
    return (
      <td className="units-table__num units-table__missing" title={display.hint}>
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{display.hint}</span>
      </td>
    );
  }
  return (
    <td className={`units-table__num units-table__missing units-table__missing--${display.state}`} title={display.hint}>
      {display.text}
    </td>
  );
}
