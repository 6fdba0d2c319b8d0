/**
 * Deterministic synthetic rows for the units table at any scale (tests and benchmarks): Vietnamese
 * names with and without diacritics, numbers, "x", missing and withheld cells, partial reports.
 * Render with <UnitsTable rows={syntheticRows(10_000, indicators).rows} … />.
 */
import type { Indicator } from '@/domain/indicators';
import type { IndicatorCells, TableCell, TableRow } from '@/domain/table-rows';
import { foldForSearch } from '@/domain/text-search';

const TYPES = ['Xã', 'Phường', 'Thị trấn', 'Thôn', 'Bản', 'Tổ dân phố'];
const WORDS = [
  'Đồng',
  'Dương',
  'Bằng',
  'Bạch',
  'Huyền',
  'Tụng',
  'Nà',
  'Pác',
  'Khuổi',
  'Cẩm',
  'Giàng',
  'Quang',
  'Thuận',
  'Lạc',
  'Vân',
  'Ân',
  'Ea',
  'Kim',
  'Hỷ',
  'Sơn',
];

/** A small seeded PRNG (mulberry32): the same seed gives the same rows. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function value(rand: () => number, decimals: number): TableCell {
  const r = rand();
  if (r < 0.06) return 'not_reported';
  if (r < 0.09) return 'suppressed';
  if (r < 0.1) return 'withheld';
  if (r < 0.14) return 0;
  const v = 5 + rand() * 500;
  return decimals > 0 ? Math.round(v * 10 ** decimals) / 10 ** decimals : Math.round(v);
}

export function syntheticRows(count: number, indicators: readonly Indicator[], seed = 1): { rows: TableRow[]; totals: TableRow } {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!;
  const rows: TableRow[] = [];
  for (let i = 0; i < count; i++) {
    const name = `${pick(TYPES)} ${pick(WORDS)} ${pick(WORDS)} ${i + 1}`;
    const cells: Record<string, IndicatorCells> = {};
    for (const indicator of indicators) {
      const v = value(rand, indicator.decimals);
      const target = rand() < 0.2 ? 'none' : Math.round(10 + rand() * 400);
      const expected = 1 + Math.floor(rand() * 12);
      const reported = rand() < 0.8 ? expected : Math.floor(rand() * expected);
      const ratio = typeof v === 'number' && typeof target === 'number' && target > 0 ? v / target : 'none';
      cells[indicator.code] = {
        value: v,
        target,
        achievement: ratio,
        met: typeof ratio === 'number' ? ratio >= 1 : null,
        comparedYear: null,
        noComparison: null,
        reported,
        expected,
      };
    }
    rows.push({ code: `S${String(i + 1).padStart(6, '0')}`, name, childCount: 0, searchKey: foldForSearch(name), cells });
  }
  const totals: TableRow = { code: 'S000000', name: 'Cả nước', childCount: count, searchKey: foldForSearch('Cả nước'), cells: {} };
  return { rows, totals };
}
