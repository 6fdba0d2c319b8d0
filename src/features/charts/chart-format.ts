/** Value texts of the charts, all through the shared Intl module. */
import type { IndicatorDef } from '@/api/contract';
import type { Cell } from '@/domain/aggregate';
import type { Language } from '@/domain/view-state';
import { formatCell, formatNumber } from '@/i18n/format';

/** A figure as shown in labels and tables: "1.234", "52,6%", "x" or the not-reported text. */
export function formatValue(cell: Cell, indicator: Pick<IndicatorDef, 'kind' | 'decimals'>, lang: Language, notReported: string): string {
  if (indicator.kind === 'rate' && typeof cell === 'number') return `${formatNumber(cell, lang, indicator.decimals)}%`;
  return formatCell(cell, lang, indicator.decimals, notReported);
}

/** Axis ticks: short numbers ("12.000"), index values without decimals. */
export const axisNumber =
  (lang: Language) =>
  (value: number): string =>
    formatNumber(value, lang, Math.abs(value) < 10 && !Number.isInteger(value) ? 1 : 0);

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

export interface SideAxes {
  /** Width of the names on the left. */
  label: number;
  /** Width of the values on the right. */
  value: number;
  /** Characters of a name that fit on the left. */
  nameChars: number;
  /** The values are narrow: write them on two lines. */
  twoLines: boolean;
}

/** Room for names (left) and values (right) of a horizontal bar chart, leaving the bars at least ~40 % on a phone. */
export function sideAxes(width: number, names: readonly string[], valueWanted: number): SideAxes {
  const longest = Math.max(0, ...names.map((n) => n.length));
  const label = Math.round(Math.max(80, Math.min(Math.ceil(longest * 7.2) + 14, 240, width * 0.32)));
  const value = Math.round(Math.min(valueWanted, Math.max(70, width * 0.28)));
  return { label, value, nameChars: Math.max(8, Math.floor((label - 10) / 7.2)), twoLines: value < valueWanted };
}

/** Splits a label at " · " or the space nearest its middle, for a two-line tick. */
export function splitLabel(text: string): [string, string] | [string] {
  const dot = text.indexOf(' · ');
  if (dot > 0) return [text.slice(0, dot), text.slice(dot + 3)];
  const middle = text.length / 2;
  let best = -1;
  for (let i = 0; i < text.length; i++) if (text[i] === ' ' && (best < 0 || Math.abs(i - middle) < Math.abs(best - middle))) best = i;
  return best < 0 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}
