import type { Catalogue, IndicatorDef, Meta, UnitRef } from '@/api/contract';
import type { ChartOptions } from '@/domain/chart-options';
import type { ViewState } from '@/domain/view-state';

/** What every chart panel of the view needs besides its own data. */
export interface ChartContext {
  /** The current unit as the page already knows it (for titles while data loads). */
  unit: UnitRef;
  /** From the province down to the parent. */
  ancestors: readonly UnitRef[];
  catalogue: Catalogue;
  indicators: ReadonlyMap<string, IndicatorDef>;
  indicator: IndicatorDef;
  meta: Meta;
  state: ViewState;
  options: ChartOptions;
  /** "30/06/2025", for the "Số liệu đến ngày …" line. */
  dataDate: string;
  /** Changes with unit, indicator and period: clears crashed panels. */
  resetKey: string;
}
