/** Checks the structure meta.json declares: its levels (kinds, order, depth) and its own unit types. */
import { LEVEL_KINDS, MAX_DEPTH, MIN_DEPTH, isKindAbove, type LevelDef } from '../../src/domain/levels';
import type { UnitTypeDef } from '../../src/domain/unit-types';
import type { DatasetProblem } from './dataset-error';

const FILE = 'meta.json';

export function checkLevels(levels: readonly LevelDef[], problems: DatasetProblem[]): void {
  const at = (field: string, message: string) => problems.push({ file: FILE, row: null, field, message });
  if (levels.length < MIN_DEPTH || levels.length > MAX_DEPTH) {
    at('levels', `cần từ ${MIN_DEPTH} đến ${MAX_DEPTH} cấp, có ${levels.length}`);
  }
  const seen = new Map<string, number>();
  levels.forEach((level, i) => {
    const earlier = seen.get(level.kind);
    if (earlier !== undefined) at(`levels.${i}.kind`, `loại cấp "${level.kind}" đã dùng ở cấp ${earlier + 1}; mỗi loại cấp chỉ dùng một lần`);
    else seen.set(level.kind, i);
    const above = levels[i - 1];
    if (above && earlier === undefined && !isKindAbove(above.kind, level.kind)) {
      at(`levels.${i}.kind`, `cấp "${level.kind}" không thể nằm dưới cấp "${above.kind}"; thứ tự từ trên xuống: ${LEVEL_KINDS.join(' → ')}`);
    }
  });
}

export function checkUnitTypes(types: readonly UnitTypeDef[], problems: DatasetProblem[]): void {
  const seen = new Set<string>();
  types.forEach((type, i) => {
    if (seen.has(type.name)) problems.push({ file: FILE, row: null, field: `unitTypes.${i}.name`, message: `loại đơn vị "${type.name}" khai báo hai lần` });
    seen.add(type.name);
  });
}
