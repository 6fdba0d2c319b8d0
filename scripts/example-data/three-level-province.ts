/**
 * A generated three-level province unlike the demo in every declared respect: Tỉnh Lâm Sơn (fictional),
 * province → commune, ward or special zone → hamlet or residential group, one phase 2026–2030 with
 * data 2026Q1–2026Q3, and its own catalogue (codes SH, KT, BV: a flow, person-times broken down by
 * sex, a stock reported by communes, a rate, a sensitive count; no budget indicators). Seeded, so the
 * same seed gives the same files. Tests compile it and build the app on it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { toCsv } from '../../src/domain/csv';
import type { DatasetFiles } from '../compile/dataset';
import { hashString, Rng } from '../demo-data/prng';

const text = (vi: string, en: string) => ({ vi, en });

export const PROVINCE = { code: '97', name: 'Tỉnh Lâm Sơn' };
export const LEVELS = [
  { kind: 'province', name: text('Tỉnh', 'Province'), plural: text('tỉnh', 'provinces') },
  {
    kind: 'commune',
    name: text('Xã, phường, đặc khu', 'Commune, ward, special zone'),
    plural: text('xã, phường, đặc khu', 'communes, wards and special zones'),
  },
  { kind: 'village', name: text('Bản, tổ dân phố', 'Hamlet, residential group'), plural: text('bản, tổ dân phố', 'hamlets and residential groups') },
] as const;

/** Communes with their hamlets or residential groups (the last hamlet of Xã Pác Ngòi misses 2026Q3). */
export const COMMUNES = [
  { code: '97101', name: 'Xã Nà Lừa', type: 'Xã', areaClass: 'III', villages: ['Bản Nà Lừa', 'Bản Khuổi Tẩu', 'Bản Cốc Phường', 'Bản Nà Mòn'] },
  { code: '97104', name: 'Xã Pác Ngòi', type: 'Xã', areaClass: 'III', villages: ['Bản Pác Ngòi', 'Bản Bó Lù', 'Bản Cốc Tộc'] },
  { code: '97107', name: 'Phường Tân Thịnh', type: 'Phường', areaClass: 'I', villages: ['Tổ dân phố 1', 'Tổ dân phố 2', 'Tổ dân phố 3', 'Tổ dân phố 4'] },
  { code: '97110', name: 'Xã Hồng Phong', type: 'Xã', areaClass: 'II', villages: ['Bản Nặm Dân', 'Bản Phiêng Phàng', 'Bản Lủng Pjầu'] },
  { code: '97113', name: 'Đặc khu Cô Sơn', type: 'Đặc khu', areaClass: 'II', villages: ['Bản Đông', 'Bản Tây', 'Bản Bãi Dài'] },
] as const;

export const QUARTERS = ['2026Q1', '2026Q2', '2026Q3'] as const;
export const SENSITIVE = 'BV.01';

const villageCode = (commune: string, i: number) => `${commune}.${String(i + 1).padStart(2, '0')}`;
const villageType = (name: string) => (name.startsWith('Tổ dân phố') ? 'Tổ dân phố' : 'Bản');

const indicator = (code: string, area: string, name: [string, string], unit: [string, string], fields: Record<string, unknown>) => ({
  code,
  name: text(...name),
  area,
  unitOfMeasure: text(...unit),
  direction: 'higher',
  reportKind: 'village',
  sensitive: false,
  disaggregations: [],
  decimals: 0,
  ...fields,
});

const CATALOGUE = [
  indicator('SH.01', 'SH', ['Buổi sinh hoạt câu lạc bộ gia đình', 'Family club meetings'], ['buổi', 'meetings'], { kind: 'flow', keyIndicator: true }),
  indicator('SH.02', 'SH', ['Lượt người tham gia sinh hoạt câu lạc bộ', 'Club meeting attendance'], ['lượt người', 'person-times'], {
    kind: 'person_times',
    disaggregations: ['sex'],
    keyIndicator: true,
  }),
  indicator('KT.01', 'KT', ['Nhóm tiết kiệm của phụ nữ đang hoạt động', 'Women’s savings groups operating'], ['nhóm', 'groups'], {
    kind: 'stock',
    reportKind: 'commune',
  }),
  indicator('KT.02', 'KT', ['Hộ được khảo sát sinh kế', 'Households surveyed on livelihoods'], ['hộ', 'households'], { kind: 'flow' }),
  indicator('KT.03', 'KT', ['Hộ có phụ nữ làm chủ cơ sở sản xuất', 'Households with a woman-owned business'], ['hộ', 'households'], { kind: 'flow' }),
  indicator('KT.R', 'KT', ['Tỷ lệ hộ có phụ nữ làm chủ cơ sở sản xuất', 'Share of households with a woman-owned business'], ['%', '%'], {
    kind: 'rate',
    numerator: 'KT.03',
    denominator: 'KT.02',
    scale: 100,
    decimals: 1,
    keyIndicator: true,
  }),
  indicator(SENSITIVE, 'BV', ['Số vụ xâm hại trẻ em được phát hiện', 'Child abuse cases detected'], ['vụ', 'cases'], {
    kind: 'flow',
    direction: 'lower',
    sensitive: true,
  }),
];

const META = {
  program: {
    code: 'BDG',
    name: text('Chương trình bình đẳng giới tỉnh Lâm Sơn', 'Lâm Sơn province gender equality programme'),
    decision: 'Quyết định số 12/QĐ-UBND ngày 05/01/2026',
  },
  province: PROVINCE,
  rootUnit: PROVINCE.code,
  levels: LEVELS,
  phases: [{ code: '2026-2030', name: text('Giai đoạn 2026 - 2030', 'Phase 2026–2030'), start: '2026-01-01', end: '2030-12-31' }],
  firstQuarter: QUARTERS[0],
  lastQuarter: QUARTERS[QUARTERS.length - 1],
  dataDate: '2026-09-30',
  source: text('Bộ dữ liệu sinh tự động, số liệu minh họa', 'Generated dataset, illustrative figures'),
  demo: true,
};

function units(): string {
  const rows: (string | number)[][] = [[PROVINCE.code, PROVINCE.name, 'Tỉnh', 1, '', '', '', '', '', '2026-01-01', '']];
  COMMUNES.forEach((c, i) => {
    const lat = 21.9 + 0.08 * (i % 3);
    const lon = 105.4 + 0.1 * Math.floor(i / 2);
    rows.push([c.code, c.name, c.type, 2, PROVINCE.code, lat.toFixed(3), lon.toFixed(3), c.areaClass, '', '2026-01-01', '']);
    c.villages.forEach((name, j) => {
      const at = [(lat + 0.02 * Math.cos(j)).toFixed(3), (lon + 0.02 * Math.sin(j)).toFixed(3)];
      rows.push([villageCode(c.code, j), name, villageType(name), 3, c.code, ...at, '', c.type === 'Xã' ? 1 : 0, '2026-01-01', '']);
    });
  });
  return toCsv(['code', 'name', 'type', 'level', 'parent_code', 'lat', 'lon', 'area_class', 'disadvantaged', 'valid_from', 'valid_to'], rows);
}

/** Reports, breakdowns by sex, targets and baselines, drawn from one seeded stream per unit. */
function figures(seed: string) {
  const reports: (string | number)[][] = [];
  const sexes: (string | number)[][] = [];
  const targets: (string | number)[][] = [];
  const baselines: (string | number)[][] = [];
  const totals = { meetings: 0, attendance: 0, groups: 0 };
  const missing = villageCode(COMMUNES[1].code, COMMUNES[1].villages.length - 1);
  for (const c of COMMUNES) {
    const rng = new Rng(hashString(`${seed}|${c.code}`));
    const groups = rng.int(2, 6);
    let meetings = 0;
    let attendance = 0;
    QUARTERS.forEach((q, k) => reports.push([c.code, q, '', '', groups + k, '', '', '']));
    c.villages.forEach((_, j) => {
      const code = villageCode(c.code, j);
      for (const q of QUARTERS) {
        if (code === missing && q === QUARTERS[QUARTERS.length - 1]) continue;
        const held = rng.int(1, 4);
        const women = rng.int(12, 30) * held;
        const men = rng.int(3, 12) * held;
        const surveyed = rng.int(20, 45);
        reports.push([code, q, held, women + men, '', surveyed, rng.int(2, Math.floor(surveyed / 2)), rng.int(0, 3)]);
        sexes.push([code, q, 'SH.02', 'sex', 'female', women], [code, q, 'SH.02', 'sex', 'male', men]);
        meetings += held;
        attendance += women + men;
      }
    });
    targets.push(
      [c.code, 'SH.01', 2026, Math.round(meetings * 1.2)],
      [c.code, 'SH.01', '2026-2030', Math.round(meetings * 7)],
      [c.code, 'SH.02', 2026, Math.round(attendance * 1.2)],
      [c.code, 'KT.01', '2026-2030', groups + 6],
      [c.code, 'KT.R', '2026-2030', 40],
    );
    baselines.push([c.code, SENSITIVE, 2025, rng.int(6, 14)]);
    totals.meetings += meetings;
    totals.attendance += attendance;
    totals.groups += groups;
  }
  targets.unshift(
    [PROVINCE.code, 'SH.01', 2026, Math.round(totals.meetings * 1.2)],
    [PROVINCE.code, 'SH.01', '2026-2030', Math.round(totals.meetings * 7)],
    [PROVINCE.code, 'SH.02', 2026, Math.round(totals.attendance * 1.2)],
    [PROVINCE.code, 'KT.01', '2026-2030', totals.groups + 30],
    [PROVINCE.code, 'KT.R', '2026-2030', 40],
    [PROVINCE.code, SENSITIVE, '2026-2030', 20],
  );
  baselines.unshift([PROVINCE.code, SENSITIVE, 2025, 48]);
  return {
    'reports.csv': toCsv(['unit', 'period', 'SH.01', 'SH.02', 'KT.01', 'KT.02', 'KT.03', SENSITIVE], reports),
    'disaggregations.csv': toCsv(['unit', 'period', 'indicator', 'dimension', 'category', 'value'], sexes),
    'targets.csv': toCsv(['unit', 'indicator', 'period', 'value'], targets),
    'baselines.csv': toCsv(['unit', 'indicator', 'year', 'value'], baselines),
  };
}

/** The dataset's files by name. */
export function threeLevelProvince(seed = 'lam-son'): DatasetFiles {
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return {
    'meta.json': json(META),
    'areas.json': json([
      { code: 'SH', name: text('Sinh hoạt cộng đồng', 'Community meetings') },
      { code: 'KT', name: text('Kinh tế hộ gia đình', 'Household economy') },
      { code: 'BV', name: text('Bảo vệ trẻ em', 'Child protection') },
    ]),
    'indicators.json': json(CATALOGUE),
    'dimensions.json': json([
      {
        code: 'sex',
        name: text('Giới tính', 'Sex'),
        categories: [
          { code: 'female', name: text('Nữ', 'Female') },
          { code: 'male', name: text('Nam', 'Male') },
        ],
      },
    ]),
    'units.csv': units(),
    ...figures(seed),
    'notes.json': json([
      {
        id: 'lam-son-1',
        unit: villageCode(COMMUNES[0].code, 1),
        type: 'difficulty',
        date: '2026-04-06',
        periodFrom: '2026-01',
        periodTo: '2026-03',
        author: 'Chi hội phụ nữ bản (minh họa)',
        title: 'Đường vào bản bị sạt lở',
        body: 'Một buổi sinh hoạt câu lạc bộ phải lùi sang quý sau.',
      },
    ]),
  };
}

/** Writes the dataset into `dir` (created if needed). */
export function writeThreeLevelProvince(dir: string, seed?: string): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(threeLevelProvince(seed))) writeFileSync(join(dir, name), content);
}
