/**
 * Targets of the units after 1/7/2025 for 2026 and for the phase 2026–2030, set per commune or ward
 * from what its old communes were doing, and summed for the root. Earlier years need no rows: the
 * compile sums the old communes' targets into the new units.
 */
import type { Catalogue } from '../catalogue';
import type { TargetRow } from '../targets';
import { rngFor } from '../prng';
import type { Row, Series } from '../util';
import type { NewUnit } from './units';

export const NEXT_PHASE = '2026-2030';
const PHASE_YEARS = 5;

function recentQuarterlyMean(olds: readonly string[], reported: ReadonlyMap<string, Series>, code: string): number {
  return olds.reduce((acc, old) => {
    const rows = (reported.get(old) ?? []).filter((r): r is Row => r !== null && r.has(code)).slice(-4);
    return acc + (rows.length ? rows.reduce((s, r) => s + (r.get(code) ?? 0), 0) / rows.length : 0);
  }, 0);
}

function lastValue(olds: readonly string[], reported: ReadonlyMap<string, Series>, code: string): number {
  return olds.reduce(
    (acc, old) =>
      acc +
      ((reported.get(old) ?? [])
        .filter((r): r is Row => r !== null && r.has(code))
        .at(-1)
        ?.get(code) ?? 0),
    0,
  );
}

/**
 * `sources`: for each new commune, the old units whose reports its own ones continue (its old
 * communes for indicators they reported, the old villages below them for the others).
 */
export function buildNextTargets(
  seed: string,
  root: NewUnit,
  communes: readonly NewUnit[],
  sources: (commune: NewUnit, code: string) => readonly string[],
  catalogue: Catalogue,
  reported: ReadonlyMap<string, Series>,
): TargetRow[] {
  const codes = [...catalogue.outputs.keys(), ...catalogue.tenths];
  const rows: TargetRow[] = [];
  for (const code of codes) {
    const stock = catalogue.outputs.get(code) === 'stock';
    let annualTotal = 0;
    let phaseTotal = 0;
    const own: TargetRow[] = [];
    for (const c of communes) {
      const rng = rngFor(seed, 'after-target', c.code, code);
      const olds = sources(c, code);
      const annual = stock
        ? Math.round(lastValue(olds, reported, code) * rng.float(1.02, 1.08))
        : Math.round(4 * recentQuarterlyMean(olds, reported, code) * rng.float(1, 1.12));
      const phase = stock ? Math.round(annual * rng.float(1.08, 1.2)) : Math.round(annual * PHASE_YEARS * rng.float(1, 1.06));
      annualTotal += annual;
      phaseTotal += phase;
      own.push({ unit: c.code, indicator: code, period: '2026', value: annual }, { unit: c.code, indicator: code, period: NEXT_PHASE, value: phase });
    }
    rows.push(
      { unit: root.code, indicator: code, period: '2026', value: annualTotal },
      { unit: root.code, indicator: code, period: NEXT_PHASE, value: phaseTotal },
      ...own,
    );
  }
  return rows;
}
