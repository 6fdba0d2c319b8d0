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

/** Props recharts passes to a custom axis tick. */
export interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** The unit code (or other key) of a recharts data entry; entries are looked up by it, never by position. */
export function codeOf(payload: unknown): string {
  if (payload && typeof payload === 'object') {
    const p = payload as { code?: unknown; key?: unknown };
    if (typeof p.code === 'string') return p.code;
    if (typeof p.key === 'string') return p.key;
  }
  return '';
}
