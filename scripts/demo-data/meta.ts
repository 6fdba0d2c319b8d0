/** Dataset metadata. */

import type { LevelDef } from '../../src/domain/levels';
import { QUARTERS } from './periods';

/** Bắc Kạn before 1/7/2025: four levels. */
export const DEMO_LEVELS: readonly LevelDef[] = [
  { kind: 'province', name: { vi: 'Tỉnh', en: 'Province' }, plural: { vi: 'tỉnh', en: 'provinces' } },
  { kind: 'district', name: { vi: 'Huyện, thành phố', en: 'District, city' }, plural: { vi: 'huyện, thành phố', en: 'districts, cities' } },
  { kind: 'commune', name: { vi: 'Xã, phường, thị trấn', en: 'Commune, ward, township' }, plural: { vi: 'xã', en: 'communes' } },
  { kind: 'village', name: { vi: 'Thôn, tổ dân phố', en: 'Village, residential group' }, plural: { vi: 'thôn, tổ', en: 'villages' } },
];

export function buildMeta(): unknown {
  return {
    program: {
      code: 'DA8',
      name: {
        vi: 'Dự án 8: Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em',
        en: 'Project 8: Gender equality and urgent issues for women and children',
      },
      decision: 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021',
    },
    province: { code: '06', name: 'Tỉnh Bắc Kạn' },
    rootUnit: '06',
    levels: DEMO_LEVELS,
    firstQuarter: QUARTERS[0],
    lastQuarter: QUARTERS[QUARTERS.length - 1],
    dataDate: '2025-06-30',
    source: {
      vi: 'Dữ liệu minh họa, sinh tự động; không phải số liệu chính thức',
      en: 'Illustrative data, generated; not official figures',
    },
    demo: true,
  };
}
