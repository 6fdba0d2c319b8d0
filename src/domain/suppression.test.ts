import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SUPPRESSED, type Cell } from './aggregate';
import { linearlyDetermined, peelAttack, type Relation } from './suppression-audit';
import type { LevelKind } from './levels';
import { feasibleIntervals, intervalViolations, type ReaderView } from './suppression-intervals';
import {
  isSmallCount,
  publishedCell,
  publishedDimensions,
  publishedValue,
  relationLeaks,
  suppressSmall,
  suppressTable,
  SUPPRESSION_RULES,
  type TableValues,
} from './suppression';

const rules = SUPPRESSION_RULES;
const table = (entries: Record<string, number | null>): TableValues => new Map(Object.entries(entries));
const sum = (total: string, ...parts: string[]): Relation => ({ total, parts });
const published = (values: TableValues, hidden: ReadonlySet<string>) => new Map([...values.keys()].map((id) => [id, publishedCell(values, hidden, id)]));
const sorted = (s: Iterable<string>) => [...s].sort();
const neutralReader = (values: TableValues, hidden: ReadonlySet<string>): ReaderView => ({ unknown: hidden, known: (id) => values.get(id) ?? 0 });

describe('primary suppression', () => {
  it.each<[Cell, Cell]>([
    [0, 0],
    [1, SUPPRESSED],
    [4, SUPPRESSED],
    [5, 5],
    [null, null],
    [SUPPRESSED, SUPPRESSED],
  ])('%s is published as %s', (cell, expected) => {
    expect(suppressSmall(cell)).toBe(expected);
  });

  it('follows a configured threshold', () => {
    expect(isSmallCount(9, { ...rules, threshold: 10 })).toBe(true);
    expect(isSmallCount(10, { ...rules, threshold: 10 })).toBe(false);
  });
});

describe('secondary suppression on worked tables', () => {
  it.each<[string, Record<string, number | null>, Relation[], string[]]>([
    ['siblings and their total: one small sibling takes the next smallest with it', { D: 35, A: 3, B: 12, C: 20 }, [sum('D', 'A', 'B', 'C')], ['A', 'B']],
    ['two small siblings that add up to a small number take a third', { D: 19, A: 1, B: 2, C: 9, E: 7 }, [sum('D', 'A', 'B', 'C', 'E')], ['A', 'B', 'E']],
    ['two small siblings that add up to the threshold are enough', { D: 25, A: 2, B: 3, C: 20 }, [sum('D', 'A', 'B', 'C')], ['A', 'B']],
    ['zeros and missing reports stay published; a small total hides itself and one part', { D: 3, A: 3, B: 0, C: null }, [sum('D', 'A', 'B', 'C')], ['A', 'D']],
    [
      'disaggregation cells and their total: each breakdown protects its own small cells',
      { T: 14, female: 11, male: 3, tay: 8, dao: 4, mong: 2 },
      [sum('T', 'female', 'male'), sum('T', 'tay', 'dao', 'mong')],
      ['dao', 'female', 'male', 'mong'],
    ],
    [
      'a chain across levels: a parent total with one small child, revealed by its own siblings',
      { P: 42, D1: 2, D2: 40, c1: 2, c2: 0, c3: 10, c4: 30 },
      [sum('P', 'D1', 'D2'), sum('D1', 'c1', 'c2'), sum('D2', 'c3', 'c4')],
      ['D1', 'D2', 'c1', 'c3'],
    ],
    [
      'years and the phase of one unit, with its parent: hiding spreads over units and time',
      { 'P|y1': 30, 'P|y2': 31, 'P|ph': 61, 'A|y1': 2, 'A|y2': 11, 'A|ph': 13, 'B|y1': 28, 'B|y2': 20, 'B|ph': 48 },
      [
        sum('P|ph', 'P|y1', 'P|y2'),
        sum('A|ph', 'A|y1', 'A|y2'),
        sum('B|ph', 'B|y1', 'B|y2'),
        sum('P|y1', 'A|y1', 'B|y1'),
        sum('P|y2', 'A|y2', 'B|y2'),
        sum('P|ph', 'A|ph', 'B|ph'),
      ],
      ['A|y1', 'A|y2', 'B|y1', 'B|y2'],
    ],
    [
      // Every relation alone hides 5 or more, and no cell is determined, but r0 = 11 + c01, r1 = c10 and
      // r0 + r1 = 14 hold c01 + c10 to 3: the interval audit hides c00 too (then c00 + c01 + c10 = 8).
      'a 2 × 3 table with margins where two relations together narrow two hidden cells to 0 … 3',
      { c00: 5, c01: 2, c02: 6, c10: 1, c11: 0, c12: 0, r0: 13, r1: 1, k0: 6, k1: 2, k2: 6, T: 14 },
      [
        sum('r0', 'c00', 'c01', 'c02'),
        sum('r1', 'c10', 'c11', 'c12'),
        sum('k0', 'c00', 'c10'),
        sum('k1', 'c01', 'c11'),
        sum('k2', 'c02', 'c12'),
        sum('T', 'r0', 'r1'),
        sum('T', 'k0', 'k1', 'k2'),
      ],
      ['c00', 'c01', 'c10', 'k0', 'k1', 'r0', 'r1'],
    ],
  ])('%s', (_name, entries, relations, expected) => {
    const values = table(entries);
    const { hidden } = suppressTable(values, relations, rules);
    expect(intervalViolations(neutralReader(values, hidden), relations, rules.threshold).size).toBe(0);
    expect(sorted(hidden)).toEqual(expected);
    expect(peelAttack(published(values, hidden), relations).size).toBe(0);
    expect(linearlyDetermined(hidden, relations).size).toBe(0);
  });

  it('primary suppression alone is not enough: the attacker recovers the small cells', () => {
    const values = table({ P: 42, D1: 2, D2: 40, c1: 2, c2: 0, c3: 10, c4: 30 });
    const relations = [sum('P', 'D1', 'D2'), sum('D1', 'c1', 'c2'), sum('D2', 'c3', 'c4')];
    const primaryOnly = new Set(['D1', 'c1']);
    expect(Object.fromEntries(peelAttack(published(values, primaryOnly), relations))).toEqual({ D1: 2, c1: 2 });
  });
});

describe('relations that leak', () => {
  const values = table({ T: 20, a: 2, b: 2, c: 16, z: 0 });
  it.each<[string, string[], boolean]>([
    ['nothing hidden', [], false],
    ['one hidden part', ['a'], true],
    ['two hidden parts adding up to a small number', ['a', 'b'], true],
    ['hidden parts adding up to the threshold or more', ['a', 'c'], false],
    ['a hidden zero next to a small cell', ['a', 'z'], true],
    ['a hidden total with no hidden part', ['T'], true],
    ['a hidden total with a hidden part', ['T', 'a'], false],
  ])('%s → %s', (_name, hidden, leaks) => {
    expect(relationLeaks(sum('T', 'a', 'b', 'c', 'z'), new Set(hidden), values, rules)).toBe(leaks);
  });
});

describe('the attackers', () => {
  it('linear algebra finds a cell that needs two relations at once', () => {
    const relations = [sum('T1', 'a', 'b', 'x'), sum('T2', 'a', 'b')];
    const hidden = new Set(['a', 'b', 'x']);
    const values = new Map<string, Cell>([
      ['T1', 12],
      ['T2', 7],
      ['a', SUPPRESSED],
      ['b', SUPPRESSED],
      ['x', SUPPRESSED],
    ]);
    expect(peelAttack(values, relations).size).toBe(0);
    expect(sorted(linearlyDetermined(hidden, relations))).toEqual(['x']);
    const protectedTable = suppressTable(table({ T1: 12, T2: 7, a: 3, b: 4, x: 5 }), relations, rules);
    expect(linearlyDetermined(protectedTable.hidden, relations).size).toBe(0);
  });

  it('reads zeros from a total that leaves nothing for the hidden parts', () => {
    const values = new Map<string, Cell>([
      ['T', 9],
      ['a', 9],
      ['b', SUPPRESSED],
      ['c', SUPPRESSED],
    ]);
    expect(Object.fromEntries(peelAttack(values, [sum('T', 'a', 'b', 'c')]))).toEqual({ b: 0, c: 0 });
  });
});

describe('what may be published', () => {
  it('quotes only published numbers in text', () => {
    expect([publishedValue(7), publishedValue(0), publishedValue(SUPPRESSED), publishedValue(null), publishedValue(undefined)]).toEqual([
      7,
      0,
      null,
      null,
      null,
    ]);
  });

  const fourLevels = [{ kind: 'province' }, { kind: 'district' }, { kind: 'commune' }, { kind: 'village' }] as const;
  const threeLevels = [{ kind: 'province' }, { kind: 'commune' }, { kind: 'village' }] as const;
  it.each<[string, readonly { kind: LevelKind }[], boolean, number, string[]]>([
    ['four levels', fourLevels, false, 4, ['sex', 'ethnicity', 'age']],
    ['four levels', fourLevels, true, 1, ['sex', 'ethnicity', 'age']],
    ['four levels', fourLevels, true, 2, ['sex', 'ethnicity', 'age']],
    ['four levels', fourLevels, true, 3, ['sex']],
    ['four levels', fourLevels, true, 4, []],
    ['three levels', threeLevels, false, 3, ['sex', 'ethnicity', 'age']],
    ['three levels', threeLevels, true, 1, ['sex', 'ethnicity', 'age']],
    ['three levels', threeLevels, true, 2, ['sex']],
    ['three levels', threeLevels, true, 3, []],
  ])(
    '%s: sensitive %s at level %i keeps the breakdowns %j (none below the commune kind, one below the district kind)',
    (_, levels, sensitive, level, expected) => {
      expect(publishedDimensions({ sensitive, disaggregations: ['sex', 'ethnicity', 'age'] }, levels, level, rules)).toEqual(expected);
    },
  );
});

/** A random hierarchy (depth up to 3) × a few periods and their total, every cell a sum where it should be. */
const hierarchicalTable = fc
  .record({
    periods: fc.integer({ min: 1, max: 3 }),
    shape: fc.array(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 0, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
    seed: fc.array(fc.oneof(fc.constant(0), fc.constant(0), fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 40 })), {
      minLength: 200,
      maxLength: 200,
    }),
  })
  .map(({ periods, shape, seed }) => {
    const values = new Map<string, number>();
    const relations: Relation[] = [];
    const cols = [...Array.from({ length: periods }, (_, i) => `y${i}`), 'phase'];
    let draw = 0;
    const node = (id: string, children: string[]) => {
      for (const col of cols.slice(0, -1)) {
        values.set(`${id}|${col}`, children.length ? children.reduce((s, c) => s + values.get(`${c}|${col}`)!, 0) : seed[draw++ % seed.length]!);
      }
      values.set(
        `${id}|phase`,
        cols.slice(0, -1).reduce((s, col) => s + values.get(`${id}|${col}`)!, 0),
      );
      relations.push(sum(`${id}|phase`, ...cols.slice(0, -1).map((col) => `${id}|${col}`)));
      if (children.length) for (const col of cols) relations.push(sum(`${id}|${col}`, ...children.map((c) => `${c}|${col}`)));
    };
    const districts = shape.map((communes, d) => {
      const kids = communes.map((villages, c) => {
        const leaves = Array.from({ length: villages }, (_, v) => `v${d}.${c}.${v}`);
        leaves.forEach((leaf) => node(leaf, []));
        node(`c${d}.${c}`, leaves);
        return `c${d}.${c}`;
      });
      node(`d${d}`, kids);
      return `d${d}`;
    });
    node('p', districts);
    return { values: values as TableValues, relations };
  });

describe('no hidden cell can be recovered or narrowed in a random hierarchical table', () => {
  it('holds for the subtraction attacker, the linear-algebra attacker and the interval attacker', () => {
    fc.assert(
      fc.property(hierarchicalTable, ({ values, relations }) => {
        const { hidden, primary } = suppressTable(values, relations, rules);
        const out = published(values, hidden);
        for (const id of primary) expect(hidden.has(id)).toBe(true);
        for (const cell of out.values()) expect(typeof cell === 'number' && isSmallCount(cell, rules)).toBe(false);
        expect([...peelAttack(out, relations).keys()]).toEqual([]);
        expect([...linearlyDetermined(hidden, relations)]).toEqual([]);
        // Exact intervals (no early stop, unlike the audit inside suppressTable): each holds the true
        // value and is at least the threshold wide, counts being only known to be ≥ 0.
        for (const [id, { lo, hi }] of feasibleIntervals(neutralReader(values, hidden), relations)) {
          expect(lo).toBeLessThanOrEqual(values.get(id)!);
          expect(hi).toBeGreaterThanOrEqual(values.get(id)!);
          expect(hi - lo).toBeGreaterThanOrEqual(rules.threshold);
        }
        for (const r of relations) {
          expect(relationLeaks(r, hidden, values, rules)).toBe(false);
          // What the hidden parts of a published total add up to is itself never a small count.
          const hiddenParts = r.parts.filter((p) => hidden.has(p));
          if (!hidden.has(r.total) && hiddenParts.length > 0)
            expect(hiddenParts.reduce((s, p) => s + values.get(p)!, 0)).toBeGreaterThanOrEqual(rules.threshold);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('input a reader could not have', () => {
  it('protects a table whose computed remainder is negative (children above their parent) without failing', () => {
    // rest = 6 − (5 + 4) = −3: inconsistent baselines; the small child and its sibling are still hidden.
    const values = table({ P: 6, a: 5, b: 4, rest: -3 });
    const { hidden } = suppressTable(values, [sum('P', 'a', 'b', 'rest')], rules);
    expect(hidden.has('b')).toBe(true);
    expect(linearlyDetermined(hidden, [sum('P', 'a', 'b', 'rest')]).size).toBe(0);
  });
});
