/**
 * The bodies of the slides: key figures and lagging units here, charts, the map and the notes in
 * the sibling files. What each shows and exports is built in domain/slides; the bodies read the
 * data and draw. Each body reports what the PPTX export should contain.
 */
import type { ReactNode } from 'react';
import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { kpiPages } from '@/domain/deck';
import { buildKpiCards } from '@/domain/kpi';
import { rankLagging } from '@/domain/lagging';
import type { PeriodSelection } from '@/domain/periods';
import { assessContext } from '@/domain/progress-context';
import { kpiSlideModel } from '@/domain/slides/kpi-slide';
import type { SlideModel, TableSlideParts } from '@/domain/slides/slide-body';
import { laggingSlideModel } from '@/domain/slides/table-slides';
import { assessUnit } from '@/domain/unit-progress';
import { compareVietnamese } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { SlideFootnote, SlideTable } from '../slide-blocks';
import { useSlideExport } from '../slide-export';
import type { SlideContentProps } from '../slide-types';
import { AchievementSlide, BreakdownSlide, MapSlide, TrendSlide } from './slide-content-charts';
import { SlideUnavailable, WithUnit } from './slide-content-common';
import { ConclusionsSlide, DifficultiesSlide } from './slide-content-notes';
import { SummarySlide } from './slide-content-summary';
import { slideWords } from './slide-words';

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

interface KpiProps {
  unit: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  period: PeriodSelection;
  page: number;
}

/** Key figures against targets: one row per indicator of the page, values as published ("x", hidden targets stay hidden). */
function KpiSlide({ unit, catalogue, meta, period, page }: KpiProps) {
  const words = slideWords(useI18n());
  const codes = kpiPages(catalogue)[page - 1] ?? [];
  const own = unit.figures[unit.unit.code];
  const cards = own
    ? buildKpiCards({ indicators: catalogue.indicators, unit: own, axis: meta.quarters, period }).filter((c) => codes.includes(c.indicator.code))
    : [];
  return (
    <TableSlideBody
      model={kpiSlideModel(cards, period, words)}
      compact={cards.length > 8}
      cells={({ cells: [name, value, target, ratio], met }) => [
        name,
        value,
        target,
        ratio ? <span className={met ? 'slide-good' : 'slide-bad'}>{ratio}</span> : '',
      ]}
    />
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
  return (
    <TableSlideBody
      model={laggingSlideModel(ranked, level, slideWords(i18n))}
      compact
      cells={(r) => [...r.cells.slice(0, 3), r.pulling.map((p) => <div key={p}>{p}</div>)]}
    />
  );
}

/** A table slide drawn from its model: the message in its place, or the table and its footnote; either is what it exports. */
function TableSlideBody<R extends { key: string }>({
  model,
  compact,
  cells,
}: {
  model: SlideModel<TableSlideParts<R>>;
  compact: boolean;
  cells: (row: R) => ReactNode[];
}) {
  useSlideExport(model.unavailable === null ? model.exported : { kind: 'message', text: model.unavailable });
  if (model.unavailable !== null) return <SlideUnavailable text={model.unavailable} />;
  return (
    <>
      <SlideTable caption={model.caption} columns={model.columns} compact={compact} rows={model.rows.map((r) => ({ key: r.key, cells: cells(r) }))} />
      {model.note && <SlideFootnote>{model.note}</SlideFootnote>}
    </>
  );
}
