/** English of ../messages/suppression.ts, loaded only for pages in English (src/i18n/catalogue.ts). */
import type { suppression } from '../messages/suppression';

export const suppressionEn: Record<keyof typeof suppression.vi, string> = {
  'suppression.byYearOnly': 'published by year only',
  'suppression.byYearOnlyHint':
    'Sensitive figures are published only by year and for the whole phase, so that small counts cannot be derived; choose a year or the phase.',
  'suppression.withheldHint':
    'Sensitive figures (child marriage, consanguineous marriage, domestic violence, cases received by trusted addresses) are not published below commune level, to protect personal data (Decree 13/2023/ND-CP).',
  'suppression.hiddenTarget': 'hidden',
  'suppression.notesTitle': 'Notes on hidden figures',
};
