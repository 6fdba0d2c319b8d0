/** Parses reports.csv (one row per reporting leaf unit and quarter, one column per indicator). */
import type { Indicator } from '../../src/domain/indicators';
import type { Unit } from '../../src/domain/units';
import type { DatasetProblem } from './dataset-error';
import type { QuarterValues } from './dataset';
import { readCount, readTable } from './csv-table';

const FILE = 'reports.csv';

export interface ParsedReports {
  /** indicator → unit → quarterly values. */
  values: Map<string, Map<string, QuarterValues>>;
  /** "unit|quarterIndex" → CSV line, to point back at a row. */
  lines: Map<string, number>;
}

export function parseReports(
  text: string | undefined,
  units: ReadonlyMap<string, Unit>,
  indicators: readonly Indicator[],
  quarters: readonly string[],
  problems: DatasetProblem[],
): ParsedReports | undefined {
  const table = readTable(FILE, text, ['unit', 'period'], problems);
  if (!table) return undefined;
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const columns = table.header.filter((h) => h !== 'unit' && h !== 'period');
  for (const column of columns) {
    const ind = byCode.get(column);
    if (!ind) problems.push({ file: FILE, row: 1, field: column, message: 'cột không phải mã chỉ tiêu trong danh mục' });
    else if (ind.kind === 'rate') problems.push({ file: FILE, row: 1, field: column, message: 'chỉ tiêu tỷ lệ được tính từ tử số và mẫu số, không nhập trực tiếp' });
  }
  const quarterIndex = new Map(quarters.map((q, i) => [q, i]));
  const values = new Map<string, Map<string, QuarterValues>>();
  const lines = new Map<string, number>();
  for (const row of table.rows) {
    const unitCode = row.get('unit');
    const unit = units.get(unitCode);
    if (!unit) {
      problems.push({ file: FILE, row: row.line, field: 'unit', message: `mã đơn vị không tồn tại "${unitCode.slice(0, 40)}"` });
      continue;
    }
    const q = quarterIndex.get(row.get('period'));
    if (q === undefined) {
      problems.push({ file: FILE, row: row.line, field: 'period', message: `kỳ "${row.get('period').slice(0, 20)}" không thuộc các quý ${quarters[0]}–${quarters[quarters.length - 1]}` });
      continue;
    }
    const key = `${unitCode}|${q}`;
    const earlier = lines.get(key);
    if (earlier !== undefined) {
      problems.push({ file: FILE, row: row.line, field: 'unit', message: `dòng trùng: ${unitCode} kỳ ${row.get('period')} đã có ở dòng ${earlier}` });
      continue;
    }
    lines.set(key, row.line);
    for (const column of columns) {
      const ind = byCode.get(column);
      if (!ind || ind.kind === 'rate') continue;
      const where = { file: FILE, row: row.line, field: column };
      const value = readCount(row.get(column), where, problems, { integer: ind.area !== 'FIN' });
      if (value === undefined || value === null) continue;
      if (unit.level !== ind.reportLevel) {
        problems.push({ ...where, message: `chỉ tiêu được báo cáo ở cấp ${ind.reportLevel}, đơn vị ${unitCode} ở cấp ${unit.level}` });
        continue;
      }
      let perUnit = values.get(column);
      if (!perUnit) values.set(column, (perUnit = new Map()));
      let series = perUnit.get(unitCode);
      if (!series) perUnit.set(unitCode, (series = quarters.map(() => null)));
      series[q] = value;
    }
  }
  checkRates(indicators, values, lines, quarters, problems);
  return { values, lines };
}

/**
 * A rate's numerator may not exceed its denominator: per quarter for stocks, and cumulatively
 * (up to each quarter) for flows, where a quarter may disburse what an earlier one allocated.
 */
function checkRates(
  indicators: readonly Indicator[],
  values: Map<string, Map<string, QuarterValues>>,
  lines: Map<string, number>,
  quarters: readonly string[],
  problems: DatasetProblem[],
): void {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  for (const rate of indicators) {
    if (rate.kind !== 'rate' || !rate.numerator || !rate.denominator) continue;
    const cumulative = byCode.get(rate.numerator)?.kind !== 'stock';
    const nums = values.get(rate.numerator);
    const dens = values.get(rate.denominator);
    if (!nums) continue;
    for (const [unit, num] of nums) {
      const den = dens?.get(unit);
      let sumNum = 0;
      let sumDen = 0;
      for (let q = 0; q < quarters.length; q++) {
        const n = num[q] ?? null;
        const d = den?.[q] ?? null;
        sumNum = cumulative ? sumNum + (n ?? 0) : (n ?? 0);
        sumDen = cumulative ? sumDen + (d ?? 0) : (d ?? 0);
        if (n !== null && (cumulative || d !== null) && sumNum > sumDen + 1e-9) {
          problems.push({
            file: FILE,
            row: lines.get(`${unit}|${q}`) ?? null,
            field: rate.numerator,
            message: `tử số ${rate.numerator} (${sumNum}) lớn hơn mẫu số ${rate.denominator} (${sumDen})${cumulative ? ' tính luỹ kế' : ''} của ${rate.code}`,
          });
          break;
        }
      }
    }
  }
}
