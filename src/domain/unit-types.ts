/**
 * Official types of administrative units and residential communities, with the kinds of level
 * each may appear at. A dataset adds its own in meta.json (`unitTypes`).
 */
import type { LevelKind } from './levels';

export interface UnitTypeDef {
  /** As written in units.csv, e.g. "Tổ dân phố". */
  name: string;
  kinds: readonly LevelKind[];
}

export const BUILT_IN_UNIT_TYPES: readonly UnitTypeDef[] = [
  { name: 'Tỉnh', kinds: ['province'] },
  { name: 'Thành phố', kinds: ['province', 'district'] },
  { name: 'Huyện', kinds: ['district'] },
  { name: 'Thị xã', kinds: ['district'] },
  { name: 'Quận', kinds: ['district'] },
  { name: 'Xã', kinds: ['commune'] },
  { name: 'Phường', kinds: ['commune'] },
  { name: 'Thị trấn', kinds: ['commune'] },
  { name: 'Đặc khu', kinds: ['commune'] },
  { name: 'Thôn', kinds: ['village'] },
  { name: 'Xóm', kinds: ['village'] },
  { name: 'Bản', kinds: ['village'] },
  { name: 'Làng', kinds: ['village'] },
  { name: 'Ấp', kinds: ['village'] },
  { name: 'Buôn', kinds: ['village'] },
  { name: 'Bon', kinds: ['village'] },
  { name: 'Plei', kinds: ['village'] },
  { name: 'Sóc', kinds: ['village'] },
  { name: 'Phum', kinds: ['village'] },
  { name: 'Khóm', kinds: ['village'] },
  { name: 'Khu phố', kinds: ['village'] },
  { name: 'Khu', kinds: ['village'] },
  { name: 'Khối', kinds: ['village'] },
  { name: 'Tiểu khu', kinds: ['village'] },
  { name: 'Tổ dân phố', kinds: ['village'] },
  { name: 'Tổ', kinds: ['village', 'group'] },
  { name: 'Tổ tự quản', kinds: ['group'] },
  { name: 'Cụm dân cư', kinds: ['group'] },
];

/** The built-in types plus a dataset's own; a dataset entry with a built-in name replaces it. */
export function unitTypeCatalogue(extra: readonly UnitTypeDef[] = []): UnitTypeDef[] {
  const own = new Set(extra.map((t) => t.name));
  return [...BUILT_IN_UNIT_TYPES.filter((t) => !own.has(t.name)), ...extra];
}

/** The type names allowed at a kind of level, in catalogue order. */
export function typesAllowedAt(catalogue: readonly UnitTypeDef[], kind: LevelKind): string[] {
  return catalogue.filter((t) => t.kinds.includes(kind)).map((t) => t.name);
}
