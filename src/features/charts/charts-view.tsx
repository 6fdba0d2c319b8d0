import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { parseChartOptions } from '@/domain/chart-options';
import { serializeSelection } from '@/domain/periods';
import type { Language, ViewState } from '@/domain/view-state';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { PanelEmpty } from '@/ui/panel';
import { AchievementPanel } from './achievement-panel';
import { BreakdownPanel } from './breakdown-panel';
import { BudgetPanels } from './budget-panels';
import type { ChartContext } from './chart-context';
import { TrendPanel } from './trend-panel';
import './charts.css';

export interface ChartsViewProps {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  /** The selected indicator code. */
  indicator: string;
}

/** What every panel needs, from the view's props and the URL; null for an unknown indicator. */
export function chartContext({ doc, catalogue, meta, state, indicator: code }: ChartsViewProps, lang: Language): ChartContext | null {
  const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const indicator = indicators.get(code);
  if (!indicator) return null;
  return {
    unit: doc.unit,
    ancestors: doc.ancestors,
    catalogue,
    indicators,
    indicator,
    meta,
    state,
    options: parseChartOptions(state.extra),
    dataDate: formatDate(meta.dataDate, lang),
    resetKey: `${doc.unit.code}|${code}|${serializeSelection(state.period)}`,
  };
}

/** The charts of a unit for the selected indicator and period; every option lives in the URL. */
export function ChartsView(props: ChartsViewProps) {
  const { t, lang } = useI18n();
  const ctx = chartContext(props, lang);
  if (!ctx) return <PanelEmpty message={t('value.notApplicable')} />;
  return (
    <div className="charts-view">
      {ctx.unit.childCount > 0 && <AchievementPanel ctx={ctx} />}
      <TrendPanel ctx={ctx} />
      <BreakdownPanel ctx={ctx} />
      <BudgetPanels ctx={ctx} />
    </div>
  );
}
