/** Declared phases for tests, as a dataset's meta.json would declare them. */
import type { Phase } from '@/domain/phases';

export const PHASE_2021_2025: Phase = {
  code: '2021-2025',
  name: { vi: 'Giai đoạn 2021 - 2025', en: 'Phase 2021–2025' },
  start: '2021-01-01',
  end: '2025-12-31',
};
export const PHASE_2026_2030: Phase = {
  code: '2026-2030',
  name: { vi: 'Giai đoạn 2026 - 2030', en: 'Phase 2026–2030' },
  start: '2026-01-01',
  end: '2030-12-31',
};
/** A phase declared from 2022: 4 years, so an axis from 2022Q1 to 2025Q2 has run 3.5 of them. */
export const PHASE_2022_2025: Phase = {
  code: '2022-2025',
  name: { vi: 'Giai đoạn 2022 - 2025', en: 'Phase 2022–2025' },
  start: '2022-01-01',
  end: '2025-12-31',
};
