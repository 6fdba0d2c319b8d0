import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { formCompleteness, type Completeness } from '@/domain/completeness';
import { levelOfKind, REPORT_KINDS } from '@/domain/levels';
import { selectionIndices } from '@/domain/periods';
import type { ViewState } from '@/domain/view-state';
import { formatDate, formatNumber, formatPercent, formatPeriod } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { CompletenessLevel } from '@/ui/completeness-level';
import { Panel } from '@/ui/panel';
import { TableScroll } from '@/ui/table-scroll';

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
}

/** Quarterly reports received out of those due, for the unit and each unit below it, over the selected period. */
export function CompletenessPanel({ doc, catalogue, meta, state }: Props) {
  const { t, lang } = useI18n();
  const indices = selectionIndices(state.period, meta.quarters);
  const units = [doc.unit, ...doc.children];
  // One column per kind of unit that reports some indicator, the deepest first.
  const forms = REPORT_KINDS.toReversed().flatMap((kind) => {
    const level = levelOfKind(meta.levels, kind);
    const def = level === undefined ? undefined : meta.levels[level - 1];
    return def && catalogue.indicators.some((i) => i.reportKind === kind) ? [{ kind, level: def.level, plural: def.plural[lang] }] : [];
  });
  const cell = (key: number, c: Completeness | null) => {
    if (!c || c.expected === 0) {
      return (
        <td key={key} className="num muted">
          {t('progress.completeness.none')}
        </td>
      );
    }
    const text = t('progress.completeness.cell', {
      reported: formatNumber(c.reported, lang),
      expected: formatNumber(c.expected, lang),
      pct: formatPercent(c.reported / c.expected, lang),
    });
    return (
      <td key={key} className="num">
        {text}
        <CompletenessLevel completeness={c} />
      </td>
    );
  };
  return (
    <Panel
      id="progress-completeness"
      title={t('progress.completeness.title', { period: formatPeriod(state.period, lang) })}
      dataDate={formatDate(meta.dataDate, lang)}
    >
      <p className="progress-note">{t('progress.completeness.note')}</p>
      <TableScroll label={t('progress.completeness.title', { period: formatPeriod(state.period, lang) })}>
        <table className="progress-table">
          <caption className="visually-hidden">{t('progress.completeness.title', { period: formatPeriod(state.period, lang) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.targets.unit')}</th>
              {forms.map((f) => (
                <th scope="col" className="num" key={f.kind}>
                  {t('progress.completeness.form', { reporters: f.plural })}
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
                  {forms.map((f) => cell(f.level, u.level <= f.level ? formCompleteness(series, catalogue.indicators, f.kind, indices) : null))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </Panel>
  );
}
