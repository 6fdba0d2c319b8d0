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

/** A key's meaning (what the value holds and its default when absent) is the comment above it: nothing reads it at run time. */
export interface UrlKey {
  owner: UrlKeyOwner;
  /** Meaningful only on the unit it was set on: drilling drops it. */
  unitSpecific: boolean;
}

export const URL_KEYS: Readonly<Record<string, UrlKey>> = {
  /** Indicator code; default: the first indicator of the catalogue. */
  i: { owner: 'view', unitSpecific: false },
  /** Period: 2023Q2, 2023H1, 2023, a declared phase (phase = the phase holding the latest data, phase-2026-2030 another) or a month range 2022-01_2023-05; default: phase. */
  p: { owner: 'view', unitSpecific: false },
  /** View name; default: overview. */
  v: { owner: 'view', unitSpecific: false },
  /** Language, vi or en; default: vi. */
  lang: { owner: 'view', unitSpecific: false },
  /** Indicators shown as columns; default: the key indicators. */
  cols: { owner: 'table', unitSpecific: false },
  /** Column kinds hidden (value, target, achievement, reports). */
  hide: { owner: 'table', unitSpecific: false },
  /** Sorted column and direction; default: by name. */
  sort: { owner: 'table', unitSpecific: false },
  /** Name filter (diacritics ignored). */
  q: { owner: 'table', unitSpecific: true },
  /** Achievement chart order: value or name; default: value. */
  cs: { owner: 'charts', unitSpecific: false },
  /** Trend grain: quarter, half or year; default: quarter. */
  tg: { owner: 'charts', unitSpecific: false },
  /** Trend comparisons: parent, province (dot-separated). */
  cmp: { owner: 'charts', unitSpecific: false },
  /** Breakdown dimension code; default: the indicator’s first. */
  dim: { owner: 'charts', unitSpecific: false },
  /** Breakdown layout: stacked or grouped; default: stacked. */
  dl: { owner: 'charts', unitSpecific: false },
  /** Map colouring: value, achievement or status; default: value. */
  mm: { owner: 'map', unitSpecific: false },
  /** Classification: quantile, equal or natural breaks; default: quantile. */
  mc: { owner: 'map', unitSpecific: false },
  /** Renderer override: svg or canvas; default: by polygon count. */
  mr: { owner: 'map', unitSpecific: false },
  /** Level of the lagging-units list; default: the level below. */
  lv: { owner: 'progress', unitSpecific: true },
  /** Content area filter of the lagging-units list. */
  area: { owner: 'progress', unitSpecific: false },
  /** 1 = show every lagging unit, not only the first ones. */
  all: { owner: 'progress', unitSpecific: true },
  /** The slide deck, encoded (deck-url.ts). */
  deck: { owner: 'present', unitSpecific: true },
  /** Current slide number, from 1. */
  s: { owner: 'present', unitSpecific: true },
  /** Slide theme: light or dark (projector); default: light. */
  th: { owner: 'present', unitSpecific: false },
  /** 1 = the presenter window. */
  presenter: { owner: 'present', unitSpecific: true },
  /** Note type filter: difficulty, inspection or conclusion; default: all. */
  nt: { owner: 'notes', unitSpecific: false },
  /** All = notes of every period, not only the selected one. */
  np: { owner: 'notes', unitSpecific: false },
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
