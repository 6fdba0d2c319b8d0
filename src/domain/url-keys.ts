/**
 * Every query parameter the app reads, declared once: who owns it, what it holds, and whether it
 * belongs to the unit it was set on (dropped when drilling). The owner's module parses the value
 * and falls back to its default when the value is broken; a key not declared here is dropped from
 * the URL. A new parameter is added here first.
 */

/** The URL format. Links carry `uv` only from version 2 on; a link without it is version 1. */
export const URL_STATE_VERSION = 1;
export const VERSION_KEY = 'uv';

export type UrlKeyOwner = 'view' | 'table' | 'charts' | 'map' | 'progress' | 'present' | 'notes';

export interface UrlKey {
  owner: UrlKeyOwner;
  /** What the value holds and its default when absent. */
  meaning: string;
  /** Meaningful only on the unit it was set on: drilling drops it. */
  unitSpecific: boolean;
}

export const URL_KEYS: Readonly<Record<string, UrlKey>> = {
  i: { owner: 'view', meaning: 'indicator code; default: the first indicator of the catalogue', unitSpecific: false },
  p: {
    owner: 'view',
    meaning:
      'period: 2023Q2, 2023H1, 2023, a declared phase (phase = the phase holding the latest data, phase-2026-2030 another) or a month range 2022-01_2023-05; default: phase',
    unitSpecific: false,
  },
  v: { owner: 'view', meaning: 'view name; default: overview', unitSpecific: false },
  lang: { owner: 'view', meaning: 'language, vi or en; default: vi', unitSpecific: false },
  cols: { owner: 'table', meaning: 'indicators shown as columns; default: the key indicators', unitSpecific: false },
  hide: { owner: 'table', meaning: 'column kinds hidden (value, target, achievement, reports)', unitSpecific: false },
  sort: { owner: 'table', meaning: 'sorted column and direction; default: by name', unitSpecific: false },
  q: { owner: 'table', meaning: 'name filter (diacritics ignored)', unitSpecific: true },
  cs: { owner: 'charts', meaning: 'achievement chart order: value or name; default: value', unitSpecific: false },
  tg: { owner: 'charts', meaning: 'trend grain: quarter, half or year; default: quarter', unitSpecific: false },
  cmp: { owner: 'charts', meaning: 'trend comparisons: parent, province (dot-separated)', unitSpecific: false },
  dim: { owner: 'charts', meaning: 'breakdown dimension code; default: the indicator’s first', unitSpecific: false },
  dl: { owner: 'charts', meaning: 'breakdown layout: stacked or grouped; default: stacked', unitSpecific: false },
  mm: { owner: 'map', meaning: 'map colouring: value, achievement or status; default: value', unitSpecific: false },
  mc: { owner: 'map', meaning: 'classification: quantile, equal or natural breaks; default: quantile', unitSpecific: false },
  mr: { owner: 'map', meaning: 'renderer override: svg or canvas; default: by polygon count', unitSpecific: false },
  lv: { owner: 'progress', meaning: 'level of the lagging-units list; default: the level below', unitSpecific: true },
  area: { owner: 'progress', meaning: 'content area filter of the lagging-units list', unitSpecific: false },
  all: { owner: 'progress', meaning: '1 = show every lagging unit, not only the first ones', unitSpecific: true },
  deck: { owner: 'present', meaning: 'the slide deck, encoded (deck-url.ts)', unitSpecific: true },
  s: { owner: 'present', meaning: 'current slide number, from 1', unitSpecific: true },
  th: { owner: 'present', meaning: 'slide theme: light or dark (projector); default: light', unitSpecific: false },
  presenter: { owner: 'present', meaning: '1 = the presenter window', unitSpecific: true },
  nt: { owner: 'notes', meaning: 'note type filter: difficulty, inspection or conclusion; default: all', unitSpecific: false },
  np: { owner: 'notes', meaning: 'all = notes of every period, not only the selected one', unitSpecific: false },
};

/** The keys the view itself parses; every other declared key is a view option kept in `extra`. */
export const VIEW_KEYS: ReadonlySet<string> = new Set(Object.keys(URL_KEYS).filter((k) => URL_KEYS[k]!.owner === 'view'));

export const isDeclaredKey = (key: string): boolean => Object.hasOwn(URL_KEYS, key);
export const isUnitSpecific = (key: string): boolean => URL_KEYS[key]?.unitSpecific ?? false;

/** A change of format: rewrites the parameters of a link written in `from` into version `from + 1`. */
export interface UrlMigration {
  from: number;
  migrate: (params: URLSearchParams) => URLSearchParams;
}

/** Format changes since version 1, oldest first. None yet: version 1 is the only format. */
export const URL_MIGRATIONS: readonly UrlMigration[] = [];

/** Brings the parameters of a link of any earlier version to the current one; the version key itself is removed. */
export function migrateParams(params: URLSearchParams, migrations: readonly UrlMigration[] = URL_MIGRATIONS, current = URL_STATE_VERSION): URLSearchParams {
  const declared = Number(params.get(VERSION_KEY) ?? '1');
  let version = Number.isInteger(declared) && declared >= 1 && declared <= current ? declared : current;
  let out = new URLSearchParams(params);
  out.delete(VERSION_KEY);
  for (const m of migrations) {
    if (m.from === version && version < current) {
      out = m.migrate(out);
      version += 1;
    }
  }
  return out;
}
