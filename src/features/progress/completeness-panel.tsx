import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { formCompleteness, isIncomplete, type Completeness } from '@/domain/completeness';
import type { ReportLevel } from '@/domain/indicators';
import { selectionIndices } from '@/domain/periods';
import type { ViewState } from '@/domain/view-state';
import { formatDate, formatNumber, formatPercent, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel } from '@/ui/panel';
import { TableScroll } from '@/ui/table-scroll';

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
}

const FORMS: { level: ReportLevel; key: 'progress.completeness.village' | 'progress.completeness.commune' }[] = [
  { level: 4, key: 'progress.completeness.village' },
  { level: 3, key: 'progress.completeness.commune' },
];

/** Quarterly reports received out of those due, for the unit and each unit below it, over the selected period. */
export function CompletenessPanel({ doc, catalogue, meta, state }: Props) {
  const { t, lang } = useI18n();
  const indices = selectionIndices(state.period, meta.quarters);
  const units = [doc.unit, ...doc.children];
  const cell = (key: number, c: Completeness | null) => {
    if (!c || c.expected === 0) {
      return (
        <td key={key} className="num muted">
          {t('progress.completeness.none')}
        </td>
      );
    }
    const text = t('progress.completeness.cell', { reported: formatNumber(c.reported, lang), expected: formatNumber(c.expected, lang), pct: formatPercent(c.reported / c.expected, lang) });
    return (
      <td key={key} className={`num${isIncomplete(c) ? ' incomplete' : ''}`}>
        {text}
        {isIncomplete(c) && <span className="sub">{t('progress.incomplete')}</span>}
      </td>
    );
  };
  return (
    <Panel id="progress-completeness" title={t('progress.completeness.title', { period: formatPeriod(state.period, lang) })} dataDate={formatDate(meta.dataDate, lang)}>
      <p className="progress-note">{t('progress.completeness.note')}</p>
      <TableScroll label={t('progress.completeness.title', { period: formatPeriod(state.period, lang) })}>
        <table className="progress-table">
          <caption className="visually-hidden">{t('progress.completeness.title', { period: formatPeriod(state.period, lang) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.targets.unit')}</th>
              {FORMS.map((f) => (
                <th scope="col" className="num" key={f.level}>
                  {t(f.key)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((u) => {
              const series = doc.figures[u.code]?.series ?? {};
              return (
                <tr key={u.code}>
                  <th scope="row">{u.name}</th>
                  {FORMS.map((f) => cell(f.level, u.level <= f.level ? formCompleteness(series, catalogue.indicators, f.level, indices) : null))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </Panel>
  );
}
