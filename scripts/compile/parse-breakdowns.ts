/** Parses disaggregations.csv: breakdowns of reported totals by sex, ethnicity, age or role. */
import type { Dimension, Indicator } from '../../src/domain/indicators';
import type { DatasetProblem } from './dataset-error';
import { DimensionSeries, type UnitSeries } from './series-store';
import { readCount } from './csv-table';
import { streamTable } from './csv-stream';
import type { FileText } from './text-parts';

const FILE = 'disaggregations.csv';
const COLUMNS = ['unit', 'period', 'indicator', 'dimension', 'category', 'value'] as const;

/** indicator → dimension → the reporting units' values by category. */
export type Breakdowns = Map<string, Map<string, DimensionSeries>>;

interface Group {
  sum: number;
  line: number;
  ind: string;
  unit: string;
  q: number;
  dim: string;
}

const fail = (problems: DatasetProblem[], row: number, field: string, message: string) => problems.push({ file: FILE, row, field, message });

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
  totals: Map<string, UnitSeries>,
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
  totals: Map<string, UnitSeries>,
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

  const table = streamTable(
    FILE,
    text,
    COLUMNS,
    problems,
    ({ position }) => COLUMNS.forEach((c, i) => (at[i] = position.get(c)!)),
    (cells, line) => {
      // Millions of rows: no closures or arrays made per row.
      const unit = cells[at[0]!]!.trim();
      const period = cells[at[1]!]!.trim();
      const indCode = cells[at[2]!]!.trim();
      const dimCode = cells[at[3]!]!.trim();
      const catCode = cells[at[4]!]!.trim();
      const ind = indByCode.get(indCode);
      if (!ind) return void fail(problems, line, 'indicator', `mã chỉ tiêu không tồn tại "${indCode.slice(0, 40)}"`);
      const dim = dimByCode.get(dimCode);
      if (!dim || !ind.disaggregations.includes(dimCode))
        return void fail(problems, line, 'dimension', `chỉ tiêu ${indCode} không có phân tổ "${dimCode.slice(0, 40)}"`);
      if (!dim.categories.has(catCode)) return void fail(problems, line, 'category', `phân tổ ${dimCode} không có nhóm "${catCode.slice(0, 40)}"`);
      const q = quarterIndex.get(period);
      if (q === undefined) return void fail(problems, line, 'period', `kỳ "${period.slice(0, 20)}" không thuộc các quý của bộ dữ liệu`);
      const reported = totals.get(indCode);
      const row = reported?.rows.get(unit);
      const total = row === undefined ? null : reported!.columns.get(row, q);
      if (row === undefined || total === null)
        return void fail(problems, line, 'unit', `không có tổng báo cáo của ${indCode} cho đơn vị "${unit.slice(0, 40)}" kỳ ${period} trong reports.csv`);
      const perDim = result.get(indCode)?.get(dimCode);
      const category = perDim?.categories.get(catCode);
      if (exact) {
        const key = `${indCode}|${unit}|${period}|${dimCode}|${catCode}`;
        if (seen.has(key)) return void fail(problems, line, 'category', `dòng trùng (đã có ở dòng ${seen.get(key)})`);
        seen.set(key, line);
      } else if (category && category.get(row, q) !== null) throw new NeedsExactPass();
      const value = readCount(cells[at[5]!]!.trim(), FILE, line, 'value', problems, true);
      if (value === undefined || value === null) {
        if (!exact) throw new NeedsExactPass();
        if (value === null) fail(problems, line, 'value', 'thiếu giá trị');
        return;
      }
      const series =
        perDim ??
        getOrSet(
          getOrSet(result, indCode, () => new Map()),
          dimCode,
          () =>
            new DimensionSeries(
              reported!.rows,
              dim.dim.categories.map((c) => c.code),
              quarters.length,
            ),
        );
      series.set(category ?? series.categories.get(catCode)!, row, q, value);
      if (exact) getOrSet(groups, `${indCode}|${unit}|${q}|${dimCode}`, () => ({ sum: 0, line, ind: indCode, unit, q, dim: dimCode })).sum += value;
    },
  );
  if (!table) return undefined;

  if (exact) {
    for (const g of groups.values()) {
      const total = totals.get(g.ind)?.value(g.unit, g.q) ?? null;
      if (total !== null && g.sum !== total) {
        problems.push({
          file: FILE,
          row: g.line,
          field: 'value',
          message: `tổng các nhóm ${g.dim} của ${g.ind} tại ${g.unit} kỳ ${quarters[g.q]} là ${g.sum}, khác tổng báo cáo ${total}`,
        });
      }
    }
  } else checkSums(result, totals);
  fillZeros(result, totals);
  return result;
}

/** The quarters where any category of a dimension has a value for some unit. */
const quartersGiven = (series: DimensionSeries, quarters: number) =>
  Array.from({ length: quarters }, (_, q) => q).filter((q) => [...series.categories.values()].some((c) => c.hasQuarter(q)));

/** Fast pass: every given (indicator, unit, quarter, dimension) adds up to the reported total. */
function checkSums(result: Breakdowns, totals: Map<string, UnitSeries>): void {
  for (const [ind, perDim] of result) {
    const total = totals.get(ind)!.columns;
    for (const series of perDim.values()) {
      const categories = [...series.categories.values()];
      const given = quartersGiven(series, total.quarters);
      for (let row = 0; row < series.given.length; row++) {
        if (!series.given[row]) continue;
        for (const q of given) {
          let any = false;
          let sum = 0;
          for (const c of categories) {
            const v = c.get(row, q);
            if (v !== null) {
              any = true;
              sum += v;
            }
          }
          const t = total.get(row, q);
          if (any && t !== null && sum !== t) throw new NeedsExactPass();
        }
      }
    }
  }
}

/**
 * Where a dimension was given for a unit and quarter, categories not listed are zero; where the
 * reported total is 0, every category of every dimension given for the unit is 0 as well.
 */
function fillZeros(result: Breakdowns, totals: Map<string, UnitSeries>): void {
  for (const [ind, perDim] of result) {
    const total = totals.get(ind)!.columns;
    for (const series of perDim.values()) {
      const categories = [...series.categories.values()];
      const given = quartersGiven(series, total.quarters);
      const zeroTotal = Array.from({ length: total.quarters }, (_, q) => q).filter((q) => total.hasQuarter(q));
      for (let row = 0; row < series.given.length; row++) {
        if (!series.given[row]) continue;
        for (const q of given) {
          if (categories.some((c) => c.get(row, q) !== null)) for (const c of categories) if (c.get(row, q) === null) c.set(row, q, 0);
        }
        for (const q of zeroTotal) {
          if (total.get(row, q) === 0) for (const c of categories) if (c.get(row, q) === null) c.set(row, q, 0);
        }
      }
    }
  }
}
