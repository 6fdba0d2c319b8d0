import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TableCell } from './table-rows';
import { columnOrders, inOrder, nameRanks, nextSort, parseSort, serializeSort, sortKeyOf, tableOrders, throughOrder, type SortKey } from './table-sort';

// The same comparator the app passes in (Intl.Collator 'vi'), base letters first, then tones.
const base = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const tones = new Intl.Collator('vi', { numeric: true });
const compareText = (a: string, b: string) => base.compare(a, b) || tones.compare(a, b);
/** A column's order in one direction, asked for first (so sorted, not derived). */
const sortOrder = <T>(rows: readonly T[], desc: boolean, keyOf: ((row: T) => SortKey | undefined) | null, nameRank: ArrayLike<number>) =>
  columnOrders(rows, keyOf, nameRank)(desc);

interface R {
  code: string;
  name: string;
  v: TableCell;
}
const r = (code: string, name: string, v: TableCell = 0): R => ({ code, name, v });
const names = (rows: R[]) => rows.map((x) => x.name);
const byValue = (x: R) => sortKeyOf(x.v);
const sortRows = (rows: R[], desc: boolean, keyOf: typeof byValue | null, nameRank: Int32Array) =>
  Array.from(sortOrder(rows, desc, keyOf, nameRank), (i) => rows[i]!);

describe('Vietnamese name order', () => {
  it.each([
    ['Đ comes after D (and after every D-word)', ['Xã Đồng Lạc', 'Xã Dương Quang', 'Xã Dz'], ['Xã Dương Quang', 'Xã Dz', 'Xã Đồng Lạc']],
    ['tones order as ngang, huyền, hỏi, ngã, sắc, nặng', ['Bạ', 'Bá', 'Bã', 'Bả', 'Bà', 'Ba'], ['Ba', 'Bà', 'Bả', 'Bã', 'Bá', 'Bạ']],
    ['letters before tones: "Bạch Thông" before "Bằng Vân" before "Cao Kỳ"', ['Cao Kỳ', 'Bằng Vân', 'Bạch Thông'], ['Bạch Thông', 'Bằng Vân', 'Cao Kỳ']],
    ['ă and â are letters after a', ['Xã Ân Tình', 'Xã Ăn', 'Xã An Thắng'], ['Xã An Thắng', 'Xã Ăn', 'Xã Ân Tình']],
    ['numbers in names sort as numbers', ['Tổ 10', 'Tổ 2', 'Tổ 1'], ['Tổ 1', 'Tổ 2', 'Tổ 10']],
  ])('%s', (_name, input, expected) => {
    const rows = input.map((n, i) => r(String(i), n));
    expect(names(sortRows(rows, false, null, nameRanks(rows, compareText)))).toEqual(expected);
    expect(names(sortRows(rows, true, null, nameRanks(rows, compareText)))).toEqual([...expected].reverse());
  });
});

describe('numeric order', () => {
  const rows = [
    r('1', 'Xã A', 12),
    r('2', 'Xã B', 'not_reported'),
    r('3', 'Xã C', 'suppressed'),
    r('4', 'Xã D', 0),
    r('5', 'Xã Đ', 'withheld'),
    r('6', 'Xã E', 5),
    r('7', 'Xã G', 'suppressed'),
    r('8', 'Xã H', 'none'),
    r('9', 'Xã I', 'not_applicable'),
    r('10', 'Xã K', 5),
  ];
  it.each([
    ['ascending', false, ['Xã D', 'Xã E', 'Xã K', 'Xã A', 'Xã C', 'Xã G', 'Xã B', 'Xã Đ', 'Xã H', 'Xã I']],
    ['descending', true, ['Xã A', 'Xã E', 'Xã K', 'Xã D', 'Xã C', 'Xã G', 'Xã B', 'Xã Đ', 'Xã H', 'Xã I']],
  ])('%s: values, then hidden cells ("x", any value) by name, missing cells last', (_name, desc, expected) => {
    expect(names(sortRows(rows, desc, byValue, nameRanks(rows, compareText)))).toEqual(expected);
  });

  it('keeps the missing cells last in both directions', () => {
    for (const desc of [false, true]) {
      const out = sortRows(rows, desc, byValue, nameRanks(rows, compareText)).map(byValue);
      const firstMissing = out.indexOf(undefined);
      expect(out.slice(firstMissing).every((k) => k === undefined)).toBe(true);
      expect(firstMissing).toBe(6);
    }
  });

  it.each<[TableCell | undefined, SortKey | undefined]>([
    [3, 3],
    [0, 0],
    ['suppressed', 'suppressed'],
    ['not_reported', undefined],
    ['withheld', undefined],
    ['not_applicable', undefined],
    ['by_year_only', undefined],
    ['none', undefined],
    [undefined, undefined],
    [Number.NaN, undefined],
  ])('sortKeyOf(%j) = %j', (cell, key) => {
    expect(sortKeyOf(cell)).toBe(key);
  });

  it('breaks ties by name, then code, ascending in both directions', () => {
    const tied = [r('b', 'Xã Ba', 3), r('a', 'Xã Ba', 3), r('c', 'Xã An', 3)];
    for (const desc of [false, true]) {
      expect(sortRows(tied, desc, byValue, nameRanks(tied, compareText)).map((x) => x.code)).toEqual(['c', 'a', 'b']);
    }
  });
});

describe('order as indices and ranks', () => {
  const rows = [r('a', 'Xã Đa', 4), r('b', 'Xã Da', 'suppressed'), r('c', 'Xã Ba', 4), r('d', 'Xã Ca', 'not_reported'), r('e', 'Xã Ác', -1.5)];

  it.each([
    ['Ác, Ba, Ca, Da, Đa: Đa (a) is 5th, Da (b) 4th, Ba (c) 2nd, Ca (d) 3rd, Ác (e) 1st', rows, [4, 3, 1, 2, 0]],
    ['equal names by code', [r('z', 'Tổ 2'), r('y', 'Tổ 10'), r('x', 'Tổ 2')], [1, 2, 0]],
    ['no rows', [], []],
  ])('nameRanks: %s', (_name, input, expected) => {
    expect([...nameRanks(input, compareText)]).toEqual(expected);
  });

  it.each<[string, boolean, boolean, number[]]>([
    ['by name, ascending', false, false, [4, 2, 3, 1, 0]],
    ['by name, descending', true, false, [0, 1, 3, 2, 4]],
    ['by value, ascending: −1.5, 4 (Ba before Đa), then hidden, then missing', false, true, [4, 2, 0, 1, 3]],
    ['by value, descending: 4 (Ba before Đa), −1.5, then hidden, then missing', true, true, [2, 0, 4, 1, 3]],
  ])('sortOrder %s', (_name, desc, byKey, expected) => {
    expect([...sortOrder(rows, desc, byKey ? byValue : null, nameRanks(rows, compareText))]).toEqual(expected);
  });

  // Two tied pairs, and 0 against −0 (equal for the table, so by name); names A–E are d, a, e, c, b.
  const ties = [r('a', 'Xã B', 0), r('b', 'Xã E', -0), r('c', 'Xã D', 5), r('d', 'Xã A', -3), r('e', 'Xã C', 5)];
  it.each<[string, boolean, number[]]>([
    ['ascending: −3 (A), 0 and −0 (B, E), 5 and 5 (C, D)', false, [3, 0, 1, 4, 2]],
    ['descending: 5 and 5 (C, D), 0 and −0 (B, E), −3 (A)', true, [4, 2, 0, 1, 3]],
  ])('sortOrder with ties, %s', (_name, desc, expected) => {
    expect([...sortOrder(ties, desc, byValue, nameRanks(ties, compareText))]).toEqual(expected);
  });

  it.each([
    ['every item', [3, 1, 0, 2], ['s', 'q', 'p', 'r']],
    ['a subset keeps the order', [1, 2, 3], ['s', 'q', 'r']],
    ['nothing', [], []],
  ])('inOrder: %s', (_name, indices, expected) => {
    // Items p, q, r, s are rows 0–3; the order shows rows 3, 1, 0, 2.
    const items = indices.map((index) => ({ index, id: 'pqrs'[index]! }));
    expect(inOrder(items, [3, 1, 0, 2]).map((x) => x.id)).toEqual(expected);
  });
});

describe('sortOrder against a comparator sort', () => {
  // The rule written as a comparator: numbers, then hidden cells, then the rest; by value
  // (0 and −0 equal), then by name position, in both directions.
  const reference = (keys: (SortKey | undefined)[], desc: boolean) => {
    const group = (k: SortKey | undefined) => (typeof k === 'number' ? 0 : k === 'suppressed' ? 1 : 2);
    return keys
      .map((_, position) => position)
      .sort((a, b) => {
        const [x, y] = [keys[a], keys[b]];
        if (group(x) !== group(y)) return group(x) - group(y);
        if (typeof x === 'number' && typeof y === 'number' && x !== y) return (x < y ? -1 : 1) * (desc ? -1 : 1);
        return a - b;
      });
  };
  const key = fc.oneof(
    fc.constantFrom<SortKey | undefined>(0, -0, 1, -1, 2.5, 'suppressed', undefined),
    fc.integer({ min: -5, max: 5 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
  );

  it('gives the same order for any keys, ties and rows already in name order', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), fc.boolean(), (keys, desc) => {
        // Rows listed in name order, so a row's index is its name rank.
        const nameRank = Int32Array.from(keys, (_, i) => i);
        expect([...sortOrder(keys, desc, (k) => k, nameRank)]).toEqual(reference(keys, desc));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same order for whole numbers only, small and near the largest safe integer', () => {
    const whole = fc.oneof(fc.integer({ min: -20, max: 20 }), fc.constantFrom<SortKey | undefined>(-0, 'suppressed', undefined, 2 ** 40, -(2 ** 40), 2 ** 52));
    fc.assert(
      fc.property(fc.array(whole, { maxLength: 60 }), fc.boolean(), (keys, desc) => {
        const nameRank = Int32Array.from(keys, (_, i) => i);
        expect([...sortOrder(keys, desc, (k) => k, nameRank)]).toEqual(reference(keys, desc));
      }),
      { numRuns: 300 },
    );
  });

  it('derives the other direction from the first sort of a column, whichever direction came first', () => {
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), fc.boolean(), (keys, first) => {
        const nameRank = Int32Array.from(keys, (_, i) => i);
        const orders = columnOrders(keys, (k) => k, nameRank);
        expect([...orders(first)]).toEqual(reference(keys, first));
        expect([...orders(!first)]).toEqual(reference(keys, !first));
        expect([...orders(first)]).toEqual(reference(keys, first));
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    // Rows 0–6 in name order. Ascending: 1 (row 5), the three 3s (rows 0, 2, 4 in name order),
    // then the hidden row 1, then the rows without a value 3 and 6.
    ['ascending first', false, [5, 0, 2, 4, 1, 3, 6], [0, 2, 4, 5, 1, 3, 6]],
    ['descending first', true, [0, 2, 4, 5, 1, 3, 6], [5, 0, 2, 4, 1, 3, 6]],
  ])('columnOrders, %s: equal values stay in name order in both directions', (_name, first, firstOrder, otherOrder) => {
    const keys: (SortKey | undefined)[] = [3, 'suppressed', 3, undefined, 3, 1, undefined];
    const orders = columnOrders(
      keys,
      (k) => k,
      Int32Array.from(keys, (_, i) => i),
    );
    expect([...orders(first)]).toEqual(firstOrder);
    expect([...orders(!first)]).toEqual(otherOrder);
  });

  it('keeps zero and minus zero as one value in the derived direction', () => {
    const keys: SortKey[] = [0, -0, 2, -0];
    const orders = columnOrders(keys, (k) => k, Int32Array.from([3, 2, 1, 0]));
    // Name order is rows 3, 2, 1, 0: the zeros keep it in both directions.
    expect([...orders(false)]).toEqual([3, 1, 0, 2]);
    expect([...orders(true)]).toEqual([2, 3, 1, 0]);
  });

  it('reads name ranks when the rows are not in name order', () => {
    // Rows 0–3 with names in the order 2, 0, 3, 1 (ranks 1, 3, 0, 2); keys 5, 5, 'suppressed', 1.
    const keys: SortKey[] = [5, 5, 'suppressed', 1];
    const nameRank = Int32Array.from([1, 3, 0, 2]);
    expect([...sortOrder(keys, false, (k) => k, nameRank)]).toEqual([3, 0, 1, 2]);
    expect([...sortOrder(keys, true, (k) => k, nameRank)]).toEqual([0, 1, 3, 2]);
  });
});

describe('orders of every column, kept', () => {
  // Rows 0–3, names in row order; columns "a" and "b", and the name column.
  const rows = [
    { a: 2, b: 'suppressed' as const },
    { a: undefined, b: 5 },
    { a: 9, b: 1 },
    { a: 2, b: 5 },
  ];
  const nameRank = Int32Array.from([0, 1, 2, 3]);
  const keyFor = (column: string) => (column === 'name' ? null : (row: (typeof rows)[number]) => row[column as 'a' | 'b']);

  it.each([
    ['a', false, [0, 3, 2, 1]],
    ['a', true, [2, 0, 3, 1]],
    ['b', false, [2, 1, 3, 0]],
    ['b', true, [1, 3, 2, 0]],
    ['name', false, [0, 1, 2, 3]],
    ['name', true, [3, 2, 1, 0]],
  ])('%s, descending %s', (column, desc, expected) => {
    expect([...tableOrders(rows, keyFor, nameRank)(column, desc)]).toEqual(expected);
  });

  it('computes each order once: asked again, in any sequence of columns, it is the same array', () => {
    const asked: string[] = [];
    const orders = tableOrders(
      rows,
      (column) => {
        asked.push(column);
        return keyFor(column);
      },
      nameRank,
    );
    const first = orders('a', true);
    orders('b', true);
    orders('a', false);
    expect(orders('a', true)).toBe(first);
    expect(asked).toEqual(['a', 'b']);
  });
});

describe('rows read through an order', () => {
  it.each([
    ['reversed', [2, 1, 0], ['z', 'y', 'x']],
    ['as they are', [0, 1, 2], ['x', 'y', 'z']],
    ['middle first', [1, 2, 0], ['y', 'z', 'x']],
  ])('%s', (_name, order, expected) => {
    const through = throughOrder(['x', 'y', 'z'], Int32Array.from(order));
    expect(through.length).toBe(3);
    expect([0, 1, 2].map((k) => through.at(k))).toEqual(expected);
  });
});

describe('sort parameter', () => {
  it.each([
    ['name.asc', { column: 'name', desc: false }],
    ['value:P8.1.1.desc', { column: 'value:P8.1.1', desc: true }],
    ['achievement:P8.C.2.asc', { column: 'achievement:P8.C.2', desc: false }],
    ['reports.desc', { column: 'reports', desc: true }],
    ['name', null],
    ['name.up', null],
    ['', null],
    ['<script>.asc', null],
  ])('parses %j', (text, expected) => {
    expect(parseSort(text)).toEqual(expected);
    if (expected) expect(serializeSort(expected)).toBe(text);
  });

  it.each([
    [{ column: 'name', desc: false }, 'name', false, { column: 'name', desc: true }],
    [{ column: 'name', desc: true }, 'name', false, { column: 'name', desc: false }],
    [{ column: 'name', desc: false }, 'value:P8.1.1', true, { column: 'value:P8.1.1', desc: true }],
    [{ column: 'value:P8.1.1', desc: true }, 'value:P8.1.1', true, { column: 'value:P8.1.1', desc: false }],
  ])('a click on a header after %j on %s gives the next sort', (current, column, numeric, expected) => {
    expect(nextSort(current, column, numeric)).toEqual(expected);
  });
});
