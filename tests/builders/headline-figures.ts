/**
 * A small unit with hand-computable progress, for the headline and summary tests. Axis 2022Q1–2025Q2
 * (14 quarters, 3.5 years elapsed of the 4 of a phase declared from 2022), so R = (V / 3.5) ÷ (T / 4) for flows counted from zero.
 */
import type { Cell, Series } from '@/domain/aggregate';
import type { HeadlineChild } from '@/domain/headline';
import type { Indicator } from '@/domain/indicators';
import { quartersBetween } from '@/domain/periods';
import type { AssessContext, UnitFigures } from '@/domain/progress-assess';
import { indicator as build } from './indicator';
import { PHASE_2022_2025 } from './phases';

export const AXIS = quartersBetween('2022Q1', '2025Q2');

const indicator = (code: string, name: string, kind: Indicator['kind']): Indicator =>
  build(code, kind, { name: { vi: `Chỉ tiêu ${name}`, en: `Indicator ${name}` }, unitOfMeasure: { vi: 'lượt', en: 'times' }, reportKind: 'commune' });

export const A1 = indicator('A1', 'một', 'flow');
export const A2 = indicator('A2', 'hai', 'flow');
export const A3 = indicator('A3', 'ba', 'flow');
export const A4 = indicator('A4', 'bốn', 'flow');
export const A5 = indicator('A5', 'năm', 'stock');
export const A6 = indicator('A6', 'sáu', 'flow');
export const INDICATORS = [A1, A2, A3, A4, A5, A6];
export const ctx: AssessContext = { axis: AXIS, catalogue: new Map(INDICATORS.map((i) => [i.code, i])), phase: PHASE_2022_2025 };

/** Every quarter reported by 10 units, except null quarters (nobody reported). */
export const series = (values: Cell[]): Series => ({ values, reported: values.map((v) => (v === null ? 0 : 10)), expected: 10 });
export const each = (value: number, n = 14): Cell[] => Array.from({ length: n }, () => value);

export function unit(values: Partial<Record<string, Cell[]>>, targets: Partial<Record<string, number>>): UnitFigures {
  return {
    withheld: [],
    baselines: {},
    series: Object.fromEntries(Object.entries(values).map(([code, v]) => [code, series(v!)])),
    targets: Object.fromEntries(Object.entries(targets).map(([code, t]) => [code, { [PHASE_2022_2025.code]: t! }])),
  };
}

const TARGETS = { A1: 400, A2: 400, A3: 400, A4: 400, A5: 40 };

/**
 * A1 25 a quarter → 350, R 1.0, on track (before: 325 in 3.25 years, R 1.0).
 * A2 40 a quarter → 560 ≥ 400, met (before: 520, met).
 * A3 10 a quarter → 140, R 0.4, slow, score −5 + (0.4 + 0.6) / 1.2 × 5 = −0.833 (before: R 0.4, slow).
 * A4 20 for 13 quarters then 100 → 360, R 1.029, on track (before: 260 in 3.25 years, R 0.8, needs acceleration).
 * A5 stock rising to 38 at 2025Q1, then 20 → R (20 / 3.5) ÷ 10 = 0.571, slow (before: (38 / 3.25) ÷ 10 = 1.169, on track).
 * A6 has no target.
 */
export const MIXED = unit(
  {
    A1: each(25),
    A2: each(40),
    A3: each(10),
    A4: [...each(20, 13), 100],
    A5: [2, 5, 8, 11, 14, 17, 20, 23, 26, 29, 32, 35, 38, 20],
    A6: each(3),
  },
  TARGETS,
);

/**
 * Xã Bắc: A1 on track (score (1 − 0.6) / 0.7 × 5 = 2.857), A3 slow (−0.833): mean 1.012.
 * Xã Đông: A1 5 a quarter → R 0.2, slow (−5 + 0.8 / 1.2 × 5 = −1.667), A3 met (5): mean 1.667.
 * Xã An: both met (5): nothing pulls it down.
 */
export const CHILDREN: HeadlineChild[] = [
  { code: 'C3', name: 'Xã An', figures: unit({ A1: each(40), A3: each(40) }, { A1: 400, A3: 400 }) },
  { code: 'C2', name: 'Xã Đông', figures: unit({ A1: each(5), A3: each(40) }, { A1: 400, A3: 400 }) },
  { code: 'C1', name: 'Xã Bắc', figures: unit({ A1: each(25), A3: each(10) }, { A1: 400, A3: 400 }) },
];
