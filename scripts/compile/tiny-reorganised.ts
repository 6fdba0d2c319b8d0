/**
 * The tiny dataset with a reorganisation on 1/10/2023 that has data after it: old communes C1 and
 * C2 became one new commune that reuses the code C1 ("Xã Một Hai"), in a three-level structure
 * (root N → commune → villages) reporting for 2023Q4 and 2024Q1. Hand-checkable.
 */
import type { DatasetFiles } from './dataset';
import { tinyDataset } from './tiny-dataset';

export const TINY_REORGANISATION = 'R1';

export function tinyReorganisedDataset(): DatasetFiles {
  const base = tinyDataset();
  const meta = JSON.parse(base['meta.json']!) as Record<string, unknown>;
  const decl = {
    code: TINY_REORGANISATION,
    date: '2023-10-01',
    file: 'sap-xep.csv',
    name: { vi: 'Sắp xếp thử', en: 'Test reorganisation' },
    folder: TINY_REORGANISATION,
  };
  const { reorganisations: _none, ...plain } = meta;
  const dir = `${TINY_REORGANISATION}/`;
  return {
    ...Object.fromEntries(Object.entries(base).filter(([name]) => name !== 'reorganisation-2025-07.csv')),
    'meta.json': JSON.stringify({ ...plain, reorganisations: [decl] }),
    'sap-xep.csv': ['old_code,old_name,old_district_code,new_code,new_name', 'C1,Xã Một,D,C1,Xã Một Hai', 'C2,Phường Hai,D,C1,Xã Một Hai', ''].join('\n'),
    [`${dir}meta.json`]: JSON.stringify({
      ...plain,
      province: { code: 'N', name: 'Tỉnh N – địa bàn tỉnh P cũ' },
      rootUnit: 'N',
      levels: [
        { kind: 'province', name: { vi: 'Tỉnh', en: 'Province' }, plural: { vi: 'tỉnh', en: 'provinces' } },
        { kind: 'commune', name: { vi: 'Xã', en: 'Commune' }, plural: { vi: 'xã', en: 'communes' } },
        { kind: 'village', name: { vi: 'Thôn', en: 'Village' }, plural: { vi: 'thôn', en: 'villages' } },
      ],
      lastQuarter: '2024Q1',
      dataDate: '2024-03-31',
    }),
    [`${dir}units.csv`]: [
      'code,name,type,level,parent_code,lat,lon,area_class,disadvantaged,valid_from,valid_to',
      'N,Tỉnh N – địa bàn tỉnh P cũ,Tỉnh,1,,,,,,2023-10-01,',
      'C1,Xã Một Hai,Xã,2,N,22.15,105.85,,,2023-10-01,',
      'C1.01,Thôn 1,Thôn,3,C1,,,,1,2023-10-01,',
      'C1.02,Thôn 2,Thôn,3,C1,,,,0,2023-10-01,',
      '',
    ].join('\n'),
    [`${dir}reports.csv`]: ['unit,period,EV,TM,PT,VD,VT,CM', 'C1.01,2023Q4,2,1,30,1,1,0', 'C1.01,2024Q1,1,1,20,1,1,1', 'C1.02,2023Q4,3,1,45,0,0,0', ''].join(
      '\n',
    ),
    [`${dir}disaggregations.csv`]: 'unit,period,indicator,dimension,category,value\n',
    [`${dir}targets.csv`]: ['unit,indicator,period,value', 'N,EV,2024,20', ''].join('\n'),
    [`${dir}baselines.csv`]: 'unit,indicator,year,value\n',
    [`${dir}notes.json`]: '[]',
  };
}
