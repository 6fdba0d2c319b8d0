/** Parses disaggregations.csv: breakdowns of reported totals by sex, ethnicity, age or role. */
import type { Dimension, Indicator } from '../../src/domain/indicators';
import type { DatasetProblem } from './dataset-error';
import type { QuarterValues } from './dataset';
import { readCount, readTable } from './csv-table';

const FILE = 'disaggregations.csv';
const COLUMNS = ['unit', 'period', 'indicator', 'dimension', 'category', 'value'];

/** indicator → unit → dimension → category → quarterly values. */
export type Breakdowns = Map<string, Map<string, Map<string, Map<string, QuarterValues>>>>;

function getOrSet<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key);
  if (v === undefined) map.set(key, (v = make()));
  return v;
}

export function parseBreakdowns(
  text: string | undefined,
  totals: Map<string, Map<string, QuarterValues>>,
  indicators: readonly Indicator[],
  dimensions: readonly Dimension[],
  quarters: readonly string[],
  problems: DatasetProblem[],
): Breakdowns | undefined {
  const table = readTable(FILE, text, COLUMNS, problems);
  if (!table) return undefined;
  const indByCode = new Map(indicators.map((i) => [i.code, i]));
  const dimByCode = new Map(dimensions.map((d) => [d.code, d]));
  const quarterIndex = new Map(quarters.map((q, i) => [q, i]));
  const result: Breakdowns = new Map();
  const seen = new Map<string, number>();
  /** Group (indicator|unit|quarter|dimension) → sum of categories and first line. */
  const groups = new Map<string, { sum: number; line: number; ind: string; unit: string; q: number; dim: string }>();

  for (const row of table.rows) {
    const at = (field: string, message: string) => problems.push({ file: FILE, row: row.line, field, message });
    const [unit, period, indCode, dimCode, catCode] = ['unit', 'period', 'indicator', 'dimension', 'category'].map((c) => row.get(c)) as [string, string, string, string, string];
    const ind = indByCode.get(indCode);
    if (!ind) {
      at('indicator', `mã chỉ tiêu không tồn tại "${indCode.slice(0, 40)}"`);
      continue;
    }
    const dim = dimByCode.get(dimCode);
    if (!dim || !ind.disaggregations.includes(dimCode)) {
      at('dimension', `chỉ tiêu ${indCode} không có phân tổ "${dimCode.slice(0, 40)}"`);
      continue;
    }
    if (!dim.categories.some((c) => c.code === catCode)) {
      at('category', `phân tổ ${dimCode} không có nhóm "${catCode.slice(0, 40)}"`);
      continue;
    }
    const q = quarterIndex.get(period);
    if (q === undefined) {
      at('period', `kỳ "${period.slice(0, 20)}" không thuộc các quý của bộ dữ liệu`);
      continue;
    }
    const total = totals.get(indCode)?.get(unit)?.[q];
    if (total === undefined || total === null) {
      at('unit', `không có tổng báo cáo của ${indCode} cho đơn vị "${unit.slice(0, 40)}" kỳ ${period} trong reports.csv`);
      continue;
    }
    const key = [indCode, unit, period, dimCode, catCode].join('|');
    if (seen.has(key)) {
      at('category', `dòng trùng (đã có ở dòng ${seen.get(key)})`);
      continue;
    }
    seen.set(key, row.line);
    const value = readCount(row.get('value'), { file: FILE, row: row.line, field: 'value' }, problems, { integer: true });
    if (value === undefined || value === null) {
      if (value === null) at('value', 'thiếu giá trị');
      continue;
    }
    const series = getOrSet(getOrSet(getOrSet(getOrSet(result, indCode, () => new Map()), unit, () => new Map()), dimCode, () => new Map()), catCode, () =>
      quarters.map(() => null as number | null),
    );
    series[q] = value;
    const group = getOrSet(groups, [indCode, unit, q, dimCode].join('|'), () => ({ sum: 0, line: row.line, ind: indCode, unit, q, dim: dimCode }));
    group.sum += value;
  }

  for (const g of groups.values()) {
    const total = totals.get(g.ind)?.get(g.unit)?.[g.q] ?? null;
    if (total !== null && g.sum !== total) {
      problems.push({ file: FILE, row: g.line, field: 'value', message: `tổng các nhóm ${g.dim} của ${g.ind} tại ${g.unit} kỳ ${quarters[g.q]} là ${g.sum}, khác tổng báo cáo ${total}` });
    }
  }
  fillZeros(result, totals, groups, quarters, dimByCode);
  return result;
}

/** Where a dimension was given for a unit and quarter, categories not listed are zero. */
function fillZeros(
  result: Breakdowns,
  totals: Map<string, Map<string, QuarterValues>>,
  groups: Map<string, { ind: string; unit: string; q: number; dim: string }>,
  quarters: readonly string[],
  dimByCode: Map<string, Dimension>,
): void {
  for (const g of groups.values()) {
    const byCat = result.get(g.ind)?.get(g.unit)?.get(g.dim);
    const dim = dimByCode.get(g.dim);
    if (!byCat || !dim) continue;
    for (const cat of dim.categories) {
      const series = getOrSet(byCat, cat.code, () => quarters.map(() => null as number | null));
      if (series[g.q] === null) series[g.q] = 0;
    }
  }
  // A reported total of 0 means every category is 0 as well.
  for (const [ind, perUnit] of result) {
    for (const [unit, perDim] of perUnit) {
      const total = totals.get(ind)?.get(unit);
      if (!total) continue;
      for (const byCat of perDim.values()) {
        for (const series of byCat.values()) total.forEach((t, q) => t === 0 && series[q] === null && (series[q] = 0));
      }
    }
  }
}
