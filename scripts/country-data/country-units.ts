/**
 * The synthetic country hierarchy in the structure in force from 1/7/2025: one national root
 * (level 1), provinces (level 2, the slot the district level had before July 2025), communes,
 * wards and special zones (level 3) and villages and residential groups (level 4).
 */
import { Random } from './random';

/**
 * At scale 1: 34 provinces, 3,300 communes, wards and special zones, and 60,000 villages and
 * residential groups, the lower end of the 60,000–100,000 a country has. With 100,000 villages and
 * 40 indicators over 2021–2030, disaggregations.csv reaches 780 MB: more than the longest string
 * Node can hold (about 512 MB), which the compile's whole-file reading cannot open (bench/README.md).
 */
export const FULL_SIZE = { provinces: 34, communes: 3300, villages: 60_000 } as const;

export interface GenUnit {
  code: string;
  name: string;
  type: string;
  level: number;
  parent: string | null;
  lat: number | null;
  lon: number | null;
  areaClass: 'I' | 'II' | 'III' | null;
  disadvantaged: boolean | null;
  /** Index of the unit's province (for ethnic mix and targets); -1 for the root. */
  province: number;
  /** Provinces and communes: their rectangle [west, south, east, north] in degrees. */
  box?: [number, number, number, number];
}

export interface CountryUnits {
  root: GenUnit;
  provinces: GenUnit[];
  communes: GenUnit[];
  villages: GenUnit[];
}

const SYLLABLES = [
  'Tân',
  'Hòa',
  'Đồng',
  'Nà',
  'Khuổi',
  'Pác',
  'Phiêng',
  'Nậm',
  'Cốc',
  'Bản',
  'Thượng',
  'Hạ',
  'Vĩnh',
  'Phú',
  'Lũng',
  'Quang',
  'Thành',
  'Xuân',
  'Yên',
  'Bình',
];

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

/** Splits a box into `n` cells: columns of (nearly) equal counts, each column split into rows. */
function tile(box: [number, number, number, number], n: number): [number, number, number, number][] {
  const [w, south, e, north] = box;
  const cols = Math.max(1, Math.round(Math.sqrt(n)));
  const cells: [number, number, number, number][] = [];
  for (let c = 0; c < cols; c++) {
    const inCol = Math.floor(n / cols) + (c < n % cols ? 1 : 0);
    const x0 = w + ((e - w) * c) / cols;
    const x1 = w + ((e - w) * (c + 1)) / cols;
    for (let r = 0; r < inCol; r++)
      cells.push([round5(x0), round5(south + ((north - south) * r) / inCol), round5(x1), round5(south + ((north - south) * (r + 1)) / inCol)]);
  }
  return cells;
}

/** Provinces on a 6-column grid over 102.5–109.5 °E, 8.5–23 °N; communes tile their province; villages lie inside their commune. */
export function buildCountryUnits(scale: number, rng: Random): CountryUnits {
  const size = sizesAt(scale);
  const base = { lat: null, lon: null, areaClass: null, disadvantaged: null } as const;
  const root: GenUnit = { ...base, code: 'VN', name: 'Toàn quốc (dữ liệu tổng hợp)', type: 'Tỉnh', level: 1, parent: null, province: -1 };
  const provinces: GenUnit[] = [];
  const communes: GenUnit[] = [];
  const villages: GenUnit[] = [];
  const communesPer = unevenSplit(size.communes, size.provinces, rng);
  const villagesPer = unevenSplit(size.villages, size.communes, rng);
  const gridCols = Math.min(6, size.provinces);
  const gridRows = Math.ceil(size.provinces / gridCols);
  const cellW = 7 / gridCols;
  const cellH = 14.5 / gridRows;
  for (let p = 0; p < size.provinces; p++) {
    const code = String(p + 1).padStart(2, '0');
    const x = 102.5 + (p % gridCols) * cellW;
    const y = 8.5 + Math.floor(p / gridCols) * cellH;
    const box: [number, number, number, number] = [round5(x), round5(y), round5(x + cellW), round5(y + cellH)];
    provinces.push({ ...base, code, name: `Tỉnh ${rng.pick(SYLLABLES)} ${p + 1}`, type: 'Tỉnh', level: 2, parent: root.code, province: p, box });
    for (const cell of tile(box, communesPer[p]!)) {
      const n = communes.length + 1;
      const ward = rng.chance(0.15);
      // A few island communes are special zones (đặc khu), as 13 are since 1/7/2025.
      const type = ward ? 'Phường' : rng.chance(0.004) ? 'Đặc khu' : 'Xã';
      const commune: GenUnit = {
        code: String(n).padStart(5, '0'),
        name: name(rng, type, n),
        type,
        level: 3,
        parent: code,
        lat: round5((cell[1] + cell[3]) / 2),
        lon: round5((cell[0] + cell[2]) / 2),
        areaClass: rng.pick(['I', 'II', 'III', 'III'] as const),
        disadvantaged: null,
        province: p,
        box: cell,
      };
      communes.push(commune);
      const count = villagesPer[communes.length - 1]!;
      for (let v = 0; v < count; v++) {
        villages.push({
          ...base,
          code: `${commune.code}.${String(v + 1).padStart(2, '0')}`,
          name: `${ward ? 'Tổ' : 'Thôn'} ${v + 1}`,
          type: ward ? 'Tổ dân phố' : 'Thôn',
          level: 4,
          parent: commune.code,
          lat: round5(cell[1] + (0.05 + 0.9 * rng.next()) * (cell[3] - cell[1])),
          lon: round5(cell[0] + (0.05 + 0.9 * rng.next()) * (cell[2] - cell[0])),
          disadvantaged: commune.areaClass === 'III' ? rng.chance(0.6) : rng.chance(0.1),
          province: p,
        });
      }
    }
  }
  return { root, provinces, communes, villages };
}

const round5 = (v: number) => Math.round(v * 1e5) / 1e5;
