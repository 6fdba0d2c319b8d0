/** How a comparison with the target reads, wherever a target is shown (cards, table, slides). */
import type { Indicator } from '@/domain/indicators';
import type { Comparison, NoComparisonReason } from '@/domain/target-comparison';
import { formatCell, formatNumber } from '@/i18n/format';
import type { I18n } from '@/i18n/i18n-context';

/** Why a period is not compared with a target ("chưa so với chỉ tiêu: … năm 2025 chưa đủ 4 quý"). */
export function noComparisonText(reason: Exclude<NoComparisonReason, 'no_target'>, year: number | null | undefined, { t }: Pick<I18n, 't'>): string {
  return t(`comparison.none.${reason}`, { year: String(year ?? '') });
}

/** The target as a cell reads: the number, "hidden", "no target", or why this period is not compared. */
export function targetText(comparison: Comparison | null, indicator: Indicator, i18n: Pick<I18n, 't' | 'lang'>): string {
  if (comparison === null) return '';
  switch (comparison.kind) {
    case 'compared':
      return formatNumber(comparison.target, i18n.lang, indicator.decimals);
    case 'hidden':
      return i18n.t('suppression.hiddenTarget');
    case 'none':
      return comparison.reason === 'no_target' ? i18n.t('value.noTarget') : noComparisonText(comparison.reason, comparison.year, i18n);
  }
}

/** For a yearly level compared through one year's count: "năm 2024: 70 (chỉ tiêu là mức trong một năm…)"; null otherwise. */
export function countedYearText(comparison: Comparison | null, indicator: Indicator, { t, lang }: Pick<I18n, 't' | 'lang'>): string | null {
  if (comparison?.kind !== 'compared' || comparison.year === null) return null;
  return t('comparison.countedYear', { year: String(comparison.year), value: formatCell(comparison.actual, lang, indicator.decimals, t('value.notReported')) });
}
