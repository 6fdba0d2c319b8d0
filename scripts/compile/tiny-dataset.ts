/**
 * A tiny, hand-checkable dataset for compile tests: province P → district D → communes C1, C2 →
 * two villages each, three quarters. Tests change one file to break it.
 */
import type { DatasetFiles } from './dataset';

const indicator = (code: string, kind: string, extra: Record<string, unknown> = {}) => ({
  code,
  name: { vi: `Chỉ tiêu ${code}`, en: `Indicator ${code}` },
  area: 'ND1',
  unitOfMeasure: { vi: 'lần', en: 'times' },
  kind,
  direction: 'higher',
  reportKind: 'village',
  sensitive: false,
  disaggregations: [],
  decimals: 0,
  ...extra,
});

/** The four levels of the tiny dataset (and of the Bắc Kạn demo). */
export const FOUR_LEVELS = [
  { kind: 'province', name: { vi: 'Tỉnh', en: 'Province' }, plural: { vi: 'tỉnh', en: 'provinces' } },
  { kind: 'district', name: { vi: 'Huyện', en: 'District' }, plural: { vi: 'huyện', en: 'districts' } },
  { kind: 'commune', name: { vi: 'Xã, phường', en: 'Commune, ward' }, plural: { vi: 'xã, phường', en: 'communes, wards' } },
  { kind: 'village', name: { vi: 'Thôn, tổ dân phố', en: 'Village, residential group' }, plural: { vi: 'thôn, tổ', en: 'villages' } },
];

export function tinyDataset(): DatasetFiles {
  return {
    'meta.json': JSON.stringify({
      program: { code: 'DA8', name: { vi: 'Dự án 8', en: 'Project 8' }, decision: '1719/QĐ-TTg' },
      province: { code: 'P', name: 'Tỉnh P' },
      rootUnit: 'P',
      levels: FOUR_LEVELS,
      phases: [{ code: '2023-2025', name: { vi: 'Giai đoạn 2023 - 2025', en: 'Phase 2023–2025' }, start: '2023-01-01', end: '2025-12-31' }],
      firstQuarter: '2023Q1',
      lastQuarter: '2023Q3',
      dataDate: '2023-09-30',
      source: { vi: 'Thử nghiệm', en: 'Test' },
      demo: true,
      reorganisations: [{ code: '2025-07', date: '2025-07-01', file: 'reorganisation-2025-07.csv', name: { vi: 'Sắp xếp thử', en: 'Test reorganisation' } }],
    }),
    'areas.json': JSON.stringify([{ code: 'ND1', name: { vi: 'Nội dung 1', en: 'Area 1' } }]),
    'indicators.json': JSON.stringify([
      indicator('EV', 'flow', { disaggregations: ['sex'] }),
      indicator('TM', 'stock'),
      indicator('PT', 'person_times'),
      indicator('VD', 'stock'),
      indicator('VT', 'stock'),
      indicator('RT', 'rate', { numerator: 'VT', denominator: 'VD', scale: 100, decimals: 1 }),
      indicator('CM', 'flow', { sensitive: true, direction: 'lower' }),
    ]),
    'dimensions.json': JSON.stringify([
      {
        code: 'sex',
        name: { vi: 'Giới tính', en: 'Sex' },
        categories: [
          { code: 'female', name: { vi: 'Nữ', en: 'Female' } },
          { code: 'male', name: { vi: 'Nam', en: 'Male' } },
        ],
      },
    ]),
    'units.csv': [
      'code,name,type,level,parent_code,lat,lon,area_class,disadvantaged,valid_from,valid_to',
      'P,Tỉnh P,Tỉnh,1,,,,,,,',
      'D,Huyện D,Huyện,2,P,,,,,,',
      'C1,Xã Một,Xã,3,D,22.1,105.8,III,,,',
      'C2,Phường Hai,Phường,3,D,22.2,105.9,I,,,',
      'C1.01,Thôn 1,Thôn,4,C1,,,,1,,',
      'C1.02,Thôn 2,Thôn,4,C1,,,,1,,',
      'C2.01,Tổ 1,Tổ dân phố,4,C2,,,,0,,',
      'C2.02,Tổ Khuổi Pái,Tổ dân phố,4,C2,,,,0,,',
      '',
    ].join('\n'),
    'reports.csv': [
      'unit,period,EV,TM,PT,VD,VT,CM',
      'C1.01,2023Q1,1,1,40,1,1,0',
      'C1.01,2023Q2,0,1,10,1,1,2',
      'C1.01,2023Q3,2,1,60,1,1,0',
      'C1.02,2023Q1,0,0,0,1,0,0',
      'C1.02,2023Q3,1,1,30,1,1,1',
      'C2.01,2023Q1,3,1,90,0,0,0',
      'C2.01,2023Q2,1,1,25,0,0,0',
      'C2.01,2023Q3,0,,15,0,0,0',
      'C2.02,2023Q1,1,0,55,0,0,0',
      'C2.02,2023Q2,0,0,0,0,0,0',
      '',
    ].join('\n'),
    'disaggregations.csv': [
      'unit,period,indicator,dimension,category,value',
      'C2.02,2023Q1,EV,sex,female,1',
      'C1.01,2023Q3,EV,sex,female,1',
      'C1.01,2023Q3,EV,sex,male,1',
      '',
    ].join('\n'),
    'targets.csv': ['unit,indicator,period,value', 'P,EV,2023,12', 'P,EV,2023-2025,40', 'C1,EV,2023,5', 'C2,EV,2023,6', ''].join('\n'),
    'baselines.csv': ['unit,indicator,year,value', 'P,CM,2021,9', ''].join('\n'),
    'reorganisation-2025-07.csv': [
      'old_code,old_name,old_district_code,new_code,new_name',
      'C1,Xã Một,D,00001,Phường Mới',
      'C2,Phường Hai,D,00001,Phường Mới',
      '',
    ].join('\n'),
    'notes.json': JSON.stringify([
      {
        id: 'n1',
        unit: 'C2.02',
        type: 'difficulty',
        date: '2023-04-10',
        periodFrom: '2023-01',
        periodTo: '2023-03',
        author: 'Hội LHPN',
        title: 'Khó khăn',
        body: 'Thiếu kinh phí.',
      },
    ]),
  };
}

/** The dataset without its reorganisations: no declaration in meta.json and no crosswalk files. */
export function withoutReorganisations(files: DatasetFiles): DatasetFiles {
  const meta = JSON.parse(files['meta.json'] ?? '{}') as { reorganisations?: { file: string }[] };
  const declared = new Set((meta.reorganisations ?? []).map((r) => r.file));
  delete meta.reorganisations;
  return { ...Object.fromEntries(Object.entries(files).filter(([name]) => !declared.has(name))), 'meta.json': JSON.stringify(meta) };
}
