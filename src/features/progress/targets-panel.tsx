import { useMemo } from 'react';
import type { Catalogue, Meta, UnitDocument, UnitRef } from '@/api/contract';
import type { PeriodSelection } from '@/domain/periods';
import { assessIndicator } from '@/domain/progress-assess';
import { annualCells, checkAllocation, type AllocationCheck, type AnnualCell } from '@/domain/target-allocation';
import { formatCell, formatDate, formatNumber, formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { Panel, PanelEmpty } from '@/ui/panel';
import { MissingTargetFlags } from './missing-target-flags';
import { assessContext, targetYears } from '@/domain/progress-context';
import { formatSigned } from '@/ui/status-text';
import { TableScroll } from '@/ui/table-scroll';

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  /** The selected indicator. */
  indicator: string;
  period: PeriodSelection;
}

/** Annual targets of the unit and its children for one indicator, actual against each, and whether the children's targets add up. */
export function TargetsPanel({ doc, catalogue, meta, indicator: code, period }: Props) {
  const { t, lang } = useI18n();
  const indicator = catalogue.indicators.find((i) => i.code === code) ?? catalogue.indicators[0];
  const ctx = useMemo(() => assessContext(meta, catalogue, period), [meta, catalogue, period]);
  const years = useMemo(() => targetYears(meta, ctx.phase), [meta, ctx.phase]);
  const phaseKey = ctx.phase?.code;
  if (!indicator || phaseKey === undefined) return null;
  const units: UnitRef[] = [doc.unit, ...doc.children];
  const rows = units.flatMap((u) => {
    const figures = doc.figures[u.code];
    if (!figures) return [];
    const phaseHidden = figures.hiddenTargets?.[indicator.code]?.includes(phaseKey) ?? false;
    const phaseTarget = phaseHidden ? ('suppressed' as const) : (figures.targets[indicator.code]?.[phaseKey] ?? null);
    return [
      { unit: u, cells: annualCells(indicator, figures, ctx.catalogue, meta.quarters, years), phase: assessIndicator(indicator, figures, ctx), phaseTarget },
    ];
  });
  const children = doc.children.map((c) => ({ code: c.code, targets: doc.figures[c.code]?.targets ?? {}, hiddenTargets: doc.figures[c.code]?.hiddenTargets }));
  const own = doc.figures[doc.unit.code];
  const parentTargets = { targets: own?.targets ?? {}, hiddenTargets: own?.hiddenTargets };
  const checked = doc.children.length ? [...years.map(String), phaseKey].map((key) => checkAllocation(indicator, parentTargets, children, key)) : [];
  const checks = checked.filter((c): c is AllocationCheck => c !== null);
  const additive = checked.length > 0 && checks.length === checked.length;
  const lastQuarterYear = Number(meta.quarters[meta.quarters.length - 1]?.slice(0, 4));
  return (
    <Panel id="progress-targets" title={t('progress.targets.title')} dataDate={formatDate(meta.dataDate, lang)}>
      <MissingTargetFlags doc={doc} catalogue={catalogue} years={years} />
      <TableScroll label={t('progress.targets.caption', { indicator: indicator.name[lang] })}>
        <table className="progress-table">
          <caption>
            {t('progress.targets.caption', { indicator: indicator.name[lang] })}
            {indicator.direction === 'lower' && ` ${t('kpi.lowerIsBetter')}`}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('progress.targets.unit')}</th>
              {years.map((y) => (
                <th scope="col" className="num" key={y}>
                  {t('progress.targets.year', { year: y })}
                  {y === lastQuarterYear && meta.quarters.length % 4 !== 0 && (
                    <span className="sub">{t('progress.targets.partial', { date: formatDate(meta.dataDate, lang) })}</span>
                  )}
                </th>
              ))}
              <th scope="col" className="num">
                {t('progress.targets.phase')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.unit.code}>
                <th scope="row">{row.unit.name}</th>
                {row.cells.map((cell) => (
                  <YearCell key={cell.year} cell={cell} decimals={indicator.decimals} />
                ))}
                <td className="num">
                  {row.phaseTarget === null ? (
                    <span className="flag">{t('progress.targets.noPhaseTarget')}</span>
                  ) : row.phaseTarget === 'suppressed' ? (
                    <Hidden />
                  ) : (
                    <>
                      {formatNumber(row.phaseTarget, lang, indicator.decimals)}
                      {row.phase.kind === 'assessed' && row.phase.achievement !== null && (
                        <span className="sub">{formatPercent(row.phase.achievement, lang)}</span>
                      )}
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          {additive && (
            <tfoot>
              <tr>
                <th scope="row">{t('progress.targets.childrenSum')}</th>
                {checks.map((c) => (
                  <td className="num" key={c.key}>
                    {c.childrenSum === null ? '—' : formatNumber(c.childrenSum, lang, indicator.decimals)}
                    {c.missing.length > 0 && c.childrenSum !== null && (
                      <span className="sub flag">{t('progress.alloc.missing', { count: c.missing.length })}</span>
                    )}
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">{t('progress.targets.difference', { unit: doc.unit.name })}</th>
                {checks.map((c) => (
                  <td className="num" key={c.key}>
                    <AllocationText check={c} decimals={indicator.decimals} />
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </TableScroll>
      {checked.length > 0 && !additive && <p className="progress-note">{t('progress.targets.notAdditive')}</p>}
      {doc.children.length === 0 && <PanelEmpty message={t('progress.targets.noChildren')} />}
    </Panel>
  );
}

function YearCell({ cell, decimals }: { cell: AnnualCell; decimals: number }) {
  const { t, lang } = useI18n();
  if (cell.status !== 'ok') return <td className="num muted">{t(cell.status === 'withheld' ? 'value.withheld' : 'value.notApplicable')}</td>;
  const actual = formatCell(cell.actual, lang, decimals, t('value.notReported'));
  return (
    <td className="num">
      {actual}
      {cell.target === null ? (
        <span className="sub flag">{t('progress.targets.noYearTarget', { year: cell.year })}</span>
      ) : cell.target === 'suppressed' ? (
        <span className="sub">
          <Hidden />
        </span>
      ) : (
        <>
          {' / '}
          {formatNumber(cell.target, lang, decimals)}
          {cell.achievement?.ratio != null && <span className="sub">{formatPercent(cell.achievement.ratio, lang)}</span>}
        </>
      )}
    </td>
  );
}

/** A target withheld because it could reveal a hidden count: "x"-style marker with its reason. */
function Hidden() {
  const { t } = useI18n();
  return <span title={t('value.suppressedHint')}>{t('progress.targets.hidden')}</span>;
}

function AllocationText({ check, decimals }: { check: AllocationCheck; decimals: number }) {
  const { t, lang } = useI18n();
  switch (check.status) {
    case 'balanced':
      return <>{t('progress.alloc.balanced')}</>;
    case 'no_parent_target':
      return <span className="muted">{t('progress.alloc.noParent')}</span>;
    case 'no_child_targets':
      return <span className="flag">{t('progress.alloc.none')}</span>;
    case 'hidden':
      return <span className="muted">{t('progress.alloc.hidden')}</span>;
    default: {
      const diff = formatSigned(check.difference ?? 0, lang, decimals);
      const pct = check.relative === null ? '—' : formatPercent(Math.abs(check.relative), lang);
      return <span className="flag">{t(check.status === 'over' ? 'progress.alloc.over' : 'progress.alloc.under', { diff, pct })}</span>;
    }
  }
}
