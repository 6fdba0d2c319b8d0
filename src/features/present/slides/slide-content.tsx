/**
 * The bodies of the slides, from the domain builders and the shared ui/ texts: key figures, lagging units, and, in the sibling files,
 * charts, the map and the notes. Each body reports what the PPTX export should contain.
 */
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { kpiPages } from '@/domain/deck';
import { buildKpiCards, type KpiCard } from '@/domain/kpi';
import { rankLagging } from '@/domain/lagging';
import type { PeriodSelection } from '@/domain/periods';
import { targetKeysFor } from '@/domain/target-comparison';
import { countedYearText, targetText } from '@/ui/comparison-text';
import { assessUnit } from '@/domain/unit-progress';
import { SlideFootnote, SlideTable, type SlideColumn } from '../slide-blocks';
import { useSlideExport } from '../slide-export';
import type { SlideContentProps } from '../slide-types';
import { assessContext } from '@/domain/progress-context';
import { compareVietnamese, formatPercent, formatPeriod } from '@/i18n/format';
import { useI18n, type I18n } from '@/i18n/i18n-context';
import { AchievementSlide, BreakdownSlide, MapSlide, TrendSlide } from './slide-content-charts';
import { SlideUnavailable, WithUnit } from './slide-content-common';
import { laggingSlideModel } from './table-slide-models';
import { valueText } from './slide-values';
import { ConclusionsSlide, DifficultiesSlide } from './slide-content-notes';
import { SummarySlide } from './slide-content-summary';

export function SlideContent(props: SlideContentProps) {
  switch (props.slide.kind) {
    case 'summary':
      return <SummarySlide {...props} />;
    case 'kpis':
      return (
        <WithUnit props={props}>
          {(unit) => <KpiSlide unit={unit} catalogue={props.catalogue} meta={props.meta} period={props.period} page={props.slide.page} />}
        </WithUnit>
      );
    case 'achievement':
      return <AchievementSlide {...props} />;
    case 'map':
      return <MapSlide {...props} />;
    case 'trend':
      return <TrendSlide {...props} />;
    case 'breakdown':
      return <BreakdownSlide {...props} />;
    case 'lagging':
      return <WithUnit props={props}>{(unit) => <LaggingSlide unit={unit} catalogue={props.catalogue} meta={props.meta} period={props.period} />}</WithUnit>;
    case 'difficulties':
      return <DifficultiesSlide {...props} />;
    case 'conclusions':
      return <ConclusionsSlide {...props} />;
    default:
      return null;
  }
}

function kpiCells(card: KpiCard, { t, lang }: I18n): { value: string; target: string; ratio: string; met: boolean | null } {
  const { indicator, figure, achievement } = card;
  let value: string;
  if (card.status === 'withheld') value = t(card.withheldReason === 'period' ? 'suppression.byYearOnly' : 'value.withheld');
  else if (card.status === 'not_applicable' || !figure) value = t('value.notApplicable');
  else value = valueText(figure.value, indicator, lang, t, true);
  const basis = countedYearText(card.comparison, indicator, { t, lang });
  const target = card.status !== 'ok' ? '' : targetText(card.comparison, indicator, { t, lang }) + (basis ? ` — ${basis}` : '');
  const met = achievement?.ratio != null ? achievement.met : null;
  const ratio = achievement?.ratio != null ? `${formatPercent(achievement.ratio, lang)} ${t(met ? 'present.kpi.met' : 'present.kpi.behind')}` : '';
  return { value, target, ratio, met };
}

interface KpiProps {
  unit: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  period: PeriodSelection;
  page: number;
}

/** Key figures against targets: one row per indicator of the page, values as published ("x", hidden targets stay hidden). */
function KpiSlide({ unit, catalogue, meta, period, page }: KpiProps) {
  const i18n = useI18n();
  const { t, lang } = i18n;
  const codes = kpiPages(catalogue)[page - 1] ?? [];
  const own = unit.figures[unit.unit.code];
  const cards = own
    ? buildKpiCards({ indicators: catalogue.indicators, unit: own, axis: meta.quarters, period }).filter((c) => codes.includes(c.indicator.code))
    : [];
  const rows = cards.map((card) => ({ card, ...kpiCells(card, i18n) }));
  const columns: SlideColumn[] = [
    { label: t('present.kpi.indicator'), width: '46%' },
    { label: t('present.kpi.value'), numeric: true, width: '20%' },
    { label: t('present.kpi.target'), numeric: true, width: '14%' },
    { label: t('present.kpi.ratio'), numeric: true, width: '20%' },
  ];
  const note = targetKeysFor(period) === null ? t('present.kpi.noTargetPeriod') : undefined;
  const caption = t('present.kpi.caption', { period: formatPeriod(period, lang) });
  useSlideExport(
    rows.length === 0
      ? { kind: 'message', text: t('state.empty') }
      : {
          kind: 'table',
          header: columns.map((c) => c.label),
          numeric: columns.map((c) => c.numeric ?? false),
          rows: rows.map((r) => [r.card.indicator.name[lang], r.value, r.target, r.ratio]),
          note,
        },
  );
  if (rows.length === 0) return <SlideUnavailable text={t('state.empty')} />;
  return (
    <>
      <SlideTable
        caption={caption}
        columns={columns}
        compact={rows.length > 8}
        rows={rows.map((r) => ({
          key: r.card.indicator.code,
          cells: [r.card.indicator.name[lang], r.value, r.target, r.ratio ? <span className={r.met ? 'slide-good' : 'slide-bad'}>{r.ratio}</span> : ''],
        }))}
      />
      {note && <SlideFootnote>{note}</SlideFootnote>}
    </>
  );
}

const PULLING = 2;

/** The children ranked by their progress score, worst first, with the indicators pulling each down. */
function LaggingSlide({ unit, catalogue, meta, period }: { unit: UnitDocument; catalogue: Catalogue; meta: Meta; period: PeriodSelection }) {
  const i18n = useI18n();
  const ctx = assessContext(meta, catalogue, period);
  const ranked = rankLagging(
    unit.children.flatMap((child) => {
      const figures = unit.figures[child.code];
      return figures ? [{ code: child.code, name: child.name, parentName: null, progress: assessUnit(catalogue.indicators, figures, ctx, null) }] : [];
    }),
    compareVietnamese,
    PULLING,
  ).filter((r) => r.rank !== null);
  const level = meta.levels.find((l) => l.level === unit.unit.level + 1)?.name[i18n.lang] ?? '';
  const model = laggingSlideModel(ranked, level, i18n);
  useSlideExport(model.unavailable === null ? model.exported : { kind: 'message', text: model.unavailable });
  if (model.unavailable !== null) return <SlideUnavailable text={model.unavailable} />;
  return (
    <>
      <SlideTable
        caption={model.caption}
        columns={model.columns}
        compact
        rows={model.rows.map((r) => ({ key: r.key, cells: [...r.cells.slice(0, 3), r.pulling.map((p) => <div key={p}>{p}</div>)] }))}
      />
      <SlideFootnote>{model.note}</SlideFootnote>
    </>
  );
}
