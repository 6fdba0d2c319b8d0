/** Parses units.csv: the administrative hierarchy with codes, names, types, levels and validity. */
import { levelKind, type LevelDef } from '../../src/domain/levels';
import { isCalendarDate } from '../../src/domain/text-checks';
import { typesAllowedAt, unitTypeCatalogue, type UnitTypeDef } from '../../src/domain/unit-types';
import type { AreaClass, Unit } from '../../src/domain/units';
import type { DatasetProblem } from './dataset-error';
import { readTable } from './csv-table';

const FILE = 'units.csv';
const COLUMNS = ['code', 'name', 'type', 'level', 'parent_code', 'lat', 'lon', 'area_class', 'disadvantaged', 'valid_from', 'valid_to'];
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** The structure meta.json declares; without it (a broken meta.json) levels and types go unchecked. */
export interface DeclaredStructure {
  levels: readonly LevelDef[];
  unitTypes: readonly UnitTypeDef[];
}

export function parseUnits(text: string | undefined, structure: DeclaredStructure | undefined, problems: DatasetProblem[]): Unit[] | undefined {
  const types = unitTypeCatalogue(structure?.unitTypes);
  const table = readTable(FILE, text, COLUMNS, problems);
  if (!table) return undefined;
  const units: Unit[] = [];
  const seen = new Map<string, number>();
  for (const row of table.rows) {
    const at = (field: string, message: string) => problems.push({ file: FILE, row: row.line, field, message });
    const code = row.get('code');
    const name = row.get('name');
    if (!/^[0-9A-Za-z._-]{1,32}$/.test(code)) {
      at('code', `mã đơn vị "${code.slice(0, 40)}" không hợp lệ`);
      continue;
    }
    if (seen.has(code)) {
      at('code', `mã đơn vị ${code} bị trùng (đã có ở dòng ${seen.get(code)})`);
      continue;
    }
    seen.set(code, row.line);
    if (name === '' || name.length > 200) at('name', 'tên đơn vị trống hoặc dài quá 200 ký tự');
    const type = row.get('type');
    const level = Number(row.get('level'));
    if (structure) {
      const kind = Number.isInteger(level) ? levelKind(structure.levels, level) : undefined;
      if (kind === undefined) {
        at('level', `cấp "${row.get('level').slice(0, 20)}" không được khai báo trong meta.json (levels): cấp phải từ 1 đến ${structure.levels.length}`);
      } else if (!typesAllowedAt(types, kind).includes(type)) {
        at(
          'type',
          `loại đơn vị "${type.slice(0, 40)}" không dùng được ở cấp ${level} (${kind}); các loại được phép: ${typesAllowedAt(types, kind).join(', ')} (thêm loại riêng trong meta.json, mục unitTypes)`,
        );
      }
    }
    const coord = (field: 'lat' | 'lon', min: number, max: number): number | null => {
      const raw = row.get(field);
      if (raw === '') return null;
      const v = Number(raw);
      if (!Number.isFinite(v) || v < min || v > max) {
        at(field, `toạ độ "${raw}" không hợp lệ`);
        return null;
      }
      return v;
    };
    const areaClass = row.get('area_class');
    if (areaClass !== '' && !['I', 'II', 'III'].includes(areaClass)) at('area_class', `khu vực "${areaClass}" phải là I, II hoặc III`);
    const disadvantaged = row.get('disadvantaged');
    if (!['', '0', '1'].includes(disadvantaged)) at('disadvantaged', `giá trị "${disadvantaged}" phải là 0 hoặc 1`);
    for (const field of ['valid_from', 'valid_to']) {
      const v = row.get(field);
      if (v !== '' && !DATE_RE.test(v)) at(field, `ngày "${v}" phải có dạng YYYY-MM-DD`);
      else if (v !== '' && !isCalendarDate(v)) at(field, `ngày "${v}" không có trong lịch`);
    }
    units.push({
      code,
      name,
      type,
      level,
      parentCode: row.get('parent_code') || null,
      lat: coord('lat', -90, 90),
      lon: coord('lon', -180, 180),
      areaClass: (areaClass || null) as AreaClass | null,
      disadvantaged: disadvantaged === '' ? null : disadvantaged === '1',
      validFrom: row.get('valid_from') || null,
      validTo: row.get('valid_to') || null,
    });
  }
  checkHierarchy(units, seen, problems);
  return units;
}

function checkHierarchy(units: Unit[], lines: Map<string, number>, problems: DatasetProblem[]): void {
  const byCode = new Map(units.map((u) => [u.code, u]));
  const roots = units.filter((u) => u.parentCode === null);
  if (roots.length !== 1)
    problems.push({ file: FILE, row: null, field: 'parent_code', message: `cần đúng một đơn vị gốc (không có đơn vị cha), có ${roots.length}` });
  for (const unit of units) {
    if (unit.parentCode === null) continue;
    const parent = byCode.get(unit.parentCode);
    const row = lines.get(unit.code) ?? null;
    if (!parent) problems.push({ file: FILE, row, field: 'parent_code', message: `đơn vị cha "${unit.parentCode}" không tồn tại` });
    else if (parent.level !== unit.level - 1) {
      problems.push({ file: FILE, row, field: 'level', message: `cấp ${unit.level} không khớp với đơn vị cha ${parent.code} (cấp ${parent.level})` });
    }
  }
}
