/**
 * The annex table of the notice: every indicator with its value, target and achievement, grouped
 * by content area. Cells carry both the text (for the page and DOCX) and the raw number (for XLSX),
 * so a spreadsheet gets numbers, "x" stays text and nothing is recomputed from it.
 */
import { isComplete } from '../aggregate';
import { completenessLevel } from '../completeness';
import { groupByArea, type ContentArea } from '../indicators';
import { targetLabel } from './requests';
import type { ReportRow } from './rows';
import { amountText, cellText, lowerFirst, type Wording } from './wording';

export interface AnnexCell {
  text: string;
  /** The number behind the text, when there is one (never for "x" or "chưa báo cáo"). */
  value: number | null;
}

export interface AnnexLine {
  no: string;
  indicator: string;
  unit: string;
  value: AnnexCell;
  target: AnnexCell;
  /** Achievement ratio (1.194 = 119,4 %). */
  achieved: AnnexCell;
  note: string;
}

export interface AnnexGroup {
  /** Content area code. */
  area: string;
  title: string;
  lines: AnnexLine[];
}

/** A sentence of the progress summary with the figures it is written from. */
export interface SummaryLine {
  text: string;
  sources: string;
}

/** The unit's progress summary (the overview's headline), read at the end of the notice's period. */
export interface AnnexSummary {
  title: string;
  lines: SummaryLine[];
}

/** The summary as the notice receives it: each sentence with its facts joined ("Đã đạt: 2; Chậm tiến độ: 1"). */
export interface ReportSummary {
  asOf: string;
  sentences: readonly { text: string; facts: string }[];
}

export interface Annex {
  title: string;
  subtitle: string;
  basis: string;
  /** Null when progress cannot be read (no figures, no quarter in the period). */
  summary: AnnexSummary | null;
  columns: string[];
  groups: AnnexGroup[];
}

const empty: AnnexCell = { text: '', value: null };

function line(w: Wording, row: ReportRow, no: number): AnnexLine {
  const { indicator, figure, target, achievement } = row;
  const notes: string[] = [];
  let value = empty;
  if (row.status === 'withheld') notes.push(w.text(row.withheldReason === 'period' ? 'report.annex.note.withheldPeriod' : 'report.annex.note.withheld'));
  else if (row.status === 'not_applicable' || !figure) notes.push(w.text('report.annex.note.notApplicable'));
  else {
    value = { text: cellText(w, figure.value, indicator, 'table'), value: typeof figure.value === 'number' ? figure.value : null };
    if (row.targetHidden) notes.push(w.text('report.annex.note.targetHidden'));
    else if (row.noComparison) notes.push(w.text(`comparison.none.${row.noComparison.reason}`, { year: String(row.noComparison.year ?? '') }));
    else if (!target && indicator.kind !== 'rate') notes.push(w.text('report.annex.note.noTarget'));
    if (target) notes.push(targetLabel(w, target.scope));
    if (target && target.year !== null)
      notes.push(w.text('report.annex.note.countedYear', { year: String(target.year), actual: cellText(w, target.actual, indicator, 'table') }));
    const level = completenessLevel(figure);
    if (level !== null && !isComplete(figure)) {
      notes.push(
        w.text('report.annex.note.reports', {
          reported: w.number(figure.reported),
          expected: w.number(figure.expected),
          level: w.text(`completeness.level.${level}`),
        }),
      );
    }
    if (figure.carried) notes.push(w.text('completeness.carried', { carried: w.number(figure.carried) }));
  }
  if (indicator.direction === 'lower') notes.push(w.text('report.annex.note.lower'));
  const ratio = achievement?.ratio ?? null;
  return {
    no: String(no),
    indicator: indicator.name[w.lang],
    unit: indicator.unitOfMeasure[w.lang],
    value,
    target: target
      ? { text: amountText(w, target.value, indicator, 'table'), value: target.value }
      : row.targetHidden
        ? { text: w.text('value.suppressed'), value: null }
        : empty,
    achieved: ratio === null || indicator.direction === 'lower' ? empty : { text: w.percent(ratio), value: ratio },
    note: notes.join('; '),
  };
}

export interface AnnexInput {
  rows: readonly ReportRow[];
  areas: readonly ContentArea[];
  /** "Kết quả thực hiện các chỉ tiêu Dự án 8 tại …". */
  subtitle: string;
  basis: string;
  /** The summary sentences and their facts, already in the notice's language, and the quarter they are read at. */
  summary?: ReportSummary | null | undefined;
}

export function buildAnnex(w: Wording, { rows, areas, subtitle, basis, summary }: AnnexInput): Annex {
  let no = 0;
  const groups = groupByArea(rows, areas).map(({ area, cards }) => ({
    area: area.code,
    title: area.name[w.lang],
    lines: cards.map((r) => line(w, r, ++no)),
  }));
  return {
    title: w.text('report.annex.title'),
    subtitle,
    basis,
    summary:
      summary && summary.sentences.length > 0
        ? {
            title: w.text('report.annex.summaryTitle', { quarter: lowerFirst(w.quarter(summary.asOf)) }),
            lines: summary.sentences.map((s) => ({ text: s.text, sources: s.facts ? w.text('report.annex.summarySources', { facts: s.facts }) : '' })),
          }
        : null,
    columns: [
      w.text('report.annex.col.no'),
      w.text('report.annex.col.indicator'),
      w.text('report.annex.col.unit'),
      w.text('report.annex.col.value'),
      w.text('report.annex.col.target'),
      w.text('report.annex.col.achieved'),
      w.text('report.annex.col.note'),
    ],
    groups,
  };
}

/** The annex as plain rows of text (header first), for the page, DOCX and tests. */
export function annexTextRows(annex: Annex): string[][] {
  const rows: string[][] = [annex.columns];
  for (const g of annex.groups) {
    rows.push([g.title]);
    for (const l of g.lines) rows.push([l.no, l.indicator, l.unit, l.value.text, l.target.text, l.achieved.text, l.note]);
  }
  return rows;
}
