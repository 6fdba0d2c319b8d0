/** Binds the report's Wording port to the message catalogue and the one Intl module. */
import type { ReportKey, Wording } from '@/domain/report/wording';
import type { Language } from '@/domain/view-state';
import { translate, type MessageKey } from '@/i18n/catalogue';
import { formatCountPadded, formatDate, formatDateLong, formatNumber, formatPercent, formatPeriod, formatQuarterKey } from '@/i18n/format';

/** Every template the domain asks for must exist in the catalogue: this line fails to compile otherwise. */
const asMessageKey = (key: ReportKey): MessageKey => key;

export function createWording(lang: Language): Wording {
  return {
    lang,
    text: (key, params = {}) => translate(lang, asMessageKey(key), params),
    number: (value, decimals = 0) => formatNumber(value, lang, decimals),
    padded: (value) => formatCountPadded(value, lang),
    percent: (ratio, decimals = 1) => formatPercent(ratio, lang, decimals),
    date: (iso) => formatDate(iso, lang),
    dateLong: (iso) => formatDateLong(iso, lang),
    period: (sel) => formatPeriod(sel, lang),
    quarter: (key) => formatQuarterKey(key, lang),
  };
}
