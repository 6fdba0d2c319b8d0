import { Link } from 'react-router';
import type { LaggingRow } from '@/domain/lagging';
import { drillTo, type ViewState } from '@/domain/view-state';
import { formatNumber } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { StatusBadge } from './status-badge';
import { formatScore } from '@/ui/status-text';
import { ColumnHeads } from '@/ui/column-heads';
import { TableScroll } from '@/ui/table-scroll';

interface Props {
  rows: readonly LaggingRow[];
  state: ViewState;
  caption: string;
  /** Show the unit one level up (communes of several districts). */
  showParent: boolean;
}

/** The ranked list: rank, unit (a drill link), score, indicators assessed, the indicators pulling it down. */
export function LaggingTable({ rows, state, caption, showParent }: Props) {
  const { t, lang } = useI18n();
  return (
    <TableScroll label={caption}>
      <table className="progress-table lagging-table">
        <caption>{caption}</caption>
        <ColumnHeads
          columns={[
            { key: 'rank', label: t('progress.lagging.rank'), numeric: true },
            { key: 'unit', label: t('progress.lagging.unit') },
            { key: 'score', label: t('progress.lagging.score'), numeric: true },
            { key: 'assessed', label: t('progress.lagging.assessed'), numeric: true },
            { key: 'pulling', label: t('progress.lagging.pulling') },
          ]}
        />
        <tbody>
          {rows.map((row) => (
            <tr key={row.code} data-score={row.progress.score ?? undefined}>
              <td className="num">{row.rank === null ? '—' : formatNumber(row.rank, lang)}</td>
              <th scope="row">
                <Link to={drillTo(state, row.code)}>{row.name}</Link>
                {showParent && row.parentName && <span className="unit-parent">{row.parentName}</span>}
                {row.progress.incomplete && <span className="sub incomplete">{t('progress.lagging.incompleteMark')}</span>}
              </th>
              <td className="num">
                {row.progress.score === null ? <span className="muted">{t('progress.lagging.noScore')}</span> : formatScore(row.progress.score, lang)}
              </td>
              <td className="num">{t('progress.lagging.assessedValue', { assessed: row.progress.assessed, withTarget: row.progress.withTarget })}</td>
              <td>
                {row.rank === null ? null : row.pulling.length === 0 ? (
                  <span className="muted">{t('progress.lagging.nonePulling')}</span>
                ) : (
                  <ul className="pulling">
                    {row.pulling.map((p) => (
                      <li key={p.indicator.code}>
                        <span>{p.indicator.name[lang]}</span>
                        <StatusBadge assessment={p.assessment} indicator={p.indicator} unitName={row.name} />
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
