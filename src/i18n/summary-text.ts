/** The headline summary's sentences and facts in words, for the screen, the report and the slides alike. */
import type { SummaryMessage, SummarySentence, SummaryValue } from '@/domain/headline-summary';
import type { Language } from '@/domain/view-state';
import { translate } from './catalogue';
import { formatNumber, formatPercent, formatQuarterKey } from './format';

function valueText(lang: Language, v: SummaryValue): string {
  switch (v.kind) {
    case 'count':
      return formatNumber(v.value, lang);
    case 'number':
      return formatNumber(v.value, lang, v.decimals);
    case 'percent':
      return formatPercent(v.value, lang);
    case 'quarter': {
      const text = formatQuarterKey(v.value, lang);
      return lang === 'vi' ? text.charAt(0).toLocaleLowerCase('vi') + text.slice(1) : text;
    }
    case 'band': {
      const text = translate(lang, `progress.band.${v.value}`);
      return lang === 'vi' ? text.toLocaleLowerCase('vi') : text.toLowerCase();
    }
    case 'name':
      return v.value;
    case 'local':
      return v.value[lang];
  }
}

/** One sentence or fact in the given language, its numbers in that language's format. */
export function summaryText(lang: Language, message: SummaryMessage): string {
  const params = Object.fromEntries(Object.entries(message.params).map(([k, v]) => [k, valueText(lang, v)]));
  const text = translate(lang, message.key, params);
  return text.charAt(0).toLocaleUpperCase(lang) + text.slice(1);
}

/** The facts a sentence is written from, in one line: "Đã đạt: 1; Chậm tiến độ: 2" (empty when it has none). */
export function summaryFacts(lang: Language, sentence: SummarySentence): string {
  return sentence.facts.map((f) => summaryText(lang, f)).join('; ');
}
