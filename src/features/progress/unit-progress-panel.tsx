import { useMemo } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { groupByArea } from '@/domain/indicators';
import { BANDS } from '@/domain/progress';
import type { PeriodSelection } from '@/domain/periods';
import { assessUnit, type IndicatorProgress } from '@/domain/unit-progress';
import { formatDate, formatNumber, formatPercent } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { CompletenessLevel } from '@/ui/completeness-level';
import { Panel } from '@/ui/panel';
import { assessContext } from '@/domain/progress-context';
import { StatusBadge } from './status-badge';
import { formatScore } from '@/ui/status-text';
import { ColumnHeads } from '@/ui/column-heads';
import { TableScroll } from '@/ui/table-scroll';

interface Props {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  period: PeriodSelection;
}

/** Every indicator of the current unit against the target of the period's phase: V, T, V/T, status (opens its explanation), score. */
export function UnitProgressPanel({ doc, catalogue, meta, period }: Props) {
  const { t, lang } = useI18n();
  const own = doc.figures[doc.unit.code];
  const ctx = useMemo(() => assessContext(meta, catalogue, period), [meta, catalogue, period]);
  const progress = useMemo(() => (own ? assessUnit(catalogue.indicators, own, ctx) : null), [own, catalogue, ctx]);
  const phase = meta.phases.find((p) => p.code === ctx.phase?.code);
  if (!progress || !phase) return null;
  const title = t('progress.unit.title', { phase: phase.name[lang] });
  // No target set for this phase at all (published or withheld): say so rather than compare with anything.
  const hasPhaseTargets =
    Object.values(own?.targets ?? {}).some((byKey) => byKey?.[phase.code] !== undefined) ||
    Object.values(own?.hiddenTargets ?? {}).some((keys) => keys?.includes(phase.code));
  const groups = groupByArea(progress.items, catalogue.areas);
  return (
    <Panel id="progress-status" title={title} dataDate={formatDate(meta.dataDate, lang)}>
      <p className="progress-note">{t('progress.unit.asOf', { date: formatDate(meta.dataDate, lang), due: formatDate(phase.end, lang) })}</p>
      {!hasPhaseTargets && (
        <p className="progress-note" data-no-phase-targets={phase.code}>
          {t('progress.unit.noPhaseTargets', { phase: phase.name[lang] })}
        </p>
      )}
      <div className="progress-summary">
        <p>
          {t('progress.unit.score')}:{' '}
          {progress.score === null ? (
            t('progress.unit.noScore')
          ) : (
            <>
              <span className="progress-summary__score">{formatScore(progress.score, lang)}</span> (
              {t('progress.unit.scoreDetail', { assessed: progress.assessed, withTarget: progress.withTarget })})
            </>
          )}
        </p>
        <dl aria-label={t('progress.unit.bandCounts')}>
          {BANDS.map((band) => (
            <div key={band}>
              <dt className={`status status--${band}`}>{t(`progress.band.${band}`)}</dt>
              <dd>{progress.bands[band]}</dd>
            </div>
          ))}
        </dl>
      </div>
      {progress.incomplete && <p className="progress-note incomplete">{t('progress.unit.incomplete')}</p>}
      <TableScroll label={title}>
        <table className="progress-table">
          <caption className="visually-hidden">{title}</caption>
          <ColumnHeads
            columns={(['indicator', 'value', 'target', 'achievement', 'status', 'score', 'reports'] as const).map((key) => ({
              key,
              label: t(`progress.col.${key}`),
              numeric: key !== 'indicator' && key !== 'status',
            }))}
          />
          {groups.map((group) => (
            <tbody key={group.area.code}>
              <tr className="group">
                <th scope="colgroup" colSpan={7}>
                  {group.area.name[lang]}
                </th>
              </tr>
              {group.cards.map((item) => (
                <ProgressRow key={item.indicator.code} item={item} unitName={doc.unit.name} />
              ))}
            </tbody>
          ))}
        </table>
      </TableScroll>
    </Panel>
  );
}

function ProgressRow({ item, unitName }: { item: IndicatorProgress; unitName: string }) {
  const { t, lang } = useI18n();
  const { indicator, assessment: a } = item;
  const assessed = a.kind === 'assessed' ? a : null;
  const num = (v: number) => formatNumber(v, lang, indicator.decimals);
  return (
    <tr>
      <th scope="row">
        {indicator.name[lang]}
        {indicator.direction === 'lower' && <span className="muted"> {t('kpi.lowerIsBetter')}</span>}
      </th>
      <td className="num">
        {assessed ? num(assessed.value) : '—'}
        {assessed?.method === 'growth' && <span className="muted"> ({t('progress.valueYear', { year: assessed.valueYear })})</span>}
      </td>
      <td className="num">
        {assessed ? formatNumber(assessed.target, lang, assessed.method === 'growth' && assessed.requiredRate !== null ? 1 : indicator.decimals) : '—'}
      </td>
      <td className="num">
        {assessed?.achievement != null ? formatPercent(assessed.achievement, lang) : '—'}
        {assessed && indicator.direction === 'lower' && (
          <span className="sub">{t(assessed.measured.met ? 'progress.achievement.withinCeiling' : 'progress.achievement.aboveCeiling')}</span>
        )}
      </td>
      <td>
        <StatusBadge assessment={a} indicator={indicator} unitName={unitName} />
      </td>
      <td className="num">{assessed ? formatScore(assessed.measured.score, lang) : '—'}</td>
      <td className="num">
        {assessed && assessed.completeness.expected > 0 ? (
          <>
            {formatNumber(assessed.completeness.reported, lang)}/{formatNumber(assessed.completeness.expected, lang)} (
            {formatPercent(assessed.completeness.reported / assessed.completeness.expected, lang)})
            <CompletenessLevel completeness={assessed.completeness} />
          </>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}
