import { constructTable } from '@tanstack/react-table';
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IndicatorCells, TableCell, TableRow } from '@/domain/table-rows';
import { inOrder, sortKeyOf } from '@/domain/table-sort';
import { columnId, type ColumnKind } from '@/domain/table-view-state';
import { foldForSearch } from '@/domain/text-search';
import { buildColumns, canGlobalFilter, nameFilter, namesInOrder, ordersAhead, rowOrders, tableStateFor, unitsTableFeatures } from './table-model';
import { compareVietnamese } from '@/i18n/format';
import { indicator as build } from '../../../tests/builders/indicator';

const indicator = build('P8.1.4', 'flow', { name: { vi: 'Hội nghị', en: 'Conferences' }, unitOfMeasure: { vi: 'hội nghị', en: 'events' } });

function row(code: string, name: string, value: TableCell, reported = 1, expected = 1): TableRow {
  const cells: IndicatorCells = { value, target: 'none', achievement: 'none', met: null, comparedYear: null, noComparison: null, reported, expected };
  return { code, name, childCount: 0, searchKey: foldForSearch(name), cells: { [indicator.code]: cells } };
}

/** The table exactly as the component builds it, without React. */
function displayed(rows: TableRow[], sort: { column: string; desc: boolean }, query = '', hidden: ColumnKind[] = []) {
  const columns = buildColumns([indicator]);
  const table = constructTable({
    features: { coreReactivityFeature: storeReactivityBindings(), ...unitsTableFeatures } as typeof unitsTableFeatures,
    columns,
    data: rows,
    getRowId: (r) => r.code,
    state: tableStateFor([indicator], hidden, query),
    globalFilterFn: nameFilter,
    getColumnCanGlobalFilter: canGlobalFilter,
  });
  const order = rowOrders(rows, indicator.code, namesInOrder(rows))(sort.column, sort.desc);
  return { rows: inOrder(table.getRowModel().rows, order).map((r) => r.original), columns: table.getVisibleLeafColumns().map((c) => c.id) };
}

const names = (rows: TableRow[]) => rows.map((r) => r.name);
const VALUE = columnId('value', indicator.code);

// In no particular order: the table shows them in the order of the sort, filtered or not.
const sample = [
  row('5', 'Phường Huyền Tụng', 7),
  row('1', 'Xã Đông Viên', 12),
  row('7', 'Xã Bá Bể', 7),
  row('2', 'Xã Dương Quang', 'not_reported'),
  row('4', 'Xã Bằng Vân', 0),
  row('3', 'Phường Đức Xuân', 'suppressed'),
  row('6', 'Xã Ba Bể', 'withheld'),
];
const NAME_ORDER = ['Phường Đức Xuân', 'Phường Huyền Tụng', 'Xã Ba Bể', 'Xã Bá Bể', 'Xã Bằng Vân', 'Xã Dương Quang', 'Xã Đông Viên'];

describe('the units table pipeline (TanStack v9, headless)', () => {
  it.each([
    [
      'name ascending: Vietnamese order, Đ after D, tones after letters',
      { column: 'name', desc: false },
      ['Phường Đức Xuân', 'Phường Huyền Tụng', 'Xã Ba Bể', 'Xã Bá Bể', 'Xã Bằng Vân', 'Xã Dương Quang', 'Xã Đông Viên'],
    ],
    [
      'name descending',
      { column: 'name', desc: true },
      ['Xã Đông Viên', 'Xã Dương Quang', 'Xã Bằng Vân', 'Xã Bá Bể', 'Xã Ba Bể', 'Phường Huyền Tụng', 'Phường Đức Xuân'],
    ],
    [
      'value descending: hidden ("x") after the numbers, missing last, ties by name',
      { column: VALUE, desc: true },
      ['Xã Đông Viên', 'Phường Huyền Tụng', 'Xã Bá Bể', 'Xã Bằng Vân', 'Phường Đức Xuân', 'Xã Ba Bể', 'Xã Dương Quang'],
    ],
    [
      'value ascending: hidden and missing still last',
      { column: VALUE, desc: false },
      ['Xã Bằng Vân', 'Phường Huyền Tụng', 'Xã Bá Bể', 'Xã Đông Viên', 'Phường Đức Xuân', 'Xã Ba Bể', 'Xã Dương Quang'],
    ],
  ])('%s', (_name, sort, expected) => {
    expect(names(displayed(sample, sort).rows)).toEqual(expected);
  });

  it.each([
    ['huyen tung', ['Phường Huyền Tụng']],
    ['HUYỀN', ['Phường Huyền Tụng']],
    ['duc', ['Phường Đức Xuân']],
    ['ba be', ['Xã Ba Bể', 'Xã Bá Bể']],
    ['be xa ba', ['Xã Ba Bể', 'Xã Bá Bể']],
    ['xa ba', ['Xã Ba Bể', 'Xã Bá Bể', 'Xã Bằng Vân']],
    ['  ', NAME_ORDER],
    ['không có', []],
  ])('the filter "%s" keeps %j, in the sorted order', (query, expected) => {
    expect(names(displayed(sample, { column: 'name', desc: false }, query).rows)).toEqual(expected);
  });

  it.each([
    ['xa', true, ['Xã Đông Viên', 'Xã Bá Bể', 'Xã Bằng Vân', 'Xã Ba Bể', 'Xã Dương Quang']],
    ['xa', false, ['Xã Bằng Vân', 'Xã Bá Bể', 'Xã Đông Viên', 'Xã Ba Bể', 'Xã Dương Quang']],
    ['phuong', true, ['Phường Huyền Tụng', 'Phường Đức Xuân']],
    ['ba', true, ['Xã Bá Bể', 'Xã Bằng Vân', 'Xã Ba Bể']],
  ])('the filter "%s" on the value column (descending: %s) keeps the value order %j', (query, desc, expected) => {
    expect(names(displayed(sample, { column: VALUE, desc }, query).rows)).toEqual(expected);
  });

  it('hides the column kinds named in the state', () => {
    expect(displayed(sample, { column: 'name', desc: false }, '', ['target', 'reports']).columns).toEqual([
      'name',
      VALUE,
      columnId('achievement', indicator.code),
    ]);
  });

  it('for any values and filter: missing cells last, known values in order, ties by name, filter keeps the order', () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constantFrom<TableCell>('suppressed', 'not_reported', 'withheld', 'not_applicable'));
    const name = fc.constantFrom('Xã A', 'Xã Á', 'Xã Đa', 'Xã Da', 'Thôn Bản', 'Thôn Bàn', 'Tổ 10', 'Tổ 2');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, cell), { maxLength: 25 }), fc.boolean(), fc.constantFrom('', 'xa', 'da', 'to 1'), (spec, desc, query) => {
        const rows = spec.map(([n, v], i) => row(String(i).padStart(3, '0'), n, v));
        const all = displayed(rows, { column: VALUE, desc }).rows;
        expect([...all].map((r) => r.code).sort()).toEqual(rows.map((r) => r.code).sort());
        const keys = all.map((r) => sortKeyOf(r.cells[indicator.code]?.value));
        const firstMissing = keys.indexOf(undefined);
        if (firstMissing >= 0) expect(keys.slice(firstMissing).every((k) => k === undefined)).toBe(true);
        for (let i = 1; i < all.length; i++) {
          const [a, b] = [keys[i - 1], keys[i]];
          const byName = compareVietnamese(all[i - 1]!.name, all[i]!.name) || all[i - 1]!.code.localeCompare(all[i]!.code);
          if (a === undefined || b === undefined) {
            if (a === undefined && b === undefined) expect(byName).toBeLessThan(0);
            continue;
          }
          // Numbers before hidden cells in both directions; hidden cells among themselves by name only.
          expect(typeof a === 'number' || b === 'suppressed').toBe(true);
          if (typeof a === 'number' && typeof b === 'number') {
            const c = Math.sign(a - b) * (desc ? -1 : 1);
            expect(c).toBeLessThanOrEqual(0);
            if (c === 0) expect(byName).toBeLessThan(0);
          } else if (a === b) expect(byName).toBeLessThan(0);
        }
        const filtered = displayed(rows, { column: VALUE, desc }, query).rows;
        expect(filtered.map((r) => r.code)).toEqual(
          all
            .filter(
              (r) =>
                query.trim() === '' ||
                (foldForSearch(r.name).includes(foldForSearch(query).split(' ')[0]!) &&
                  foldForSearch(query)
                    .split(' ')
                    .every((w) => r.searchKey.includes(w))),
            )
            .map((r) => r.code),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('orders computed ahead, most likely first', () => {
  it.each([
    [
      'the selected indicator’s value both ways first, then the other columns largest first, then smallest first',
      ['name', 'reports', 'value:A', 'target:A', 'value:B'],
      'A',
      [
        ['value:A', true],
        ['value:A', false],
        ['reports', true],
        ['target:A', true],
        ['value:B', true],
        ['reports', false],
        ['target:A', false],
        ['value:B', false],
      ],
    ],
    [
      'the selected indicator’s value hidden: the columns shown only',
      ['name', 'target:A'],
      'A',
      [
        ['target:A', true],
        ['target:A', false],
      ],
    ],
    [
      'no indicator selected',
      ['name', 'reports'],
      null,
      [
        ['reports', true],
        ['reports', false],
      ],
    ],
    ['only the name column: nothing', ['name'], 'A', []],
  ])('%s', (_name, columns, primary, expected) => {
    expect(ordersAhead(columns, primary)).toEqual(expected);
  });
});
