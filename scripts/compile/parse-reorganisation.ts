/**
 * Parses a reorganisation's crosswalk file: which new commune or ward each old one became part of
 * (every old commune lies wholly in one new one). Checked against the old structure's units: every
 * old commune exactly once, by its code and name, one name per new code; and, when the dataset has
 * the structure after the reorganisation, against its units: every new code one of its communes.
 */
import type { Unit } from '../../src/domain/units';
import type { DatasetProblem } from './dataset-error';
import { readTable } from './csv-table';

export interface NewUnit {
  code: string;
  name: string;
  /** The old communes it was made of, in file order. */
  from: string[];
}

export interface CrosswalkInput {
  file: string;
  text: string | undefined;
  /** The structure before: its units, root and communes. */
  old: { units: ReadonlyMap<string, Unit>; root: string; isCommune: (u: Unit) => boolean };
  /** The structure after, when the dataset has it: its units file (for messages) and communes. */
  next?: { unitsFile: string; units: ReadonlyMap<string, Unit>; isCommune: (u: Unit) => boolean } | undefined;
}

const CODE_RE = /^[0-9A-Za-z._-]{1,32}$/;

export function parseReorganisation({ file, text, old: before, next }: CrosswalkInput, problems: DatasetProblem[]): NewUnit[] | undefined {
  if (text === undefined) return undefined;
  const table = readTable(file, text, ['old_code', 'old_name', 'new_code', 'new_name'], problems);
  if (!table) return undefined;
  const byCode = new Map<string, NewUnit>();
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const at = (field: string, message: string) => problems.push({ file, row: row.line, field, message });
    const oldCode = row.get('old_code');
    const old = before.units.get(oldCode);
    const newCode = row.get('new_code');
    const newName = row.get('new_name');
    if (!old) {
      at('old_code', `mã đơn vị không tồn tại "${oldCode.slice(0, 40)}"`);
      continue;
    }
    if (!before.isCommune(old)) {
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
    if (!CODE_RE.test(newCode)) {
      at('new_code', `"${newCode.slice(0, 20)}" không phải mã đơn vị hợp lệ`);
      continue;
    }
    if (newName === '') {
      at('new_name', 'thiếu tên đơn vị mới');
      continue;
    }
    if (next && !knownNewCommune(next, newCode, newName, at)) continue;
    const unit = byCode.get(newCode);
    if (!unit) byCode.set(newCode, { code: newCode, name: newName, from: [oldCode] });
    else if (unit.name !== newName) at('new_name', `mã ${newCode} đã mang tên "${unit.name}"`);
    else unit.from.push(oldCode);
  }
  const communes = [...before.units.values()].filter((u) => before.isCommune(u) && isUnder(u, before.root, before.units));
  const missing = communes.filter((u) => !seen.has(u.code));
  if (missing.length)
    problems.push({
      file,
      row: null,
      field: 'old_code',
      message: `chưa sắp xếp ${missing.length} xã: ${missing
        .slice(0, 5)
        .map((u) => `${u.code} ${u.name}`)
        .join(', ')}${missing.length > 5 ? '…' : ''}`,
    });
  return [...byCode.values()];
}

function knownNewCommune(next: NonNullable<CrosswalkInput['next']>, code: string, name: string, at: (field: string, message: string) => void): boolean {
  const unit = next.units.get(code);
  if (!unit) {
    at('new_code', `đơn vị mới "${code}" không có trong ${next.unitsFile}`);
    return false;
  }
  if (!next.isCommune(unit)) {
    at('new_code', `"${code}" (${unit.name}) trong ${next.unitsFile} không phải cấp xã`);
    return false;
  }
  if (unit.name !== name) at('new_name', `"${name.slice(0, 60)}" khác tên trong ${next.unitsFile} ("${unit.name}")`);
  return true;
}

function isUnder(unit: Unit, root: string, units: ReadonlyMap<string, Unit>): boolean {
  for (let u: Unit | undefined = unit; u; u = u.parentCode ? units.get(u.parentCode) : undefined) if (u.code === root) return true;
  return false;
}
