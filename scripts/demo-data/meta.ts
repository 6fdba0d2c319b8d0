/** Dataset metadata. */

import type { LevelDef } from '../../src/domain/levels';
import type { Phase } from '../../src/domain/phases';
import { QUARTERS } from './periods';

/** Bắc Kạn before 1/7/2025: four levels. */
export const DEMO_LEVELS: readonly LevelDef[] = [
  { kind: 'province', name: { vi: 'Tỉnh', en: 'Province' }, plural: { vi: 'tỉnh', en: 'provinces' } },
  { kind: 'district', name: { vi: 'Huyện, thành phố', en: 'District, city' }, plural: { vi: 'huyện, thành phố', en: 'districts, cities' } },
  { kind: 'commune', name: { vi: 'Xã, phường, thị trấn', en: 'Commune, ward, township' }, plural: { vi: 'xã', en: 'communes' } },
  { kind: 'village', name: { vi: 'Thôn, tổ dân phố', en: 'Village, residential group' }, plural: { vi: 'thôn, tổ', en: 'villages' } },
];

/** The national target programme's phases: phase I (the demo's reports), then phase II; targets are keyed by these codes. */
export const DEMO_PHASES: readonly Phase[] = [
  { code: '2021-2025', name: { vi: 'Giai đoạn 2021 - 2025', en: 'Phase 2021–2025' }, start: '2021-01-01', end: '2025-12-31' },
  { code: '2026-2030', name: { vi: 'Giai đoạn 2026 - 2030', en: 'Phase 2026–2030' }, start: '2026-01-01', end: '2030-12-31' },
];
export const PHASE_I = DEMO_PHASES[0]!;

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
    phases: DEMO_PHASES,
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
