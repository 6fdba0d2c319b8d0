/**
 * Matching unit codes written differently: a province's file may carry 58 (a number) or "58" where
 * the unit list says "058", or "01834" as 1834. Leading zeros of each numeric part are ignored.
 */
import type { Unit } from '../../src/domain/units';

/** Canonical form of a code: trimmed, spaces removed, leading zeros of numeric dot-separated parts dropped; null when empty. */
export function normaliseCode(raw: unknown): string | null {
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return null;
    raw = String(raw);
  }
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/\s+/g, '');
  if (!text) return null;
  return text
    .split('.')
    .map((part) => (/^\d+$/.test(part) ? part.replace(/^0+(?=\d)/, '') : part.toUpperCase()))
    .join('.');
}

export interface CodeIndex {
  byKey: ReadonlyMap<string, readonly Unit[]>;
}

export function indexCodes(units: readonly Unit[]): CodeIndex {
  const byKey = new Map<string, Unit[]>();
  for (const u of units) {
    const key = normaliseCode(u.code);
    if (key !== null) byKey.set(key, [...(byKey.get(key) ?? []), u]);
  }
  return { byKey };
}

export type CodeMatch =
  { kind: 'unit'; unit: Unit } | { kind: 'empty' } | { kind: 'unknown'; code: string } | { kind: 'ambiguous'; code: string; units: readonly Unit[] };

export function matchCode(raw: unknown, index: CodeIndex): CodeMatch {
  const key = normaliseCode(raw);
  if (key === null) return { kind: 'empty' };
  const found = index.byKey.get(key) ?? [];
  if (found.length === 1) return { kind: 'unit', unit: found[0]! };
  if (found.length === 0) return { kind: 'unknown', code: String(raw) };
  // Several units share the key (e.g. "06" and "6"): only an exact match decides.
  const exact = found.filter((u) => u.code === String(raw).trim());
  return exact.length === 1 ? { kind: 'unit', unit: exact[0]! } : { kind: 'ambiguous', code: String(raw), units: found };
}
