/** The value texts of the slides: published values only, never recomputed. */
import type { IndicatorDef } from '@/api/contract';
import type { Cell } from '@/domain/aggregate';
import type { Language } from '@/domain/view-state';
import type { MessageKey } from '@/i18n/catalogue';
import { formatCell } from '@/i18n/format';

/** "1.234 lượt người", "45,2%", "x" or "chưa báo cáo". */
export function valueText(
  cell: Cell,
  indicator: Pick<IndicatorDef, 'kind' | 'decimals' | 'unitOfMeasure'>,
  lang: Language,
  t: (key: MessageKey) => string,
  withUnit = false,
): string {
  const text = formatCell(cell, lang, indicator.decimals, t('value.notReported'));
  if (typeof cell !== 'number') return text;
  if (indicator.kind === 'rate') return `${text}%`;
  return withUnit ? `${text} ${indicator.unitOfMeasure[lang]}` : text;
}
