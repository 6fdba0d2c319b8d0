/** Words and numbers for progress statuses: which message names a status, how a score is signed. */
import type { Assessment } from '@/domain/progress-assess';
import type { MessageKey } from '@/i18n/catalogue';
import { formatNumber } from '@/i18n/format';
import type { Language } from '@/domain/view-state';

/** The message naming a status: the band when assessed, otherwise why there is none. */
export function statusKey(a: Assessment): MessageKey {
  return a.kind === 'assessed' ? `progress.band.${a.measured.band}` : `progress.status.${a.kind}`;
}

/** CSS modifier of a status badge. */
export const statusTone = (a: Assessment): string => (a.kind === 'assessed' ? a.measured.band : 'none');

const MINUS = '\u2212';

/** +2,9 / −4,2 / 0: a score with its sign, one decimal. */
export function formatScore(score: number, lang: Language): string {
  const rounded = Math.round(score * 10) / 10;
  if (rounded === 0) return formatNumber(0, lang, 1);
  return `${rounded > 0 ? '+' : MINUS}${formatNumber(Math.abs(rounded), lang, 1)}`;
}

/** A signed difference: +7 / −21. */
export function formatSigned(value: number, lang: Language, decimals = 0): string {
  if (value === 0) return formatNumber(0, lang, decimals);
  return `${value > 0 ? '+' : MINUS}${formatNumber(Math.abs(value), lang, decimals)}`;
}
