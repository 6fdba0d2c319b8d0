/**
 * A unit formed by a reorganisation has figures before it existed: the sums of the old units it was
 * made of. Its series then carries `history`: the quarters before position `before` are
 * re-aggregated from the old structure, where `expected` old units were to report (0 when the unit
 * has no such past, e.g. a new village).
 */
import type { Series, SeriesHistory } from './aggregate';

/** The unit's own series from `before` on, and the old units' summed series (on the same axis) before it. */
export function spliceHistory(own: Series, past: Series | undefined, before: number): Series {
  const pick = <T>(mine: readonly T[], theirs: readonly T[] | undefined, none: T) => mine.map((v, q) => (q < before ? (theirs?.[q] ?? none) : v));
  const carries = own.carried ?? past?.carried;
  return {
    values: pick(own.values, past?.values, null),
    reported: pick(own.reported, past?.reported, 0),
    ...(carries ? { carried: pick(own.carried ?? own.reported.map(() => 0), past?.carried, 0) } : {}),
    expected: own.expected,
    history: { before, expected: past?.expected ?? 0 },
  };
}

/** The history of a sum of series: the old units expected behind every part, when every part has one. */
export function sumHistory(parts: readonly Series[]): SeriesHistory | undefined {
  const first = parts[0]?.history;
  if (!first || !parts.every((p) => p.history?.before === first.before)) return undefined;
  return { before: first.before, expected: parts.reduce((n, p) => n + (p.history?.expected ?? 0), 0) };
}

/** A series moved onto another quarter axis, by quarter key: quarters the first axis lacks are empty. */
export function onAxis(series: Series, from: readonly string[], to: readonly string[]): Series {
  const at = new Map(from.map((key, q) => [key, q]));
  const pick = <T>(cells: readonly T[], none: T) => to.map((key) => (at.has(key) ? (cells[at.get(key)!] ?? none) : none));
  const carried = series.carried ? { carried: pick(series.carried, 0) } : {};
  return { values: pick(series.values, null), reported: pick(series.reported, 0), ...carried, expected: series.expected };
}

type WithHistory = Pick<Series, 'history'>;

/**
 * Whether quarter `q` of a unit's series is the sum of its children's. Before the reorganisation
 * that formed it, a unit's figures are its old units' sums; they add up from its children only when
 * the children carry that same past (new communes under a new root do; new villages have none).
 */
export function addsUpAt(parent: WithHistory, children: readonly WithHistory[], q: number): boolean {
  const past = parent.history;
  if (!past || q >= past.before) return true;
  return children.reduce((n, c) => n + (c.history?.expected ?? 0), 0) === past.expected;
}
