/**
 * The whole notice, generated from the figures and the notes: header, opening, results,
 * shortcomings, requests, closing, recipients and signature, every part plain text, plus the annex.
 */
import type { ContentArea, Dimension, Indicator } from '../indicators';
import type { PeriodSelection } from '../periods';
import { buildAnnex, type Annex, type ReportSummary } from './annex';
import { summariseDifficulty } from './difficulty-summary';
import { findFindings, MAX_NAMED_UNITS, type Finding } from './findings';
import { quartersCovered, selectionEndIso } from './period-scope';
import { draftRequests, partyCommitteeOf, targetLabel, womenUnionOf, type OrgUnit, type ReportRequest } from './requests';
import { resultLines, subUnitLine } from './results';
import { buildRows, type ReportRow, type UnitFigures } from './rows';
import { amountText, bareName, capitalize, joinNames, lowerFirst, ratioText, unitInSentence, type Wording } from './wording';

export const FIELD_IDS = [
  'party',
  'issuer',
  'number',
  'placeDate',
  'title',
  'subtitle',
  'opening',
  'headingResults',
  'results',
  'headingShortcomings',
  'shortcomings',
  'headingRequests',
  'requestsIntro',
  'closing',
  'recipients',
  'signature',
  'signer',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

/** The editable text of a notice. Fields hold plain text; lines are separated by "\n". */
export interface ReportText {
  fields: Record<FieldId, string>;
  requests: ReportRequest[];
}

export interface GeneratedReport extends ReportText {
  annex: Annex;
  findings: Finding[];
}

export interface InspectionInfo {
  date: string;
  inspection?: { body: string; head: string; members: readonly string[]; unitsInspected: readonly string[] } | undefined;
}

export interface ReportInput {
  unit: OrgUnit & { code: string };
  parent: OrgUnit | null;
  province: OrgUnit;
  figures: UnitFigures;
  children: readonly { name: string; type: string; figures: UnitFigures | undefined }[];
  /** Inspected units below the report unit, with their figures (in the order they were visited). */
  subUnits: readonly { unit: OrgUnit; parentName: string | null; figures: UnitFigures }[];
  /** Content areas, in the catalogue's order. */
  areas: readonly ContentArea[];
  indicators: readonly Indicator[];
  dimensions: readonly Dimension[];
  axis: readonly string[];
  period: PeriodSelection;
  dataDate: string;
  /** Today's date (ISO), used when no conclusion has been issued yet. */
  today: string;
  inspection: InspectionInfo | null;
  /** Names (inside a sentence) of the units the inspection visited. */
  inspectedNames: readonly string[];
  /** Notable activities the inspection saw, with the place in words ("tổ dân phố Khuổi Pái, phường Huyền Tụng"). */
  activities?: readonly { area: string; place: string; text: string }[];
  conclusion: { date: string; documentNumber?: string | undefined } | null;
  difficulties: readonly { author: string; date: string; title: string; body: string }[];
  /** The unit's progress summary at the end of the period (the overview's headline), for the annex. */
  summary?: ReportSummary | null | undefined;
}

/** The period inside a sentence: "từ tháng 1/2022 đến tháng 5/2023", "từ đầu giai đoạn đến ngày 30 tháng 6 năm 2025". */
export function periodPhrase(w: Wording, period: PeriodSelection, dataDate: string): string {
  if (period.kind === 'phase') return w.text('report.period.phaseToDate', { date: w.dateLong(dataDate) });
  // Inside a sentence every part is in lower case: "quý I/2022 – quý II/2023, gồm cả tháng 6/2023…".
  return w.period(period).split(' – ').map(lowerFirst).join(' – ');
}

function findingLine(w: Wording, f: Finding, periodText: string): string {
  switch (f.kind) {
    case 'behind': {
      // A yearly level is compared through one year's count: the sentence names the year.
      const name = f.year === null ? f.indicator.name[w.lang] : w.text('report.name.inYear', { name: f.indicator.name[w.lang], year: String(f.year) });
      const label = targetLabel(w, f.scope);
      if (f.indicator.direction === 'lower') {
        return w.text('report.finding.behindLower', {
          name,
          actual: amountText(w, f.value, f.indicator),
          excess: amountText(w, f.value - f.target, f.indicator),
          target: amountText(w, f.target, f.indicator),
          unit: f.indicator.unitOfMeasure[w.lang],
          targetLabel: label,
        });
      }
      return w.text('report.finding.behind', { name, ratio: ratioText(w, f.value, f.target, f.indicator), targetLabel: label });
    }
    case 'missingTargets':
      return w.text('report.finding.missingTargets', { years: joinNames(w, f.years.map(String)) });
    case 'incompleteReports': {
      const names = f.units.slice(0, MAX_NAMED_UNITS).map((u) => unitInSentence(w, u));
      const units = names.length ? w.text('report.finding.incompleteUnits', { names: names.join(', ') + (f.units.length > MAX_NAMED_UNITS ? ', …' : '') }) : '';
      return w.text('report.finding.incomplete', {
        reported: w.number(f.reported),
        expected: w.number(f.expected),
        percent: w.percent(f.reported / f.expected),
        units,
      });
    }
    case 'lowDisbursement':
      return w.text('report.finding.lowDisbursement', {
        disbursed: w.number(f.disbursed, 1),
        allocated: w.number(f.allocated, 1),
        percent: w.percent(f.ratio),
      });
    case 'noBudget':
      return w.text('report.finding.noBudget', { period: periodText });
  }
}

const numberOf = (row: ReportRow): number | null => (row.status === 'ok' && typeof row.figure?.value === 'number' ? row.figure.value : null);

/**
 * Each result said once: a unit visited drops the figures equal to the report unit's (already said)
 * or to a unit visited below it (said there).
 */
function newFigures(rows: readonly ReportRow[], own: readonly ReportRow[], below: readonly (readonly ReportRow[])[]): ReportRow[] {
  const same = (a: readonly ReportRow[], row: ReportRow) => {
    const v = numberOf(row);
    return v !== null && a.some((r) => r.indicator.code === row.indicator.code && numberOf(r) === v);
  };
  return rows.filter((row) => !same(own, row) && !below.some((b) => same(b, row)));
}

/** True when every figure the report unit did (above zero) is the same at one unit visited: all took place there. */
function allAt(own: readonly ReportRow[], place: readonly ReportRow[]): boolean {
  const done = own.filter((r) => (numberOf(r) ?? 0) > 0);
  return done.length > 0 && done.every((r) => place.some((p) => p.indicator.code === r.indicator.code && numberOf(p) === numberOf(r)));
}

export function buildReport(w: Wording, input: ReportInput): GeneratedReport {
  const { unit, province, period, axis, inspection } = input;
  const rows = buildRows(input.indicators, input.figures, axis, period);
  const findings = findFindings({
    unit,
    rows,
    targets: input.figures.targets,
    hiddenTargets: input.figures.hiddenTargets,
    children: input.children,
    indicators: input.indicators,
    axis,
    period,
  });
  const periodText = periodPhrase(w, period, input.dataDate);
  const unitText = unitInSentence(w, unit);
  const date = input.conclusion?.date ?? input.today;
  const issuer = inspection?.inspection?.body ?? w.text('report.doc.issuerBody');
  const placeholder = w.text('report.doc.placeholder');
  const requests = draftRequests(findings, { unit, parent: input.parent, date, periodText, visited: input.subUnits.map((s) => s.unit), issuer }, w);

  const results = resultLines(w, { unit, rows, periodText, areas: input.areas, activities: input.activities ?? [] });
  const subRows = input.subUnits.map((sub) => buildRows(input.indicators, sub.figures, axis, period));
  input.subUnits.forEach((sub, i) => {
    const line = subUnitLine(w, { ...sub, rows: newFigures(subRows[i]!, rows, subRows.slice(i + 1)), dimensions: input.dimensions, axis, period });
    if (line) results.push(line);
  });
  const deepest = input.subUnits.length - 1;
  if (deepest >= 0 && allAt(rows, subRows[deepest]!)) {
    const last = input.subUnits[deepest]!;
    results.push(w.text('report.results.sameAsBelow', { place: unitInSentence(w, last.unit) + (last.parentName ? `, ${last.parentName}` : '') }));
  }

  const shortcomings = [w.text('report.findings.intro', { unit: unitText })];
  for (const f of findings) shortcomings.push(`- ${findingLine(w, f, periodText)}`);
  if (findings.length === 0) shortcomings.push(w.text('report.findings.none'));
  const summarised = input.difficulties.map((d) => ({ d, points: summariseDifficulty(d.body).points }));
  if (summarised.some((s) => s.points.length > 0)) {
    shortcomings.push(w.text('report.findings.causes'));
    for (const { d, points } of summarised) {
      if (points.length === 0) continue;
      const text = points.map((p, i) => (i === 0 ? p : lowerFirst(p))).join('; ');
      shortcomings.push(w.text('report.findings.difficultySummary', { author: d.author, date: w.date(d.date), points: text }));
    }
  }

  const members = inspection?.inspection?.members ?? [];
  const head = inspection?.inspection?.head ?? placeholder;
  const opening = w.text('report.doc.opening', {
    year: (inspection?.date ?? date).slice(0, 4),
    issuer,
    date: inspection ? w.dateLong(inspection.date) : w.text('report.doc.datePlaceholder'),
    head,
    members: members.length ? w.text('report.doc.openingMembers', { members: members.join('; ') }) : '',
    period: periodText,
    units: input.inspectedNames.length ? joinNames(w, input.inspectedNames) : unitText,
  });

  const addressees = [
    w.text('report.doc.recipientStanding'),
    womenUnionOf(w, province),
    partyCommitteeOf(w, unit),
    womenUnionOf(w, unit),
    ...requests.map((r) => r.to),
  ];
  const recipients = [w.text('report.doc.recipientsLabel'), ...[...new Set(addressees)].map((a) => `- ${a},`), `- ${w.text('report.doc.recipientArchive')}.`];
  const signer = /phó trưởng ban/i.test(head) ? (head.split(',')[0] ?? head).trim() : placeholder;

  const quarters = quartersCovered(period, axis);
  const annex = buildAnnex(w, {
    rows,
    areas: input.areas,
    subtitle: w.text('report.annex.subtitle', { unit: unitText, period: periodText }),
    summary: input.summary,
    basis: [
      w.text('report.annex.basis', {
        from: quarters ? w.quarter(quarters.first) : placeholder,
        to: quarters ? w.quarter(quarters.last) : placeholder,
        // The figures as of the end of the period, never after the notice that cites them.
        date: w.date([selectionEndIso(period, input.dataDate), date].sort()[0]!),
      }),
      ...input.difficulties.map((d) => w.text('report.annex.source', { author: d.author, date: w.date(d.date), title: d.title })),
    ].join('\n'),
  });

  return {
    fields: {
      party: w.text('report.doc.party'),
      issuer: w.text('report.doc.issuer', { province: bareName(province).toLocaleUpperCase('vi') }),
      number: input.conclusion?.documentNumber
        ? w.text('report.doc.number', { number: input.conclusion.documentNumber })
        : w.text('report.doc.numberPlaceholder'),
      placeDate: w.text('report.doc.placeDate', { place: bareName(province), date: w.dateLong(date) }),
      title: w.text('report.doc.title'),
      subtitle: w.text('report.doc.subtitle', { unit: unitText }),
      opening,
      headingResults: w.text('report.doc.headingResults'),
      results: results.join('\n'),
      headingShortcomings: w.text('report.doc.headingShortcomings'),
      shortcomings: shortcomings.join('\n'),
      headingRequests: w.text('report.doc.headingRequests'),
      requestsIntro: capitalize(w.text('report.doc.requestsIntro', { issuer })),
      closing: w.text('report.doc.closing', { issuer, unit: unitText }),
      recipients: recipients.join('\n'),
      signature: w.text('report.doc.signature'),
      signer,
    },
    requests,
    annex,
    findings,
  };
}
