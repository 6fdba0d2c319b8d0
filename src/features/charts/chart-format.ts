/** Value texts of the charts, all through the shared Intl module. */
import type { IndicatorDef } from '@/api/contract';
import type { Cell } from '@/domain/aggregate';
import type { Language } from '@/domain/view-state';
import { formatCell, formatNumber } from '@/i18n/format';

/** A figure as shown in labels and tables: "1.234", "52,6%", "<5" or the not-reported text. */
export function formatValue(cell: Cell, indicator: Pick<IndicatorDef, 'kind' | 'decimals'>, lang: Language, notReported: string): string {
  if (indicator.kind === 'rate' && typeof cell === 'number') return `${formatNumber(cell, lang, indicator.decimals)}%`;
  return formatCell(cell, lang, indicator.decimals, notReported);
}

/** Axis ticks: short numbers ("12.000"), index values without decimals. */
export const axisNumber = (lang: Language) => (value: number): string => formatNumber(value, lang, Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0);

/** A name cut to fit an axis, with an ellipsis; the full name is in the data table. */
export function shortName(name: string, max = 32): string {
  return name.length <= max ? name : `${name.slice(0, max - 1)}…`;
}
