/**
 * The view state lives in the URL: /u/<unit id>?i=<indicator>&p=<period>&v=<view>&lang=<vi|en> and the
 * views' options, every key declared in url-keys.ts. A unit id is its code, with "~<reorganisation>"
 * for a structure after a reorganisation (unit-id.ts). Parsing never throws: links of an older format
 * are migrated, undeclared keys are dropped, and broken values fall back to defaults.
 */
import { compareCodes } from './code-order';
import { parseSelection, serializeSelection, type PeriodSelection } from './periods';
import { structureOf, UNIT_ID_RE } from './unit-id';
import { isDeclaredKey, isUnitSpecific, migrateParams, URL_STATE_VERSION, VERSION_KEY, VIEW_KEYS } from './url-keys';

export const VIEWS = ['overview', 'table', 'charts', 'map', 'progress', 'report', 'notes', 'structure', 'present', 'check'] as const;
export type ViewName = (typeof VIEWS)[number];
export type Language = 'vi' | 'en';

export interface ViewState {
  unit: string | null;
  indicator: string | null;
  period: PeriodSelection;
  view: ViewName;
  lang: Language;
  /** Declared parameters owned by a view (e.g. slide number, chart options), kept as they are. */
  extra: Readonly<Record<string, string>>;
}

export const DEFAULT_PERIOD: PeriodSelection = { kind: 'phase' };
const INDICATOR_RE = /^[0-9A-Za-z._-]{1,32}$/;

export function parseViewState(pathname: string, search: string): ViewState {
  const params = migrateParams(new URLSearchParams(search));
  const match = /^\/u\/([^/]+)\/?$/.exec(pathname);
  let unit: string | null = null;
  if (match) {
    try {
      const code = decodeURIComponent(match[1]!);
      unit = UNIT_ID_RE.test(code) ? code : null;
    } catch {
      unit = null;
    }
  }
  const indicator = params.get('i');
  const view = params.get('v');
  const extra: Record<string, string> = {};
  params.forEach((value, key) => {
    if (isDeclaredKey(key) && !VIEW_KEYS.has(key)) extra[key] = value;
  });
  return {
    unit,
    indicator: indicator && INDICATOR_RE.test(indicator) ? indicator : null,
    period: parseSelection(params.get('p') ?? '') ?? DEFAULT_PERIOD,
    view: (VIEWS as readonly string[]).includes(view ?? '') ? (view as ViewName) : 'overview',
    lang: params.get('lang') === 'en' ? 'en' : 'vi',
    extra,
  };
}

/** Path and query for a state; defaults are left out so links stay short. */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (URL_STATE_VERSION > 1) params.set(VERSION_KEY, String(URL_STATE_VERSION));
  if (state.indicator) params.set('i', state.indicator);
  const period = serializeSelection(state.period);
  if (period !== serializeSelection(DEFAULT_PERIOD)) params.set('p', period);
  if (state.view !== 'overview') params.set('v', state.view);
  if (state.lang !== 'vi') params.set('lang', state.lang);
  for (const [k, v] of Object.entries(state.extra).sort(([a], [b]) => compareCodes(a, b))) params.set(k, v);
  const query = params.toString();
  const path = state.unit ? `/u/${encodeURIComponent(state.unit)}` : '/';
  return query ? `${path}?${query}` : path;
}

/** The link for the same view with some parts changed (drilling changes only the unit). */
export function hrefWith(state: ViewState, patch: Partial<ViewState>): string {
  return serializeViewState({ ...state, ...patch });
}

/**
 * Drilling up or down keeps indicator, period, view, language and view options; unit-specific
 * parameters are dropped. A link into another structure (across a reorganisation) starts from its
 * default period: the structures cover different quarters.
 */
export function drillTo(state: ViewState, unitCode: string): string {
  const extra = Object.fromEntries(Object.entries(state.extra).filter(([key]) => !isUnitSpecific(key)));
  const period = state.unit !== null && structureOf(state.unit) !== structureOf(unitCode) ? DEFAULT_PERIOD : state.period;
  return serializeViewState({ ...state, unit: unitCode, period, extra });
}
