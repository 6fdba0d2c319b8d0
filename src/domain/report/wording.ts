/**
 * The words of the inspection report. Domain code decides what to say; a Wording (bound to the
 * message catalogue and the Intl module by the report feature) says it in the document language.
 * Values are written the official way: "01 hội nghị", "746/625, đạt 119,4%", "x", "8.744 triệu đồng".
 */
import type { Cell } from '../aggregate';
import type { CompletenessLevel } from '../completeness';
import { isMoney, type Indicator } from '../indicators';
import type { PeriodSelection } from '../periods';
import type { NoComparisonReason } from '../target-comparison';
import type { Language } from '../view-state';

/** Templates the report uses; every one of them lives in the message catalogue (both languages). */
export type ReportKey =
  | 'value.notReported'
  | 'value.suppressed'
  | 'report.name.inYear'
  | 'report.compare.inYear'
  | 'report.annex.note.countedYear'
  | 'report.doc.party'
  | 'report.annex.summaryTitle'
  | 'report.annex.summarySources'
  | 'report.doc.issuer'
  | 'report.doc.issuerBody'
  | 'report.doc.number'
  | 'report.doc.numberPlaceholder'
  | 'report.doc.placeDate'
  | 'report.doc.datePlaceholder'
  | 'report.doc.placeholder'
  | 'report.doc.title'
  | 'report.doc.subtitle'
  | 'report.doc.opening'
  | 'report.doc.openingMembers'
  | 'report.doc.headingResults'
  | 'report.doc.headingShortcomings'
  | 'report.doc.headingRequests'
  | 'report.doc.requestsIntro'
  | 'report.doc.closing'
  | 'report.doc.recipientsLabel'
  | 'report.doc.recipientStanding'
  | 'report.doc.recipientArchive'
  | 'report.doc.signature'
  | 'report.period.phaseToDate'
  | 'report.results.intro'
  | 'report.results.none'
  | 'report.results.subUnit'
  | 'report.results.breakdown'
  | 'report.results.breakdownPartial'
  | 'report.result.generic'
  | 'report.compare.ratio'
  | 'report.compare.withTarget'
  | 'report.compare.noTarget'
  | 'report.compare.zeroTarget'
  | 'report.compare.lowerMet'
  | 'report.compare.lowerBehind'
  | 'report.compare.suppressed'
  | 'report.compare.targetHidden'
  | 'report.compare.rateParts'
  | 'report.target.year'
  | 'report.target.years'
  | 'report.target.phase'
  | 'report.findings.intro'
  | 'report.findings.none'
  | 'report.findings.causes'
  | 'report.findings.difficulty'
  | 'report.finding.behind'
  | 'report.finding.behindLower'
  | 'report.finding.missingTargets'
  | 'report.finding.incomplete'
  | 'report.finding.incompleteUnits'
  | 'report.finding.lowDisbursement'
  | 'report.finding.noBudget'
  | 'report.request.behind'
  | 'report.request.behindLower'
  | 'report.request.missingTargets'
  | 'report.request.incomplete'
  | 'report.request.lowDisbursement'
  | 'report.request.noBudget'
  | 'report.request.deadline'
  | 'report.request.ongoing'
  | 'report.request.behindMany'
  | 'report.request.behindItem'
  | 'report.request.assignTargets'
  | 'report.request.sustain'
  | 'report.request.followUp'
  | 'report.org.danVanCity'
  | 'report.org.danVanDistrict'
  | 'report.org.danVanTown'
  | 'report.results.activity'
  | 'report.results.sameAsBelow'
  | 'report.findings.difficultySummary'
  | 'report.annex.source'
  | 'report.org.womenUnion'
  | 'report.org.peoplesCommittee'
  | 'report.org.partyProvince'
  | 'report.org.partyCity'
  | 'report.org.partyDistrict'
  | 'report.org.partyTown'
  | 'report.org.partyCommune'
  | 'report.org.partyCell'
  | 'report.annex.title'
  | 'report.annex.subtitle'
  | 'report.annex.basis'
  | 'report.annex.col.no'
  | 'report.annex.col.indicator'
  | 'report.annex.col.unit'
  | 'report.annex.col.value'
  | 'report.annex.col.target'
  | 'report.annex.col.achieved'
  | 'report.annex.col.note'
  | 'report.annex.note.lower'
  | 'report.annex.note.reports'
  | `completeness.level.${CompletenessLevel}`
  | 'completeness.carried'
  | `comparison.none.${Exclude<NoComparisonReason, 'no_target'>}`
  | 'report.annex.note.withheld'
  | 'report.annex.note.withheldPeriod'
  | 'report.annex.note.targetHidden'
  | 'report.annex.note.notApplicable'
  | 'report.annex.note.noTarget';

export type Params = Readonly<Record<string, string>>;

export interface Wording {
  readonly lang: Language;
  text(key: ReportKey, params?: Params): string;
  number(value: number, decimals?: number): string;
  /** Small counts with a leading zero: 1 → "01". */
  padded(value: number): string;
  /** A ratio (1.194) as "119,4%". */
  percent(ratio: number, decimals?: number): string;
  /** "15/05/2023". */
  date(iso: string): string;
  /** "ngày 15 tháng 5 năm 2023". */
  dateLong(iso: string): string;
  /** "Quý I/2022 – Quý II/2023, gồm cả tháng 6/2023, vì đơn vị báo cáo theo quý". */
  period(sel: PeriodSelection): string;
  /** "Quý II/2023". */
  quarter(key: string): string;
}

/** First letter in upper case (Vietnamese-aware). */
export function capitalize(text: string): string {
  const first = text.charAt(0);
  return first ? first.toLocaleUpperCase('vi') + text.slice(1) : text;
}

/** First letter in lower case, unless the first word is an abbreviation ("UBND", "LHPN"). */
export function lowerFirst(text: string): string {
  const word = /^\S+/.exec(text)?.[0] ?? '';
  if (word.length > 1 && word === word.toLocaleUpperCase('vi')) return text;
  const first = text.charAt(0);
  return first ? first.toLocaleLowerCase('vi') + text.slice(1) : text;
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  return /[.!?;:…]$/.test(trimmed) || trimmed === '' ? trimmed : `${trimmed}.`;
}

/** Where a number stands: in the notice's sentences ("01 hội nghị") or in a table cell ("1"). */
export type NumberPlace = 'text' | 'table';

/**
 * A known number the official way: in text, "01" … "09" for whole counts under ten (the Party
 * documents' convention), "746", "8.744", "512,6", "52,6%"; in tables every number plain ("1").
 */
export function amountText(w: Wording, value: number, indicator: Indicator, place: NumberPlace = 'text'): string {
  if (indicator.kind === 'rate') {
    const scale = indicator.scale ?? 1;
    return scale === 100 ? w.percent(value / 100, indicator.decimals) : w.number(value, indicator.decimals);
  }
  if (isMoney(indicator)) return w.number(value, Math.max(1, indicator.decimals));
  if (place === 'text' && Number.isInteger(value) && value > 0 && value < 10) return w.padded(value);
  return w.number(value, indicator.decimals);
}

/** A published cell: "x" when suppressed (never a number), "chưa báo cáo" when not reported. */
export function cellText(w: Wording, cell: Cell, indicator: Indicator, place: NumberPlace = 'text'): string {
  if (cell === null) return w.text('value.notReported');
  if (cell === 'suppressed') return w.text('value.suppressed');
  return amountText(w, cell, indicator, place);
}

/** "746/625, đạt 119,4%"; without a ratio (target 0) just "746/0". */
export function ratioText(w: Wording, actual: number, target: number, indicator: Indicator): string {
  const params = { actual: amountText(w, actual, indicator), target: amountText(w, target, indicator) };
  if (target === 0) return w.text('report.compare.zeroTarget', { target: params.target });
  return w.text('report.compare.ratio', { ...params, percent: w.percent(actual / target) });
}

/**
 * Lower-is-better reading (child marriage, violence): staying at or under the target is the
 * goal, so the wording says "does not exceed" or "exceeds by", never "achieved 120 %".
 */
export function lowerIsBetterText(w: Wording, actual: number, target: number, indicator: Indicator, targetLabel: string): string {
  const params = { target: amountText(w, target, indicator), unit: indicator.unitOfMeasure[w.lang], targetLabel };
  if (actual <= target) return w.text('report.compare.lowerMet', params);
  return w.text('report.compare.lowerBehind', { ...params, excess: amountText(w, actual - target, indicator) });
}

/** A unit inside a sentence: "Thành phố Bắc Kạn" → "thành phố Bắc Kạn", "Tổ Khuổi Pái" (Tổ dân phố) → "tổ dân phố Khuổi Pái". */
export function unitInSentence(w: Pick<Wording, 'lang'>, unit: { name: string; type: string }): string {
  if (w.lang !== 'vi') return unit.name;
  const { name, type } = unit;
  if (type && name.startsWith(type)) return lowerFirst(type) + name.slice(type.length);
  const nameWord = /^\S+/.exec(name)?.[0] ?? '';
  const typeWord = /^\S+/.exec(type)?.[0] ?? '';
  if (nameWord && nameWord === typeWord) return type.toLocaleLowerCase('vi') + name.slice(nameWord.length);
  return lowerFirst(name);
}

/** The name without its type: "Thành phố Bắc Kạn" → "Bắc Kạn". */
export function bareName(unit: { name: string; type: string }): string {
  return unit.type && unit.name.startsWith(`${unit.type} `) ? unit.name.slice(unit.type.length + 1) : unit.name;
}

/** Joins names the Vietnamese way: "A, B và C" ("A, B and C"). */
export function joinNames(w: Pick<Wording, 'lang'>, names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  const and = w.lang === 'vi' ? ' và ' : ' and ';
  return `${names.slice(0, -1).join(', ')}${and}${names[names.length - 1]}`;
}
