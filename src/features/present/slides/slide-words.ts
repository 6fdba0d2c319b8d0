/** The slide builders' words (domain/slides/slide-words.ts) from the i18n catalogue, format.ts and the shared ui/ texts. */
import type { SlideWords } from '@/domain/slides/slide-words';
import { formatCell, formatDate, formatNumber, formatPercent, formatPeriod } from '@/i18n/format';
import type { I18n } from '@/i18n/i18n-context';
import { emptyMessageKey } from '@/ui/chart-empty';
import { countedYearText, targetText } from '@/ui/comparison-text';
import { fillLabel } from '@/ui/map-text';
import { formatScore, statusKey } from '@/ui/status-text';

export function slideWords(i18n: I18n): SlideWords {
  const { t, lang } = i18n;
  return {
    lang,
    t,
    number: (value, decimals) => formatNumber(value, lang, decimals),
    percent: (ratio) => formatPercent(ratio, lang),
    date: (iso) => formatDate(iso, lang),
    period: (period) => formatPeriod(period, lang),
    value: (cell, indicator, withUnit = false) => {
      const text = formatCell(cell, lang, indicator.decimals, t('value.notReported'));
      if (typeof cell !== 'number') return text;
      if (indicator.kind === 'rate') return `${text}%`;
      return withUnit ? `${text} ${indicator.unitOfMeasure[lang]}` : text;
    },
    emptyChart: (availability) => t(emptyMessageKey(availability)),
    status: (assessment) => t(statusKey(assessment)),
    score: (score) => formatScore(score, lang),
    mapFill: (fill, item, measure, indicator) => fillLabel(fill, item, measure, { t, lang, indicator }),
    target: (comparison, indicator) => targetText(comparison, indicator, i18n),
    countedYear: (comparison, indicator) => countedYearText(comparison, indicator, i18n),
  };
}
