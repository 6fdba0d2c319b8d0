import type { Catalogue, Meta, UnitDocument } from '@/api/contract';
import { parseChartOptions } from '@/domain/chart-options';
import { serializeSelection } from '@/domain/periods';
import type { ViewState } from '@/domain/view-state';
import { formatDate } from '@/i18n/format';
import { useI18n } from '@/i18n/i18n-context';
import { PanelEmpty } from '@/ui/panel';
import { AchievementPanel } from './achievement-panel';
import { BreakdownPanel } from './breakdown-panel';
import { BudgetPanels } from './budget-panels';
import { TrendPanel } from './trend-panel';
import type { ChartContext } from './chart-context';
import './charts.css';

export interface ChartsViewProps {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  state: ViewState;
  /** The selected indicator code. */
  indicator: string;
}

/** The charts of a unit for the selected indicator and period; every option lives in the URL. */
export function ChartsView({ doc, catalogue, meta, state, indicator: code }: ChartsViewProps) {
  const { t, lang } = useI18n();
  const indicators = new Map(catalogue.indicators.map((i) => [i.code, i]));
  const indicator = indicators.get(code);
  if (!indicator) return <PanelEmpty message={t('value.notApplicable')} />;
  const ctx: ChartContext = {
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
  return (
    <div className="charts-view">
      {doc.unit.childCount > 0 && <AchievementPanel ctx={ctx} />}
      <TrendPanel ctx={ctx} />
      <BreakdownPanel ctx={ctx} />
      <BudgetPanels ctx={ctx} />
    </div>
  );
}
