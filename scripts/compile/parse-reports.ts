/** Parses reports.csv (one row per reporting leaf unit and quarter, one column per indicator). */
import { isMoney, type Indicator } from '../../src/domain/indicators';
import { levelByKind, levelKind, type LevelDef } from '../../src/domain/levels';
import { firstRateExcess } from '../../src/domain/rate-bounds';
import type { Unit } from '../../src/domain/units';
import type { DatasetProblem } from './dataset-error';
import { QuarterColumns, UnitSeries } from './series-store';
import { readCount } from './csv-table';
import { streamTable } from './csv-stream';
import type { FileText } from './text-parts';

const FILE = 'reports.csv';

export interface ParsedReports {
  /** indicator → the reporting units' quarterly values. */
  values: Map<string, UnitSeries>;
  /** The CSV line of a unit's row for a quarter, to point back at it. */
  lineOf(unit: string, quarter: number): number | undefined;
}

/**
 * Streams the rows (a country has millions): line numbers live in one typed array per unit
 * rather than in a map keyed by "unit|quarter" strings.
 */
export function parseReports(
  text: FileText | undefined,
  units: ReadonlyMap<string, Unit>,
  levels: readonly LevelDef[],
  indicators: readonly Indicator[],
  quarters: readonly string[],
  problems: DatasetProblem[],
): ParsedReports | undefined {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const quarterIndex = new Map(quarters.map((q, i) => [q, i]));
  const values = new Map<string, UnitSeries>();
  // Each kind of reporting unit numbers its units once; the indicators it reports share the numbers.
  const rowsByKind = new Map<string, Map<string, number>>();
  const rowsOf = (kind: string) => {
    let rows = rowsByKind.get(kind);
    if (!rows) {
      rows = new Map();
      for (const u of units.values()) if (levelKind(levels, u.level) === kind) rows.set(u.code, rows.size);
      rowsByKind.set(kind, rows);
    }
    return rows;
  };
  const lines = new Map<string, Int32Array>();
  let unitAt = 0;
  let periodAt = 0;
  let columns: { index: number; code: string; ind: Indicator | undefined; integer: boolean; store?: UnitSeries }[] = [];
  const table = streamTable(
    FILE,
    text,
    ['unit', 'period'],
    problems,
    ({ header, position }) => {
      unitAt = position.get('unit')!;
      periodAt = position.get('period')!;
      // Like readTable's get(): a repeated column name reads its last cell.
      columns = header.flatMap((h) => {
        if (h === 'unit' || h === 'period') return [];
        const ind = byCode.get(h);
        return [{ index: position.get(h)!, code: h, ind, integer: ind ? !isMoney(ind) : true }];
      });
      for (const { code: column, ind } of columns) {
        if (!ind) problems.push({ file: FILE, row: 1, field: column, message: 'cột không phải mã chỉ tiêu trong danh mục' });
        else if (ind.kind === 'rate')
          problems.push({ file: FILE, row: 1, field: column, message: 'chỉ tiêu tỷ lệ được tính từ tử số và mẫu số, không nhập trực tiếp' });
      }
    },
    (cells, line) => {
      const unitCode = cells[unitAt]!.trim();
      const unit = units.get(unitCode);
      if (!unit) {
        problems.push({ file: FILE, row: line, field: 'unit', message: `mã đơn vị không tồn tại "${unitCode.slice(0, 40)}"` });
        return;
      }
      const period = cells[periodAt]!.trim();
      const q = quarterIndex.get(period);
      if (q === undefined) {
        problems.push({
          file: FILE,
          row: line,
          field: 'period',
          message: `kỳ "${period.slice(0, 20)}" không thuộc các quý ${quarters[0]}–${quarters[quarters.length - 1]}`,
        });
        return;
      }
      let unitLines = lines.get(unitCode);
      if (!unitLines) lines.set(unitCode, (unitLines = new Int32Array(quarters.length)));
      const earlier = unitLines[q]!;
      if (earlier !== 0) {
        problems.push({ file: FILE, row: line, field: 'unit', message: `dòng trùng: ${unitCode} kỳ ${period} đã có ở dòng ${earlier}` });
        return;
      }
      unitLines[q] = line;
      for (const column of columns) {
        const ind = column.ind;
        if (!ind || ind.kind === 'rate') continue;
        const value = readCount(cells[column.index]!.trim(), FILE, line, column.code, problems, column.integer);
        if (value === undefined || value === null) continue;
        if (levelKind(levels, unit.level) !== ind.reportKind) {
          const reporters = levelByKind(levels, ind.reportKind)?.plural.vi ?? ind.reportKind;
          problems.push({
            file: FILE,
            row: line,
            field: column.code,
            message: `chỉ tiêu do ${reporters} báo cáo (${ind.reportKind}), đơn vị ${unitCode} ở cấp ${unit.level} (${levelKind(levels, unit.level) ?? '?'})`,
          });
          continue;
        }
        let store = column.store;
        if (!store) {
          store = values.get(column.code);
          if (!store) {
            const rows = rowsOf(ind.reportKind);
            values.set(column.code, (store = new UnitSeries(rows, new QuarterColumns(rows.size, quarters.length, !isMoney(ind)))));
          }
          column.store = store;
        }
        store.columns.set(store.rows.get(unitCode)!, q, value);
      }
    },
  );
  if (!table) return undefined;
  const lineOf = (unit: string, q: number) => {
    const line = lines.get(unit)?.[q];
    return line ? line : undefined;
  };
  checkRates(indicators, values, lineOf, problems);
  return { values, lineOf };
}

/** A rate's numerator may not exceed its denominator (src/domain/rate-bounds.ts). */
function checkRates(indicators: readonly Indicator[], values: Map<string, UnitSeries>, lineOf: ParsedReports['lineOf'], problems: DatasetProblem[]): void {
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  for (const rate of indicators) {
    if (rate.kind !== 'rate' || !rate.numerator || !rate.denominator) continue;
    const cumulative = byCode.get(rate.numerator)?.kind !== 'stock';
    const nums = values.get(rate.numerator);
    const dens = values.get(rate.denominator);
    if (!nums) continue;
    for (const [unit, row] of nums.rows) {
      const excess = firstRateExcess(nums.columns.series(row), dens?.series(unit) ?? [], cumulative);
      if (!excess) continue;
      problems.push({
        file: FILE,
        row: lineOf(unit, excess.quarter) ?? null,
        field: rate.numerator,
        message: `tử số ${rate.numerator} (${excess.numerator}) lớn hơn mẫu số ${rate.denominator} (${excess.denominator})${cumulative ? ' tính luỹ kế' : ''} của ${rate.code}`,
      });
    }
  }
}
