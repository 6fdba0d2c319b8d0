/**
 * "Kết quả đạt được": each figure written the official way against its target
 * ("tổ chức được 746 buổi … (746/625, đạt 119,4%)"), grouped by content area, then what the
 * inspected units below did ("Tại tổ dân phố Khuổi Pái: tổ chức được 01 hội nghị …").
 */
import { groupByArea, type ContentArea, type Dimension, type Indicator } from '../indicators';
import type { ReportRow, UnitFigures } from './rows';
import { breakdownOver } from './rows';
import type { PeriodSelection } from '../periods';
import { amountText, capitalize, cellText, endSentence, lowerFirst, lowerIsBetterText, ratioText, unitInSentence, type Wording } from './wording';
import { targetLabel } from './requests';

/** The catalogue's phrase for an indicator with its value in place; null when the catalogue has none. */
export function indicatorWording(indicator: Pick<Indicator, 'wording'>, lang: Wording['lang'], value: string): string | null {
  const template = indicator.wording?.[lang];
  return template ? template.split('{value}').join(value) : null;
}

/** The value phrase of a row: "tổ chức được 01 hội nghị…", "tỷ lệ … đạt 52,6% (20/38 thôn)", "số cặp tảo hôn: x cặp". */
export function valuePhrase(w: Wording, row: ReportRow): string {
  const { indicator, figure } = row;
  let value = cellText(w, figure?.value ?? null, indicator);
  if (row.parts && typeof row.parts.numerator === 'number' && typeof row.parts.denominator === 'number') {
    value += ` (${w.text('report.compare.rateParts', {
      num: amountText(w, row.parts.numerator, row.parts.unit),
      den: amountText(w, row.parts.denominator, row.parts.unit),
      unit: row.parts.unit.unitOfMeasure[w.lang],
    })})`;
  }
  return (
    indicatorWording(indicator, w.lang, value) ??
    w.text('report.result.generic', { name: indicator.name[w.lang], value, unit: indicator.kind === 'rate' ? '' : indicator.unitOfMeasure[w.lang] }).trimEnd()
  );
}

/**
 * The comparison with the target; null when there is none worth saying (rates and the counts
 * behind them carry no target of their own, so "no target assigned" would only be noise).
 */
export function comparison(w: Wording, row: ReportRow, rateInputs: ReadonlySet<string> = new Set()): string | null {
  const value = row.figure?.value;
  if (value === 'suppressed') return w.text('report.compare.suppressed');
  if (row.targetHidden) return w.text('report.compare.targetHidden');
  if (!row.target || typeof value !== 'number') {
    return row.indicator.kind === 'rate' || rateInputs.has(row.indicator.code) ? null : w.text('report.compare.noTarget');
  }
  const label = targetLabel(w, row.target.scope);
  // A yearly level is compared through one year's count, which the sentence gives first.
  const actual = row.target.actual;
  if (actual === 'suppressed') return w.text('report.compare.suppressed');
  if (typeof actual !== 'number') return null;
  const text =
    row.indicator.direction === 'lower'
      ? lowerIsBetterText(w, actual, row.target.value, row.indicator, label)
      : w.text('report.compare.withTarget', { ratio: ratioText(w, actual, row.target.value, row.indicator), targetLabel: label });
  return row.target.year === null
    ? text
    : w.text('report.compare.inYear', {
        year: String(row.target.year),
        actual: amountText(w, actual, row.indicator),
        unit: row.indicator.unitOfMeasure[w.lang],
        text,
      });
}

/** Codes of the indicators a rate is built from (villages, budget allocated and disbursed). */
export const rateInputsOf = (rows: readonly ReportRow[]): Set<string> =>
  new Set(rows.flatMap((r) => (r.indicator.kind === 'rate' ? [r.indicator.numerator, r.indicator.denominator] : [])).filter((c): c is string => !!c));

/** Rows worth a sentence: something was done, or a target exists to compare with. */
const worthSaying = (row: ReportRow): boolean => {
  if (row.status !== 'ok' || !row.figure) return false;
  const v = row.figure.value;
  return v === 'suppressed' || (typeof v === 'number' && (v !== 0 || row.target !== null));
};

export interface ResultsInput {
  unit: { name: string; type: string };
  /** Notable activities the inspection saw, each under a content area ("tại tổ dân phố Khuổi Pái, phường Huyền Tụng"). */
  activities?: readonly { area: string; place: string; text: string }[];
  rows: readonly ReportRow[];
  /** The period at the start of a sentence ("Quý I/2022 – Quý II/2023, gồm cả tháng 6/2023, …"). */
  periodText: string;
  /** Content areas, in the catalogue's order. */
  areas: readonly ContentArea[];
}

/** Lines of the results section: an intro, then "a) area" headings and "- phrase (comparison)." items. */
export function resultLines(w: Wording, { unit, rows, periodText, areas, activities = [] }: ResultsInput): string[] {
  const lines = [w.text('report.results.intro', { period: capitalize(periodText), unit: unitInSentence(w, unit) })];
  const inputs = rateInputsOf(rows);
  let letter = 0;
  for (const { area, cards } of groupByArea(rows, areas)) {
    const said = cards.filter(worthSaying);
    const seen = activities.filter((a) => a.area === area.code);
    if (said.length === 0 && seen.length === 0) continue;
    lines.push(`${String.fromCharCode(97 + letter++)}) ${area.name[w.lang]}:`);
    for (const a of seen) lines.push(w.text('report.results.activity', { place: a.place, text: a.text.trim().replace(/[.]+$/u, '') }));
    for (const row of said) {
      const compared = comparison(w, row, inputs);
      lines.push(`- ${endSentence(capitalize(valuePhrase(w, row)) + (compared ? ` (${compared})` : ''))}`);
    }
  }
  if (letter === 0) lines.push(w.text('report.results.none'));
  return lines;
}

export interface SubUnitInput {
  unit: { name: string; type: string };
  parentName: string | null;
  figures: UnitFigures;
  rows: readonly ReportRow[];
  dimensions: readonly Dimension[];
  axis: readonly string[];
  period: PeriodSelection;
}

/** "Tại tổ dân phố Khuổi Pái (phường Huyền Tụng): tổ chức được 01 hội nghị…; thu hút 67 lượt người… (trong đó: bí thư chi bộ 01, …)." */
export function subUnitLine(w: Wording, input: SubUnitInput): string | null {
  const items: string[] = [];
  const inputs = rateInputsOf(input.rows);
  for (const row of input.rows) {
    const v = row.figure?.value;
    if (row.status !== 'ok' || inputs.has(row.indicator.code) || !(v === 'suppressed' || (typeof v === 'number' && v > 0))) continue;
    let item = valuePhrase(w, row);
    const dimCode = row.indicator.textBreakdown;
    const dim = input.dimensions.find((d) => d.code === dimCode);
    const split = dimCode && dim ? breakdownOver(input.figures, row.indicator.code, dimCode, input.axis, input.period) : null;
    if (split && dim && typeof split.known === 'number' && split.known > 0) {
      const names = new Map(dim.categories.map((c) => [c.code, c.name[w.lang]]));
      const parts = split.parts
        .filter((p) => p.value !== 0 && p.value !== null)
        .map((p) => `${lowerFirst(names.get(p.category) ?? p.category)} ${cellText(w, p.value, row.indicator)}`);
      let clause = w.text('report.results.breakdown', { items: parts.join(', ') });
      if (typeof v === 'number' && split.known < v) {
        clause += `; ${w.text('report.results.breakdownPartial', { known: amountText(w, split.known, row.indicator), total: amountText(w, v, row.indicator), unit: row.indicator.unitOfMeasure[w.lang] })}`;
      }
      item += ` (${clause})`;
    }
    items.push(item);
  }
  if (items.length === 0) return null;
  const where = unitInSentence(w, input.unit) + (input.parentName ? `, ${input.parentName}` : '');
  return w.text('report.results.subUnit', { unit: where, items: items.join('; ') });
}
