/**
 * Parses reorganisation-2025-07.csv: which new commune or ward each old one became on 1/7/2025
 * (every old commune lies wholly in one new one). Optional: a dataset without it simply has no
 * view under the new structure. Checked against units.csv: every old commune exactly once, by its
 * code and name, and one name per new code.
 */
import type { Unit } from '../../src/domain/units';
import type { DatasetProblem } from './dataset-error';
import { readTable } from './csv-table';

export const REORGANISATION_FILE = 'reorganisation-2025-07.csv';
export { REORGANISED_ON as REORGANISATION_DATE } from '../../src/domain/structure';

export interface NewUnit {
  code: string;
  name: string;
  /** The old communes it was made of, in file order. */
  from: string[];
}

export function parseReorganisation(text: string | undefined, units: ReadonlyMap<string, Unit>, root: string, problems: DatasetProblem[]): NewUnit[] | undefined {
  if (text === undefined) return undefined;
  const file = REORGANISATION_FILE;
  const table = readTable(file, text, ['old_code', 'old_name', 'new_code', 'new_name'], problems);
  if (!table) return undefined;
  const byCode = new Map<string, NewUnit>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const at = (field: string, message: string) => problems.push({ file, row: row.line, field, message });
    const oldCode = row.get('old_code');
    const old = units.get(oldCode);
    const newCode = row.get('new_code');
    const newName = row.get('new_name');
    if (!old) {
      at('old_code', `mã đơn vị không tồn tại "${oldCode.slice(0, 40)}"`);
      continue;
    }
    if (old.level !== 3) {
      at('old_code', `"${oldCode}" (${old.name}) không phải cấp xã`);
      continue;
    }
    if (row.get('old_name') !== old.name) at('old_name', `"${row.get('old_name').slice(0, 60)}" khác tên trong units.csv ("${old.name}")`);
    const earlier = seen.get(oldCode);
    if (earlier !== undefined) {
      at('old_code', `"${oldCode}" đã được sắp xếp ở dòng ${earlier}`);
      continue;
    }
    seen.set(oldCode, row.line);
    if (!/^\d{5}$/.test(newCode)) {
      at('new_code', `"${newCode.slice(0, 20)}" không phải mã xã 5 chữ số`);
      continue;
    }
    if (newName === '') {
      at('new_name', 'thiếu tên đơn vị mới');
      continue;
    }
    const unit = byCode.get(newCode);
    if (!unit) byCode.set(newCode, { code: newCode, name: newName, from: [oldCode] });
    else if (unit.name !== newName) at('new_name', `mã ${newCode} đã mang tên "${unit.name}"`);
    else unit.from.push(oldCode);
  }
  const communes = [...units.values()].filter((u) => u.level === 3 && isUnder(u, root, units));
  const missing = communes.filter((u) => !seen.has(u.code));
  if (missing.length) problems.push({ file, row: null, field: 'old_code', message: `chưa sắp xếp ${missing.length} xã: ${missing.slice(0, 5).map((u) => `${u.code} ${u.name}`).join(', ')}${missing.length > 5 ? '…' : ''}` });
  return [...byCode.values()];
}

function isUnder(unit: Unit, root: string, units: ReadonlyMap<string, Unit>): boolean {
  for (let u: Unit | undefined = unit; u; u = u.parentCode ? units.get(u.parentCode) : undefined) if (u.code === root) return true;
  return false;
}
