/** How a table cell reads, on screen and in exports: numbers via the Intl module, states in words. */
import type { Indicator } from '@/domain/indicators';
import type { IndicatorCells, TableCell } from '@/domain/table-rows';
import type { IndicatorColumnKind } from '@/domain/table-view-state';
import { formatNumber, formatPercent } from '@/i18n/format';
import type { I18n } from '@/i18n/i18n-context';
import { noComparisonText } from './comparison-text';

export interface CellDisplay {
  text: string;
  /** Why there is no number (rendered muted), or null for a number. */
  state: Exclude<TableCell, number> | null;
  /** Longer explanation (tooltip and screen readers). */
  hint?: string;
}

/** Words for a cell without a number; "–" cells get their meaning as a hint. */
export function missingText(cell: Exclude<TableCell, number>, kind: IndicatorColumnKind, { t }: Pick<I18n, 't'>): CellDisplay {
  switch (cell) {
    case 'suppressed':
      return { text: t('value.suppressed'), state: cell, hint: t('value.suppressedHint') };
    case 'not_reported':
      return { text: t('table.notReported'), state: cell };
    case 'withheld':
      return { text: t('table.withheld'), state: cell, hint: t('table.withheldHint') };
    case 'not_applicable':
      return { text: t('table.notApplicable'), state: cell };
    case 'by_year_only':
      return { text: t('table.byYearOnly'), state: cell, hint: t('table.byYearOnlyHint') };
    case 'none':
      return { text: '–', state: cell, hint: kind === 'target' ? t('table.noTarget') : t('table.noAchievement') };
  }
}

export function cellDisplay(cells: IndicatorCells | undefined, kind: IndicatorColumnKind, indicator: Indicator, i18n: Pick<I18n, 't' | 'lang'>): CellDisplay {
  const cell: TableCell = cells?.[kind] ?? 'not_reported';
  const comparing = kind === 'target' || kind === 'achievement';
  if (typeof cell !== 'number') {
    const display = missingText(cell, kind, i18n);
    // A period the target cannot be compared with says why.
    return comparing && cell === 'none' && cells?.noComparison
      ? { ...display, hint: noComparisonText(cells.noComparison.reason, cells.noComparison.year, i18n) }
      : display;
  }
  // A yearly level compared through one year's count says which year.
  const hint = comparing && cells?.comparedYear != null ? { hint: i18n.t('comparison.countedYearShort', { year: String(cells.comparedYear) }) } : {};
  if (kind === 'achievement') return { text: formatPercent(cell, i18n.lang), state: null, ...hint };
  return { text: formatNumber(cell, i18n.lang, indicator.decimals), state: null, ...hint };
}

/** "12/14" for the completeness column. */
export function completenessText(cells: IndicatorCells | undefined, lang: I18n['lang']): string | null {
  if (!cells || cells.expected === 0) return null;
  return `${formatNumber(cells.reported, lang)}/${formatNumber(cells.expected, lang)}`;
}
