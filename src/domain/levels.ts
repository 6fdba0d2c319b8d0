/**
 * The levels of a dataset's hierarchy, declared by the dataset (meta.json `levels`, root first).
 * A unit's level number is its depth (position + 1); rules never compare that number with a
 * constant: they ask for the level's kind and compare kinds by their rank.
 */
import type { LocalText } from './indicators';

/** Kinds of level, from the top down. `district` may be absent; `group` is a household group below a village. */
export const LEVEL_KINDS = ['province', 'district', 'commune', 'village', 'group'] as const;
export type LevelKind = (typeof LEVEL_KINDS)[number];

/** The kinds an indicator may be reported at. */
export const REPORT_KINDS = ['district', 'commune', 'village'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** The root's level number: depth 1 by definition, whatever its kind. */
export const ROOT_LEVEL = 1;
export const MIN_DEPTH = 2;
export const MAX_DEPTH = LEVEL_KINDS.length;

export interface LevelDef {
  kind: LevelKind;
  /** Singular name, e.g. "Xã, phường" / "Commune, ward" for a heading or a unit's level. */
  name: LocalText;
  /** Plural name for counts, e.g. "xã, phường" in "29/30 xã, phường đã báo cáo". */
  plural: LocalText;
}

type Levels = readonly Pick<LevelDef, 'kind'>[];

const rank = (kind: LevelKind): number => LEVEL_KINDS.indexOf(kind);

/** The kind of the level at a depth (1 = root); undefined when the dataset has no such level. */
export function levelKind(levels: Levels, level: number): LevelKind | undefined {
  return levels[level - 1]?.kind;
}

/** The depth of the level of a kind; undefined when the dataset has no level of that kind. */
export function levelOfKind(levels: Levels, kind: LevelKind): number | undefined {
  const i = levels.findIndex((l) => l.kind === kind);
  return i < 0 ? undefined : i + 1;
}

/** Is the level at `level` of kind `kind` or above it (nearer the root)? Unknown levels are not. */
export function isAtOrAboveKind(levels: Levels, level: number, kind: LevelKind): boolean {
  const own = levelKind(levels, level);
  return own !== undefined && isKindAtOrAbove(own, kind);
}

/** Is `a` a kind above `b` (nearer the root)? */
export const isKindAbove = (a: LevelKind, b: LevelKind): boolean => rank(a) < rank(b);

/** Is `a` the kind `b` or a kind above it? */
export const isKindAtOrAbove = (a: LevelKind, b: LevelKind): boolean => rank(a) <= rank(b);

/** The declared level of a kind with its names, or undefined. */
export function levelByKind<L extends Pick<LevelDef, 'kind'>>(levels: readonly L[], kind: LevelKind): L | undefined {
  return levels.find((l) => l.kind === kind);
}
