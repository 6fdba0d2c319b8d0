/**
 * The units of the territory after 1/7/2025: province Thái Nguyên's part that was Bắc Kạn, three
 * levels. The new communes and wards come from the reorganisation facts; each keeps the villages
 * and residential groups of the old communes it was made of, under new codes, renumbered where the
 * old names were only numbers.
 */
import { csvRecords } from '../../../src/domain/csv';
import { levelOfKind, type LevelDef, type LevelKind } from '../../../src/domain/levels';
import { compareStrings } from '../util';

/** The three levels of the structure after 1/7/2025. */
export const AFTER_LEVELS: readonly LevelDef[] = [
  { kind: 'province', name: { vi: 'Tỉnh', en: 'Province' }, plural: { vi: 'tỉnh', en: 'provinces' } },
  { kind: 'commune', name: { vi: 'Xã, phường', en: 'Commune, ward' }, plural: { vi: 'xã, phường', en: 'communes, wards' } },
  { kind: 'village', name: { vi: 'Thôn, tổ dân phố', en: 'Village, residential group' }, plural: { vi: 'thôn, tổ', en: 'villages' } },
];

/** A unit's kind of level and its depth in the structure after 1/7/2025. */
const placed = (kind: LevelKind) => ({ kind, level: levelOfKind(AFTER_LEVELS, kind)! });

export interface CrosswalkRow {
  oldCode: string;
  newCode: string;
  newName: string;
}

export interface OldUnit {
  code: string;
  name: string;
  parentCode: string;
  lat: string;
  lon: string;
  disadvantaged: boolean | null;
}

export interface NewUnit {
  code: string;
  name: string;
  type: string;
  /** Depth in the new structure (1 = province); the rules go by `kind`. */
  level: number;
  kind: LevelKind;
  parentCode: string;
  lat: string;
  lon: string;
  disadvantaged: boolean | null;
  /** The old unit it continues: the old communes of a new commune, the old village of a new one. */
  from: string[];
}

export const NEW_ROOT = { code: '19', name: 'Tỉnh Thái Nguyên – địa bàn tỉnh Bắc Kạn cũ' } as const;

export function readCrosswalk(csv: string): CrosswalkRow[] {
  return csvRecords(csv).map((r) => ({ oldCode: r.old_code ?? '', newCode: r.new_code ?? '', newName: r.new_name ?? '' }));
}

const GENERIC_NAME = /^(Thôn|Tổ|Bản) \d+$/;

function centre(olds: readonly OldUnit[]): { lat: string; lon: string } {
  const placed = olds.filter((o) => o.lat !== '' && o.lon !== '');
  if (!placed.length) return { lat: '', lon: '' };
  const mean = (pick: (o: OldUnit) => string) => (placed.reduce((acc, o) => acc + Number(pick(o)), 0) / placed.length).toFixed(5);
  return { lat: mean((o) => o.lat), lon: mean((o) => o.lon) };
}

export function buildNewUnits(crosswalk: readonly CrosswalkRow[], oldUnits: readonly OldUnit[]): NewUnit[] {
  const old = new Map(oldUnits.map((u) => [u.code, u]));
  const villagesOf = new Map<string, OldUnit[]>();
  for (const u of oldUnits) villagesOf.set(u.parentCode, [...(villagesOf.get(u.parentCode) ?? []), u]);
  const groups = new Map<string, CrosswalkRow[]>();
  for (const row of crosswalk) groups.set(row.newCode, [...(groups.get(row.newCode) ?? []), row]);

  const root: NewUnit = { ...NEW_ROOT, type: 'Tỉnh', ...placed('province'), parentCode: '', lat: '', lon: '', disadvantaged: null, from: [] };
  const communes: NewUnit[] = [];
  const villages: NewUnit[] = [];
  for (const [code, rows] of [...groups].sort(([a], [b]) => compareStrings(a, b))) {
    const olds = rows.map((r) => old.get(r.oldCode)).filter((u): u is OldUnit => u !== undefined);
    const name = rows[0]?.newName ?? code;
    const ward = name.startsWith('Phường');
    communes.push({
      code,
      name,
      type: ward ? 'Phường' : 'Xã',
      ...placed('commune'),
      parentCode: root.code,
      ...centre(olds),
      disadvantaged: null,
      from: olds.map((o) => o.code),
    });
    let n = 0;
    for (const o of olds) {
      for (const v of [...(villagesOf.get(o.code) ?? [])].sort((a, b) => compareStrings(a.code, b.code))) {
        n += 1;
        villages.push({
          code: `${code}.${String(n).padStart(2, '0')}`,
          name: GENERIC_NAME.test(v.name) ? `${ward ? 'Tổ' : 'Thôn'} ${n}` : v.name,
          type: ward ? 'Tổ dân phố' : 'Thôn',
          ...placed('village'),
          parentCode: code,
          lat: v.lat,
          lon: v.lon,
          disadvantaged: v.disadvantaged,
          from: [v.code],
        });
      }
    }
  }
  return [root, ...communes, ...villages];
}
