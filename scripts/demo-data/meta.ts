/** Dataset metadata. */

import { REORGANISATION } from './after/dataset';
import { QUARTERS } from './periods';

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
    firstQuarter: QUARTERS[0],
    lastQuarter: QUARTERS[QUARTERS.length - 1],
    dataDate: '2025-06-30',
    source: {
      vi: 'Dữ liệu minh họa, sinh tự động; không phải số liệu chính thức',
      en: 'Illustrative data, generated; not official figures',
    },
    demo: true,
    reorganisations: [REORGANISATION],
  };
}
