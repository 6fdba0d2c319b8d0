/** Parses disaggregations.csv: breakdowns of reported totals by sex, ethnicity, age or role. */
import type { Dimension, Indicator } from '../../src/domain/indicators';
import type { DatasetProblem } from './dataset-error';
import type { QuarterValues } from './dataset';
import { readCount } from './csv-table';
import { streamTable } from './csv-stream';
import type { FileText } from './text-parts';

const FILE = 'disaggregations.csv';
const COLUMNS = ['unit', 'period', 'indicator', 'dimension', 'category', 'value'] as const;

/** indicator → unit → dimension → category → quarterly values. */
export type Breakdowns = Map<string, Map<string, Map<string, Map<string, QuarterValues>>>>;

interface Group {
  sum: number;
  line: number;
  ind: string;
  unit: string;
  q: number;
  dim: string;
}

/** Thrown by the fast pass when the file has a problem it cannot locate exactly. */
class NeedsExactPass extends Error {}

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

/**
 * A country has millions of breakdown rows. The fast pass keeps no per-row keys: a duplicate
 * shows as a cell already filled, and category sums are checked from the parsed values. When
 * it meets a problem it would have to locate (a duplicate, a bad value, a sum that differs), it
 * gives up and the exact pass, which remembers the line of every row, reports the problems.
 */
export function parseBreakdowns(
  text: FileText | undefined,
  totals: Map<string, Map<string, QuarterValues>>,
  indicators: readonly Indicator[],
  dimensions: readonly Dimension[],
  quarters: readonly string[],
  problems: DatasetProblem[],
): Breakdowns | undefined {
  const start = problems.length;
  try {
    return parsePass(false, text, totals, indicators, dimensions, quarters, problems);
  } catch (e) {
    if (!(e instanceof NeedsExactPass)) throw e;
    problems.length = start;
    return parsePass(true, text, totals, indicators, dimensions, quarters, problems);
  }
}

function parsePass(
  exact: boolean,
  text: FileText | undefined,
  totals: Map<string, Map<string, QuarterValues>>,
  indicators: readonly Indicator[],
  dimensions: readonly Dimension[],
  quarters: readonly string[],
  problems: DatasetProblem[],
): Breakdowns | undefined {
  const indByCode = new Map(indicators.map((i) => [i.code, i]));
  const dimByCode = new Map(dimensions.map((d) => [d.code, { dim: d, categories: new Set(d.categories.map((c) => c.code)) }]));
  const quarterIndex = new Map(quarters.map((q, i) => [q, i]));
  const result: Breakdowns = new Map();
  const seen = new Map<string, number>();
  /** Exact pass only: group (indicator|unit|quarter|dimension) → sum of categories and first line. */
  const groups = new Map<string, Group>();
  const at: number[] = [];
  let cached: { ind: string; unit: string; perDim: Map<string, Map<string, QuarterValues>> } | undefined;

  const table = streamTable(
    FILE,
    text,
    COLUMNS,
    problems,
    ({ position }) => COLUMNS.forEach((c, i) => (at[i] = position.get(c)!)),
    (cells, line) => {
      const fail = (field: string, message: string) => problems.push({ file: FILE, row: line, field, message });
      const [unit, period, indCode, dimCode, catCode] = [0, 1, 2, 3, 4].map((i) => cells[at[i]!]!.trim()) as [string, string, string, string, string];
      const ind = indByCode.get(indCode);
      if (!ind) return void fail('indicator', `mã chỉ tiêu không tồn tại "${indCode.slice(0, 40)}"`);
      const dim = dimByCode.get(dimCode);
      if (!dim || !ind.disaggregations.includes(dimCode)) return void fail('dimension', `chỉ tiêu ${indCode} không có phân tổ "${dimCode.slice(0, 40)}"`);
      if (!dim.categories.has(catCode)) return void fail('category', `phân tổ ${dimCode} không có nhóm "${catCode.slice(0, 40)}"`);
      const q = quarterIndex.get(period);
      if (q === undefined) return void fail('period', `kỳ "${period.slice(0, 20)}" không thuộc các quý của bộ dữ liệu`);
      const total = totals.get(indCode)?.get(unit)?.[q];
      if (total === undefined || total === null)
        return void fail('unit', `không có tổng báo cáo của ${indCode} cho đơn vị "${unit.slice(0, 40)}" kỳ ${period} trong reports.csv`);
      if (cached?.ind !== indCode || cached.unit !== unit)
        cached = {
          ind: indCode,
          unit,
          perDim: getOrSet(
            getOrSet(result, indCode, () => new Map()),
            unit,
            () => new Map(),
          ),
        };
      const byCat = cached.perDim.get(dimCode);
      if (exact) {
        const key = `${indCode}|${unit}|${period}|${dimCode}|${catCode}`;
        if (seen.has(key)) return void fail('category', `dòng trùng (đã có ở dòng ${seen.get(key)})`);
        seen.set(key, line);
      } else if ((byCat?.get(catCode)?.[q] ?? null) !== null) throw new NeedsExactPass();
      const value = readCount(cells[at[5]!]!.trim(), { file: FILE, row: line, field: 'value' }, problems, { integer: true });
      if (value === undefined || value === null) {
        if (!exact) throw new NeedsExactPass();
        if (value === null) fail('value', 'thiếu giá trị');
        return;
      }
      const series = getOrSet(byCat ?? getOrSet(cached.perDim, dimCode, () => new Map()), catCode, () => quarters.map(() => null as number | null));
      series[q] = value;
      if (exact) getOrSet(groups, `${indCode}|${unit}|${q}|${dimCode}`, () => ({ sum: 0, line, ind: indCode, unit, q, dim: dimCode })).sum += value;
    },
  );
  if (!table) return undefined;
  // Drop the unit maps created for rows that were then rejected.
  for (const [ind, perUnit] of result) {
    for (const [unit, perDim] of perUnit) if (perDim.size === 0) perUnit.delete(unit);
    if (perUnit.size === 0) result.delete(ind);
  }

  if (exact) {
    for (const g of groups.values()) {
      const total = totals.get(g.ind)?.get(g.unit)?.[g.q] ?? null;
      if (total !== null && g.sum !== total) {
        problems.push({
          file: FILE,
          row: g.line,
          field: 'value',
          message: `tổng các nhóm ${g.dim} của ${g.ind} tại ${g.unit} kỳ ${quarters[g.q]} là ${g.sum}, khác tổng báo cáo ${total}`,
        });
      }
    }
  } else checkSums(result, totals, quarters.length);
  fillZeros(result, totals, quarters, new Map(dimensions.map((d) => [d.code, d])));
  return result;
}

/** Fast pass: every given (indicator, unit, quarter, dimension) adds up to the reported total. */
function checkSums(result: Breakdowns, totals: Map<string, Map<string, QuarterValues>>, quarters: number): void {
  for (const [ind, perUnit] of result) {
    for (const [unit, perDim] of perUnit) {
      const total = totals.get(ind)?.get(unit);
      for (const byCat of perDim.values()) {
        for (let q = 0; q < quarters; q++) {
          let given = false;
          let sum = 0;
          for (const series of byCat.values()) {
            const v = series[q] ?? null;
            if (v !== null) {
              given = true;
              sum += v;
            }
          }
          const t = total?.[q] ?? null;
          if (given && t !== null && sum !== t) throw new NeedsExactPass();
        }
      }
    }
  }
}

/**
 * Where a dimension was given for a unit and quarter, categories not listed are zero; where the
 * reported total is 0, every category of every dimension given for the unit is 0 as well.
 */
function fillZeros(result: Breakdowns, totals: Map<string, Map<string, QuarterValues>>, quarters: readonly string[], dimByCode: Map<string, Dimension>): void {
  for (const [ind, perUnit] of result) {
    for (const [unit, perDim] of perUnit) {
      for (const [dimCode, byCat] of perDim) {
        const dim = dimByCode.get(dimCode);
        if (!dim) continue;
        const given = quarters.map((_, q) => [...byCat.values()].some((s) => (s[q] ?? null) !== null));
        for (const cat of dim.categories) {
          const series = getOrSet(byCat, cat.code, () => quarters.map(() => null as number | null));
          given.forEach((g, q) => g && series[q] === null && (series[q] = 0));
        }
      }
      const total = totals.get(ind)?.get(unit);
      if (!total) continue;
      for (const byCat of perDim.values()) {
        for (const series of byCat.values()) total.forEach((t, q) => t === 0 && series[q] === null && (series[q] = 0));
      }
    }
  }
}
