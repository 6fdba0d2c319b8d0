/** Gathers what the notice is generated from: the unit document, the catalogue, the notes and the inspected units' documents. */
import type { Catalogue, Meta, Note, UnitDocument, UnitRef } from '@/api/contract';
import { levelKind } from '@/domain/levels';
import { conclusionFor, difficultiesFor, inspectionFor } from '@/domain/notes';
import type { ReportInput } from '@/domain/report/document';
import { parseSelection, type PeriodSelection } from '@/domain/periods';
import { unitInSentence, type Wording } from '@/domain/report/wording';
import { assembleHeadline, childProgress, type HeadlineChild, type OwnProgress } from '@/domain/headline';
import type { Indicator } from '@/domain/indicators';
import type { LaggingEntry } from '@/domain/lagging';
import type { AssessContext, UnitFigures } from '@/domain/progress-assess';
import { assessContext } from '@/domain/progress-context';
import { assessUnit, type UnitProgress } from '@/domain/unit-progress';
import { summarise } from '@/domain/headline-summary';
import type { ReportSummary } from '@/domain/report/annex';
import { quartersCovered } from '@/domain/report/period-scope';
import { compareVietnamese } from '@/i18n/format';
import { summaryFacts, summaryText } from '@/i18n/summary-text';

export interface ReportSources {
  doc: UnitDocument;
  catalogue: Catalogue;
  meta: Meta;
  period: PeriodSelection;
  /** Notes of the unit and the units below; null while unknown (loading or failed). */
  notes: readonly Note[] | null;
  /** Documents of the other inspected units (inspectedUnitsToLoad), by code (those loaded so far). */
  subDocs: ReadonlyMap<string, UnitDocument>;
  /** Today's date, ISO. */
  today: string;
}

/** Codes of the other units visited by the inspection that concerns the unit and period (their documents are needed). */
export function otherInspectedUnits(doc: UnitDocument, notes: readonly Note[] | null, period: PeriodSelection): string[] {
  const inspection = notes ? inspectionFor(notes, doc.unit.code, period) : null;
  return (inspection?.inspection?.unitsInspected ?? []).filter((code) => code !== doc.unit.code);
}

/**
 * Codes of the inspected units whose documents the notice needs: the other units visited, less the
 * report unit's ancestors, whose names and places the unit's own document already gives.
 */
export function inspectedUnitsToLoad(doc: UnitDocument, notes: readonly Note[] | null, period: PeriodSelection): string[] {
  const ancestors = new Set(doc.ancestors.map((a) => a.code));
  return otherInspectedUnits(doc, notes, period).filter((code) => !ancestors.has(code));
}

/**
 * The period a notice reports on: the months of the inspection it concludes (so its figures, its
 * wording and its date agree), or the period chosen when no inspection concerns it.
 */
export function noticePeriod(doc: UnitDocument, notes: readonly Note[] | null, chosen: PeriodSelection): PeriodSelection {
  const inspection = notes ? inspectionFor(notes, doc.unit.code, chosen) : null;
  return (inspection && parseSelection(`${inspection.periodFrom}_${inspection.periodTo}`)) ?? chosen;
}

/**
 * What the notice's progress summary is read from: the unit's figures and its children's, assessed
 * over the quarters up to the last of the notice's period (never after it). Null when the period
 * covers no quarter or the unit has no figures of its own: then there is no summary.
 */
export interface SummaryPlan {
  indicators: readonly Indicator[];
  own: UnitFigures;
  children: readonly HeadlineChild[];
  ctx: AssessContext;
}

export function summaryPlan(doc: UnitDocument, catalogue: Catalogue, meta: Meta, period: PeriodSelection): SummaryPlan | null {
  const last = quartersCovered(period, meta.quarters)?.last;
  const own = doc.figures[doc.unit.code];
  const upTo = last ? meta.quarters.filter((q) => q <= last) : [];
  if (!own || upTo.length === 0) return null;
  const indicators = catalogue.indicators;
  return {
    indicators,
    own,
    children: doc.children.map((c) => ({ code: c.code, name: c.name, figures: doc.figures[c.code] })),
    ctx: assessContext({ quarters: upTo, phases: meta.phases }, { indicators }, period),
  };
}

/** The summary's parts, each costly enough to be computed in a render of its own: the unit now, the unit a quarter earlier, the children. */
export const summaryNow = (plan: SummaryPlan): UnitProgress => assessUnit(plan.indicators, plan.own, plan.ctx);

export function summaryEarlier(plan: SummaryPlan): UnitProgress | null {
  const earlier = plan.ctx.axis.slice(0, -1);
  return earlier.length > 0 ? assessUnit(plan.indicators, plan.own, { ...plan.ctx, axis: earlier }) : null;
}

export const summaryChildren = (plan: SummaryPlan): (LaggingEntry | null)[] => plan.children.map((c) => childProgress(plan.indicators, c, plan.ctx));

/** The summary put together from its parts, in the notice's language: the same sentences as on the screen and the first slide. */
export function summaryFromParts(w: Wording, plan: SummaryPlan, own: OwnProgress, children: readonly (LaggingEntry | null)[]): ReportSummary | null {
  const headline = assembleHeadline(plan.ctx.axis, own, children, compareVietnamese);
  if (!headline.asOf) return null;
  return { asOf: headline.asOf, sentences: summarise(headline).map((s) => ({ text: summaryText(w.lang, s), facts: summaryFacts(w.lang, s) })) };
}

/** The overview's headline summary read at the last quarter of the notice's period, computed at once. */
export function reportSummary(w: Wording, doc: UnitDocument, catalogue: Catalogue, meta: Meta, period: PeriodSelection): ReportSummary | null {
  const plan = summaryPlan(doc, catalogue, meta, period);
  return plan ? summaryFromParts(w, plan, { progress: summaryNow(plan), previous: summaryEarlier(plan) }, summaryChildren(plan)) : null;
}

/** What the notice says, gathered from its sources: its input with the unit's progress summary for the annex. */
export function reportInput(w: Wording, s: ReportSources): ReportInput {
  return withSummary(w, s, noticeInput(w, s));
}

/** The notice's input with the unit's progress summary at the end of the notice's period (the costly part, computed apart). */
export function withSummary(w: Wording, s: Pick<ReportSources, 'doc' | 'catalogue' | 'meta'>, input: ReportInput): ReportInput {
  return { ...input, summary: reportSummary(w, s.doc, s.catalogue, s.meta, input.period) };
}

/** The notice's input without the progress summary (`withSummary` adds it), so that a screen can compute the two in renders of their own. */
export function noticeInput(w: Wording, s: ReportSources): ReportInput {
  const { doc, catalogue, meta, notes } = s;
  const toOrg = (u: UnitRef) => ({ name: u.name, type: u.type, kind: levelKind(meta.levels, u.level) });
  const unit = doc.unit;
  const own = doc.figures[unit.code] ?? { series: {}, targets: {}, baselines: {}, withheld: [] };
  const inspection = notes ? inspectionFor(notes, unit.code, s.period) : null;
  const period = noticePeriod(doc, notes, s.period);
  const conclusion = notes && inspection ? conclusionFor(notes, inspection) : null;
  const date = conclusion?.date ?? s.today;
  const parent = doc.ancestors[doc.ancestors.length - 1] ?? null;
  const province = doc.ancestors[0] ?? unit;

  // Another inspected unit and the unit above it: from its own document, or from the report unit's ancestors.
  const inspectedUnit = (code: string): { ref: UnitRef; above: UnitRef | undefined } | null => {
    const sub = s.subDocs.get(code);
    if (sub) return { ref: sub.unit, above: sub.ancestors[sub.ancestors.length - 1] };
    const i = doc.ancestors.findIndex((a) => a.code === code);
    return i < 0 ? null : { ref: doc.ancestors[i]!, above: doc.ancestors[i - 1] };
  };
  const nameOf = (code: string): string | null => {
    if (code === unit.code) return unitInSentence(w, unit);
    const other = inspectedUnit(code);
    return other ? unitInSentence(w, other.ref) : null;
  };
  const inspectedNames = (inspection?.inspection?.unitsInspected ?? []).map(nameOf).filter((n): n is string => n !== null);
  const placeOf = (code: string): string | null => {
    const other = code === unit.code ? null : inspectedUnit(code);
    if (!other) return nameOf(code);
    const { ref, above } = other;
    return unitInSentence(w, ref) + (above && above.code !== unit.code ? `, ${unitInSentence(w, above)}` : '');
  };
  const activities = (inspection?.inspection?.activities ?? []).flatMap((a) => {
    const place = placeOf(a.unit);
    return place ? [{ area: a.area, place, text: a.text }] : [];
  });

  const subUnits = otherInspectedUnits(doc, notes, period).flatMap((code) => {
    const sub = s.subDocs.get(code);
    const figures = sub?.figures[code];
    // Only units below the report unit: their figures are part of it.
    if (!sub || !figures || !sub.unit.path.includes(unit.code)) return [];
    const subParent = sub.ancestors[sub.ancestors.length - 1];
    const parentName = subParent && subParent.code !== unit.code ? unitInSentence(w, subParent) : null;
    return [{ unit: toOrg(sub.unit), parentName, figures }];
  });

  return {
    unit: { code: unit.code, ...toOrg(unit) },
    parent: parent ? toOrg(parent) : null,
    province: toOrg(province),
    figures: own,
    children: doc.children.map((c) => ({ name: c.name, type: c.type, figures: doc.figures[c.code] })),
    subUnits,
    areas: catalogue.areas,
    indicators: catalogue.indicators,
    dimensions: catalogue.dimensions,
    axis: meta.quarters,
    period,
    dataDate: meta.dataDate,
    today: s.today,
    inspection,
    inspectedNames,
    activities,
    conclusion,
    difficulties: notes ? difficultiesFor(notes, period, date) : [],
    summary: null,
  };
}
