/**
 * The units table's own URL parameters, kept in ViewState.extra:
 *   cols=P8.1.1,P8.1.4      indicators shown (the selected indicator is always first)
 *   hide=target,reports     column kinds hidden
 *   sort=value:P8.1.1.desc  sort column and direction (default name.asc)
 *   q=huyen tung            text filter on names
 * Parsing never throws: unknown codes, kinds and broken values are dropped.
 */
import { DEFAULT_SORT, parseSort, serializeSort, type TableSort } from './table-sort';

export const COLUMN_KINDS = ['value', 'target', 'achievement', 'reports'] as const;
export type ColumnKind = (typeof COLUMN_KINDS)[number];
/** Kinds that exist once per indicator. */
export type IndicatorColumnKind = Exclude<ColumnKind, 'reports'>;

export interface TableViewState {
  /** Indicator codes shown as columns, the selected indicator first. */
  indicators: string[];
  /** True when the indicators come from the URL rather than the defaults. */
  custom: boolean;
  hidden: ColumnKind[];
  sort: TableSort;
  query: string;
}

export const DEFAULT_INDICATOR_COUNT = 3;
export const MAX_INDICATORS = 30;
export const MAX_QUERY_LENGTH = 100;

export const TABLE_PARAMS = ['cols', 'hide', 'sort', 'q'] as const;

/** Column ids: "name", "reports", "value:P8.1.1", "target:P8.1.1", "achievement:P8.1.1". */
export const columnId = (kind: IndicatorColumnKind, indicator: string): string => `${kind}:${indicator}`;

export function parseColumnId(id: string): { kind: ColumnKind | 'name'; indicator: string | null } | null {
  if (id === 'name' || id === 'reports') return { kind: id, indicator: null };
  const m = /^(value|target|achievement):(.+)$/.exec(id);
  return m ? { kind: m[1] as IndicatorColumnKind, indicator: m[2]! } : null;
}

/** The selected indicator, then the catalogue's key indicators (`keys`), up to DEFAULT_INDICATOR_COUNT. */
export function defaultIndicators(selected: string, available: ReadonlySet<string>, keys: readonly string[]): string[] {
  const out: string[] = available.has(selected) ? [selected] : [];
  for (const code of keys) {
    if (out.length >= DEFAULT_INDICATOR_COUNT) break;
    if (available.has(code) && !out.includes(code)) out.push(code);
  }
  return out;
}

function splitList(text: string | undefined): string[] {
  return (text ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseTableView(
  extra: Readonly<Record<string, string>>,
  selected: string,
  available: ReadonlySet<string>,
  keys: readonly string[],
): TableViewState {
  const listed = [...new Set(splitList(extra.cols).filter((c) => available.has(c)))];
  const custom = listed.length > 0;
  const indicators = custom
    ? [...(available.has(selected) ? [selected] : []), ...listed.filter((c) => c !== selected)].slice(0, MAX_INDICATORS)
    : defaultIndicators(selected, available, keys);
  const hidden = [...new Set(splitList(extra.hide))].filter((k): k is ColumnKind => (COLUMN_KINDS as readonly string[]).includes(k));
  const valid = new Set(['name', 'reports', ...indicators.flatMap((code) => (['value', 'target', 'achievement'] as const).map((k) => columnId(k, code)))]);
  const parsed = parseSort(extra.sort);
  const sort = parsed && valid.has(parsed.column) && !hidden.includes(parseColumnId(parsed.column)?.kind as ColumnKind) ? parsed : DEFAULT_SORT;
  const query = [...(extra.q ?? '')]
    .filter((ch) => ch >= ' ' && ch !== '\u007f')
    .join('')
    .slice(0, MAX_QUERY_LENGTH);
  return { indicators, custom, hidden, sort, query };
}

/**
 * The extra parameters for a table state: other views' parameters are kept, the table's own
 * are replaced, and defaults are left out so links stay short.
 */
export function withTableView(extra: Readonly<Record<string, string>>, view: TableViewState): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(extra)) if (!(TABLE_PARAMS as readonly string[]).includes(k)) out[k] = v;
  if (view.custom && view.indicators.length > 0) out.cols = view.indicators.join(',');
  if (view.hidden.length > 0) out.hide = COLUMN_KINDS.filter((k) => view.hidden.includes(k)).join(',');
  if (view.sort.column !== DEFAULT_SORT.column || view.sort.desc !== DEFAULT_SORT.desc) out.sort = serializeSort(view.sort);
  if (view.query.trim()) out.q = view.query;
  return out;
}

/** Parameters that follow a drill down (columns, hidden kinds and sort); the name filter does not. */
export const DRILL_PARAMS = ['cols', 'hide', 'sort'] as const;

/** A drill link (from drillTo) with the table's column and sort choices carried over. */
export function carryTableParams(href: string, extra: Readonly<Record<string, string>>): string {
  const [path = '', query = ''] = href.split('?', 2);
  const params = new URLSearchParams(query);
  for (const key of DRILL_PARAMS) {
    const value = extra[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}
