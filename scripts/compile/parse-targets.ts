/** Parses targets.csv (annual and phase targets) and baselines.csv (base-year values). */
import type { Indicator } from '../../src/domain/indicators';
import type { Unit } from '../../src/domain/units';
import type { DatasetProblem } from './dataset-error';
import { readCount, readTable } from './csv-table';

type Nested = Map<string, Map<string, Map<string, number>>>;

function parseKeyed(
  file: string,
  keyColumn: 'period' | 'year',
  validKey: (key: string) => boolean,
  keyHint: string,
  text: string | undefined,
  units: ReadonlyMap<string, Unit>,
  indicators: ReadonlyMap<string, Indicator>,
  problems: DatasetProblem[],
): Nested | undefined {
  const table = readTable(file, text, ['unit', 'indicator', keyColumn, 'value'], problems);
  if (!table) return undefined;
  const out: Nested = new Map();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const at = (field: string, message: string) => problems.push({ file, row: row.line, field, message });
    const unit = row.get('unit');
    const ind = row.get('indicator');
    const key = row.get(keyColumn);
    if (!units.has(unit)) {
      at('unit', `mã đơn vị không tồn tại "${unit.slice(0, 40)}"`);
      continue;
    }
    if (!indicators.has(ind)) {
      at('indicator', `mã chỉ tiêu không tồn tại "${ind.slice(0, 40)}"`);
      continue;
    }
    if (!validKey(key)) {
      at(keyColumn, `"${key.slice(0, 20)}" không hợp lệ (${keyHint})`);
      continue;
    }
    const id = `${unit}|${ind}|${key}`;
    if (seen.has(id)) {
      at(keyColumn, `dòng trùng (đã có ở dòng ${seen.get(id)})`);
      continue;
    }
    seen.set(id, row.line);
    const value = readCount(row.get('value'), file, row.line, 'value', problems, false);
    if (value === undefined) continue;
    if (value === null) {
      at('value', 'thiếu giá trị');
      continue;
    }
    let perInd = out.get(unit);
    if (!perInd) out.set(unit, (perInd = new Map()));
    let perKey = perInd.get(ind);
    if (!perKey) perInd.set(ind, (perKey = new Map()));
    perKey.set(key, value);
  }
  return out;
}

/** Targets are keyed by a year ("2023") or by the code of a phase meta.json declares ("2021-2025"). */
export function parseTargets(
  text: string | undefined,
  units: ReadonlyMap<string, Unit>,
  indicators: ReadonlyMap<string, Indicator>,
  phaseCodes: readonly string[],
  problems: DatasetProblem[],
) {
  const hint = `năm dạng 2023 hoặc mã một giai đoạn khai báo trong meta.json (${phaseCodes.map((c) => `"${c}"`).join(', ')})`;
  return parseKeyed('targets.csv', 'period', (k) => phaseCodes.includes(k) || /^20\d{2}$/.test(k), hint, text, units, indicators, problems);
}

export function parseBaselines(
  text: string | undefined,
  units: ReadonlyMap<string, Unit>,
  indicators: ReadonlyMap<string, Indicator>,
  problems: DatasetProblem[],
) {
  return parseKeyed('baselines.csv', 'year', (k) => /^20\d{2}$/.test(k), 'năm dạng 2021', text, units, indicators, problems);
}
