/**
 * The synthetic country hierarchy: one national root (level 1), provinces (level 2, the slot the
 * district level had before July 2025), communes (level 3) and villages (level 4).
 */
import { Random } from './random';

export const FULL_SIZE = { provinces: 34, communes: 3300, villages: 100_000 } as const;

export interface GenUnit {
  code: string;
  name: string;
  type: string;
  level: 1 | 2 | 3 | 4;
  parent: string | null;
  lat: number | null;
  lon: number | null;
  areaClass: 'I' | 'II' | 'III' | null;
  disadvantaged: boolean | null;
  /** Index of the unit's province (for ethnic mix and targets); -1 for the root. */
  province: number;
}

export interface CountryUnits {
  root: GenUnit;
  provinces: GenUnit[];
  communes: GenUnit[];
  villages: GenUnit[];
}

const SYLLABLES = ['Tân', 'Hòa', 'Đồng', 'Nà', 'Khuổi', 'Pác', 'Phiêng', 'Nậm', 'Cốc', 'Bản', 'Thượng', 'Hạ', 'Vĩnh', 'Phú', 'Lũng', 'Quang', 'Thành', 'Xuân', 'Yên', 'Bình'];

export function sizesAt(scale: number): { provinces: number; communes: number; villages: number } {
  const communes = Math.max(1, Math.round(FULL_SIZE.communes * scale));
  return {
    provinces: Math.min(communes, Math.max(1, Math.round(FULL_SIZE.provinces * scale))),
    communes,
    villages: Math.max(communes, Math.round(FULL_SIZE.villages * scale)),
  };
}

/** Splits `total` items into `parts` groups of uneven but positive size (exactly `total` in all). */
function unevenSplit(total: number, parts: number, rng: Random): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const sizes: number[] = [];
  let cumulative = 0;
  let previous = 0;
  for (const w of weights) {
    cumulative += w;
    const edge = Math.round((total * cumulative) / sum);
    sizes.push(edge - previous);
    previous = edge;
  }
  // Every group gets at least one item: borrow from the largest.
  for (let i = 0; i < sizes.length; i++) {
    while (sizes[i]! < 1) {
      const largest = sizes.indexOf(Math.max(...sizes));
      sizes[largest]! -= 1;
      sizes[i]! += 1;
    }
  }
  return sizes;
}

const name = (rng: Random, prefix: string, n: number) => `${prefix} ${rng.pick(SYLLABLES)} ${rng.pick(SYLLABLES)} ${n}`;

export function buildCountryUnits(scale: number, rng: Random): CountryUnits {
  const size = sizesAt(scale);
  const base = { lat: null, lon: null, areaClass: null, disadvantaged: null } as const;
  const root: GenUnit = { ...base, code: 'VN', name: 'Toàn quốc (dữ liệu tổng hợp)', type: 'Tỉnh', level: 1, parent: null, province: -1 };
  const provinces: GenUnit[] = [];
  const communes: GenUnit[] = [];
  const villages: GenUnit[] = [];
  const communesPer = unevenSplit(size.communes, size.provinces, rng);
  const villagesPer = unevenSplit(size.villages, size.communes, rng);
  for (let p = 0; p < size.provinces; p++) {
    const code = String(p + 1).padStart(2, '0');
    provinces.push({ ...base, code, name: `Tỉnh ${rng.pick(SYLLABLES)} ${p + 1}`, type: 'Tỉnh', level: 2, parent: root.code, province: p });
    const lat0 = 9 + rng.next() * 13.5;
    const lon0 = 103 + rng.next() * 6;
    for (let c = 0; c < communesPer[p]!; c++) {
      const n = communes.length + 1;
      const commune: GenUnit = {
        code: String(n).padStart(5, '0'),
        name: name(rng, rng.chance(0.15) ? 'Phường' : 'Xã', n),
        type: 'Xã',
        level: 3,
        parent: code,
        lat: round5(lat0 + rng.next() * 0.8),
        lon: round5(lon0 + rng.next() * 0.8),
        areaClass: rng.pick(['I', 'II', 'III', 'III'] as const),
        disadvantaged: null,
        province: p,
      };
      if (commune.name.startsWith('Phường')) commune.type = 'Phường';
      communes.push(commune);
      const count = villagesPer[communes.length - 1]!;
      for (let v = 0; v < count; v++) {
        villages.push({
          ...base,
          code: `${commune.code}.${String(v + 1).padStart(2, '0')}`,
          name: `${commune.type === 'Phường' ? 'Tổ' : 'Thôn'} ${v + 1}`,
          type: commune.type === 'Phường' ? 'Tổ dân phố' : 'Thôn',
          level: 4,
          parent: commune.code,
          lat: round5(commune.lat! + (rng.next() - 0.5) * 0.05),
          lon: round5(commune.lon! + (rng.next() - 0.5) * 0.05),
          disadvantaged: commune.areaClass === 'III' ? rng.chance(0.6) : rng.chance(0.1),
          province: p,
        });
      }
    }
  }
  return { root, provinces, communes, villages };
}

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;
