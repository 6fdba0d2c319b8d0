/**
 * Stand-in words for the slide builders' tests: plain and predictable, so a test's expected text
 * is written by hand. A message reads as its key with its parameters, "key(a=1, b=2)"; numbers
 * with a point and their decimals; a missing value as "not reported", a hidden one as "x".
 */
import type { SlideWords } from '@/domain/slides/slide-words';

const message = (key: string, params?: Record<string, string | number>) =>
  params
    ? `${key}(${Object.entries(params)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ')})`
    : key;

export const words: SlideWords = {
  lang: 'vi',
  t: message,
  number: (value, decimals = 0) => value.toFixed(decimals),
  percent: (ratio) => `${(ratio * 100).toFixed(1)}%`,
  date: (iso) => `date ${iso}`,
  period: (period) => `period ${period.kind}${'year' in period ? ` ${period.year}` : ''}`,
  value: (cell, indicator, withUnit = false) => {
    if (cell === null) return 'not reported';
    if (cell === 'suppressed') return 'x';
    const text = cell.toFixed(indicator.decimals);
    if (indicator.kind === 'rate') return `${text}%`;
    return withUnit ? `${text} ${indicator.unitOfMeasure.en}` : text;
  },
  emptyChart: (availability) => `empty ${availability ?? 'none'}`,
  status: (a) => (a.kind === 'assessed' ? `band ${a.measured.band}` : `status ${a.kind}`),
  score: (score) => `${score > 0 ? '+' : ''}${score.toFixed(1)}`,
  mapFill: (fill, item) =>
    fill.kind === 'special'
      ? `special ${fill.special}`
      : fill.kind === 'status'
        ? `band ${fill.status}`
        : item?.range
          ? `${item.range.from}–${item.range.to}`
          : '',
  target: (comparison) => (comparison === null ? '' : comparison.kind === 'compared' ? `target ${comparison.target}` : `target ${comparison.kind}`),
  countedYear: (comparison) => (comparison?.kind === 'compared' && comparison.year !== null ? `counted ${comparison.year}: ${comparison.actual}` : null),
};
