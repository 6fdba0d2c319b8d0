import { memo } from 'react';
import type { Indicator } from '@/domain/indicators';
import { useI18n } from '@/i18n/i18n-context';
import type { UnitsColumnMeta } from './table-model';

interface Props {
  meta: UnitsColumnMeta;
  columnId: string;
  colSpan: number;
  rowSpan: number;
  /** The column's sort direction, null when the table is not sorted by it. */
  direction: 'ascending' | 'descending' | null;
  onSort: (columnId: string, numeric: boolean) => void;
  /** The indicator the completeness column counts reports of. */
  primary: Indicator | null;
}

/**
 * A column header: indicator groups name the indicator; leaf headers are sort buttons with
 * aria-sort. Memoised: a sort draws again only the headers whose direction changed.
 */
export const HeaderCell = memo(function HeaderCell({ meta, columnId, colSpan, rowSpan, direction, onSort, primary }: Props) {
  const { t, lang } = useI18n();
  if (meta.kind === 'group') {
    const indicator = meta.indicator!;
    return (
      <th scope="colgroup" colSpan={colSpan} className="units-table__group">
        <span className="units-table__code">{indicator.code}</span> {indicator.name[lang]}{' '}
        <span className="units-table__uom">({indicator.unitOfMeasure[lang]})</span>
        {indicator.direction === 'lower' && <span className="units-table__hint"> – {t('table.lowerIsBetter')}</span>}
      </th>
    );
  }
  const label =
    meta.kind === 'name'
      ? t('table.unit')
      : meta.kind === 'reports'
        ? t('table.reports')
        : meta.kind === 'value'
          ? t('table.value')
          : meta.kind === 'target'
            ? t('table.target')
            : t('table.achievement');
  const numeric = meta.kind !== 'name';
  const active = direction !== null;
  const arrow = direction === 'descending' ? '▼' : direction === 'ascending' ? '▲' : '↕';
  const about = meta.indicator ?? (meta.kind === 'reports' ? primary : null);
  return (
    <th
      scope="col"
      colSpan={colSpan}
      rowSpan={rowSpan > 1 ? rowSpan : undefined}
      aria-sort={direction ?? undefined}
      className={`units-table__head units-table__head--${meta.kind}`}
      title={meta.kind === 'reports' && primary ? t('table.reportsHint', { indicator: `${primary.code} ${primary.name[lang]}` }) : undefined}
    >
      <button type="button" className="units-table__sort" onClick={() => onSort(columnId, numeric)}>
        {label}
        {about && <span className="visually-hidden">{` – ${about.code} ${about.name[lang]}`}</span>}
        <span aria-hidden="true" className={active ? 'units-table__arrow units-table__arrow--active' : 'units-table__arrow'}>
          {arrow}
        </span>
      </button>
    </th>
  );
});
