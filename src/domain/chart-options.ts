/**
 * Options of the charts view, kept in the URL beside the core state (view-state `extra`):
 * cs=name (achievement sorted by name), tg=quarter|half|year (trend buckets), cmp=parent.province
 * (trend comparison), dim=<dimension> (disaggregation), dl=grouped (grouped instead of stacked bars).
 * Parsing never throws: unknown values fall back to the defaults, which are left out of the URL.
 */

export type ChartSort = 'value' | 'name';
export type Granularity = 'quarter' | 'half' | 'year';
export type ComparisonTarget = 'parent' | 'province';
export type BreakdownLayout = 'stacked' | 'grouped';

export interface ChartOptions {
  sort: ChartSort;
  granularity: Granularity;
  compare: readonly ComparisonTarget[];
  /** Dimension code as written in the URL; whether the indicator has it is decided later. */
  dimension: string | null;
  layout: BreakdownLayout;
}

export const GRANULARITIES: readonly Granularity[] = ['quarter', 'half', 'year'];
export const COMPARISON_TARGETS: readonly ComparisonTarget[] = ['parent', 'province'];

export const DEFAULT_CHART_OPTIONS: ChartOptions = { sort: 'value', granularity: 'quarter', compare: [], dimension: null, layout: 'stacked' };

const KEYS = { sort: 'cs', granularity: 'tg', compare: 'cmp', dimension: 'dim', layout: 'dl' } as const;
const DIMENSION_RE = /^[a-z][a-z0-9_]{0,31}$/;

export function parseChartOptions(extra: Readonly<Record<string, string>>): ChartOptions {
  const granularity = extra[KEYS.granularity];
  const dimension = extra[KEYS.dimension];
  const compare = new Set((extra[KEYS.compare] ?? '').split('.'));
  return {
    sort: extra[KEYS.sort] === 'name' ? 'name' : 'value',
    granularity: (GRANULARITIES as readonly string[]).includes(granularity ?? '') ? (granularity as Granularity) : DEFAULT_CHART_OPTIONS.granularity,
    compare: COMPARISON_TARGETS.filter((c) => compare.has(c)),
    dimension: dimension && DIMENSION_RE.test(dimension) ? dimension : null,
    layout: extra[KEYS.layout] === 'grouped' ? 'grouped' : 'stacked',
  };
}

/** The `extra` parameters with some chart options changed; defaults are removed, other views' parameters kept. */
export function withChartOptions(extra: Readonly<Record<string, string>>, patch: Partial<ChartOptions>): Record<string, string> {
  const next: ChartOptions = { ...parseChartOptions(extra), ...patch };
  const out: Record<string, string> = { ...extra };
  for (const key of Object.values(KEYS)) delete out[key];
  if (next.sort !== DEFAULT_CHART_OPTIONS.sort) out[KEYS.sort] = next.sort;
  if (next.granularity !== DEFAULT_CHART_OPTIONS.granularity) out[KEYS.granularity] = next.granularity;
  const compare = COMPARISON_TARGETS.filter((c) => next.compare.includes(c));
  if (compare.length) out[KEYS.compare] = compare.join('.');
  if (next.dimension && DIMENSION_RE.test(next.dimension)) out[KEYS.dimension] = next.dimension;
  if (next.layout !== DEFAULT_CHART_OPTIONS.layout) out[KEYS.layout] = next.layout;
  return out;
}
