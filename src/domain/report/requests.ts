/**
 * Requests drafted from findings: one per finding, addressed to the body responsible for it
 * (the unit's Women's Union, People's Committee or Party committee), with a deadline.
 */
import type { LevelKind } from '../levels';
import type { Finding } from './findings';
import { addDays, endOfYear } from './period-scope';
import type { TargetScope } from '../target-comparison';
import { bareName, endSentence, joinNames, lowerFirst, ratioText, amountText, unitInSentence, type Wording } from './wording';

export interface ReportRequest {
  id: string;
  /** The addressed body ("Hội LHPN thành phố Bắc Kạn"). */
  to: string;
  text: string;
  /** ISO date, or null for an ongoing task ("thường xuyên"). */
  deadline: string | null;
}

export interface OrgUnit {
  name: string;
  type: string;
  /** The kind of its level; undefined for a level the dataset does not declare. */
  kind: LevelKind | undefined;
}

/** "Ban Dân vận Thành ủy Bắc Kạn", "Ban Dân vận Huyện ủy Pác Nặm": the board that follows up a notice in a district; null elsewhere. */
export function danVanBoardOf(w: Wording, unit: OrgUnit): string | null {
  if (unit.kind !== 'district') return null;
  const name = bareName(unit);
  if (unit.type === 'Thành phố') return w.text('report.org.danVanCity', { name });
  if (unit.type === 'Thị xã') return w.text('report.org.danVanTown', { name });
  return w.text('report.org.danVanDistrict', { name });
}

export const womenUnionOf = (w: Wording, unit: OrgUnit): string => w.text('report.org.womenUnion', { unit: unitInSentence(w, unit) });
export const peoplesCommitteeOf = (w: Wording, unit: OrgUnit): string => w.text('report.org.peoplesCommittee', { unit: unitInSentence(w, unit) });

/** "Ban Thường vụ Thành ủy Bắc Kạn", "Ban Thường vụ Huyện ủy Pác Nặm", "Đảng ủy phường Huyền Tụng", "Chi bộ tổ dân phố Khuổi Pái". */
export function partyCommitteeOf(w: Wording, unit: OrgUnit): string {
  const name = bareName(unit);
  switch (unit.kind) {
    case 'province':
    case undefined:
      return w.text('report.org.partyProvince', { name });
    case 'district':
      if (unit.type === 'Thành phố') return w.text('report.org.partyCity', { name });
      if (unit.type === 'Thị xã') return w.text('report.org.partyTown', { name });
      return w.text('report.org.partyDistrict', { name });
    case 'commune':
      return w.text('report.org.partyCommune', { unit: unitInSentence(w, unit) });
    case 'village':
    case 'group':
      return w.text('report.org.partyCell', { unit: unitInSentence(w, unit) });
  }
}

export function targetLabel(w: Wording, scope: TargetScope): string {
  switch (scope.kind) {
    case 'year':
      return w.text('report.target.year', { year: String(scope.year) });
    case 'years':
      return w.text('report.target.years', { from: String(scope.from), to: String(scope.to) });
    case 'phase':
      return w.text('report.target.phase');
  }
}

export interface RequestContext {
  unit: OrgUnit;
  /** Units below the report unit the inspection visited, in the order visited (a ward before its groups). */
  visited?: readonly OrgUnit[];
  /** The body that issues the notice ("Ban Dân vận Tỉnh ủy Bắc Kạn"), to which follow-up is reported. */
  issuer?: string;
  /** The unit above (its Women's Union assigns targets); null for the province. */
  parent: OrgUnit | null;
  /** Date of the notice (ISO): deadlines count from it. */
  date: string;
  /** The period in words, inside a sentence ("từ tháng 1/2022 đến tháng 5/2023"). */
  periodText: string;
}

/** Days given for urgent reviews (targets, missing reports). */
export const URGENT_DAYS = 30;

function requestFor(f: Finding, ctx: RequestContext, w: Wording): Omit<ReportRequest, 'id'> {
  const wu = womenUnionOf(w, ctx.unit);
  switch (f.kind) {
    case 'missingTargets':
      return {
        to: wu,
        text: w.text('report.request.missingTargets', {
          years: joinNames(w, f.years.map(String)),
          parent: ctx.parent ? womenUnionOf(w, ctx.parent) : w.text('report.doc.issuerBody'),
        }),
        deadline: addDays(ctx.date, URGENT_DAYS),
      };
    case 'behind': {
      const name = f.indicator.name[w.lang];
      if (f.indicator.direction === 'lower') {
        return {
          to: wu,
          text: w.text('report.request.behindLower', {
            name,
            targetLabel: targetLabel(w, f.scope),
            target: amountText(w, f.target, f.indicator),
            unit: f.indicator.unitOfMeasure[w.lang],
          }),
          deadline: endOfYear(ctx.date),
        };
      }
      return {
        to: wu,
        text: w.text('report.request.behind', { name, ratio: ratioText(w, f.value, f.target, f.indicator), targetLabel: targetLabel(w, f.scope) }),
        deadline: endOfYear(ctx.date),
      };
    }
    case 'incompleteReports':
      return { to: wu, text: w.text('report.request.incomplete', { period: ctx.periodText }), deadline: addDays(ctx.date, URGENT_DAYS) };
    case 'lowDisbursement':
      return {
        to: peoplesCommitteeOf(w, ctx.unit),
        text: w.text('report.request.lowDisbursement', { percent: w.percent(f.ratio) }),
        deadline: endOfYear(ctx.date),
      };
    case 'noBudget':
      return { to: partyCommitteeOf(w, ctx.unit), text: w.text('report.request.noBudget'), deadline: null };
  }
}

const findingId = (f: Finding): string => (f.kind === 'behind' ? `behind-${f.indicator.code}` : f.kind);

type Behind = Extract<Finding, { kind: 'behind' }>;

/** Every indicator behind its target in one request per direction, the indicators listed once each. */
function behindRequests(findings: readonly Behind[], ctx: RequestContext, w: Wording): ReportRequest[] {
  const higher = findings.filter((f) => f.indicator.direction !== 'lower');
  const lower = findings.filter((f) => f.indicator.direction === 'lower');
  const out: ReportRequest[] = [];
  if (higher.length === 1) out.push({ id: findingId(higher[0]!), ...requestFor(higher[0]!, ctx, w) });
  else if (higher.length > 1) {
    const items = higher.map((f) =>
      w.text('report.request.behindItem', { name: f.indicator.name[w.lang], ratio: ratioText(w, f.value, f.target, f.indicator) }),
    );
    out.push({
      id: 'behind',
      to: womenUnionOf(w, ctx.unit),
      text: w.text('report.request.behindMany', { items: items.join('; '), targetLabel: targetLabel(w, higher[0]!.scope) }),
      deadline: endOfYear(ctx.date),
    });
  }
  for (const f of lower) out.push({ id: findingId(f), ...requestFor(f, ctx, w) });
  return out;
}

/** Requests for the bodies that must act besides the unit's Women's Union: the one above, the wards visited, the follow-up board. */
function otherRequests(findings: readonly Finding[], ctx: RequestContext, w: Wording): ReportRequest[] {
  const out: ReportRequest[] = [];
  const missing = findings.find((f) => f.kind === 'missingTargets');
  if (missing && ctx.parent) {
    out.push({
      id: 'assignTargets',
      to: womenUnionOf(w, ctx.parent),
      text: w.text('report.request.assignTargets', { unit: unitInSentence(w, ctx.unit), years: joinNames(w, missing.years.map(String)) }),
      deadline: addDays(ctx.date, 2 * URGENT_DAYS),
    });
  }
  const visited = ctx.visited ?? [];
  for (const [i, place] of visited.entries()) {
    if (place.kind !== 'commune') continue;
    const below = visited.slice(i + 1).filter((v) => v.kind === 'village' || v.kind === 'group');
    if (below.length === 0) continue;
    out.push({
      id: `sustain-${i}`,
      to: womenUnionOf(w, place),
      text: w.text('report.request.sustain', {
        places: joinNames(
          w,
          below.map((b) => unitInSentence(w, b)),
        ),
      }),
      deadline: null,
    });
  }
  const board = danVanBoardOf(w, ctx.unit);
  if (board && ctx.issuer)
    out.push({ id: 'followUp', to: board, text: w.text('report.request.followUp', { issuer: ctx.issuer }), deadline: endOfYear(ctx.date) });
  return out;
}

/**
 * The requests of a notice: one per finding, except that the indicators behind target share one
 * request; then the bodies above and below that must act; never the same request twice.
 */
export function draftRequests(findings: readonly Finding[], ctx: RequestContext, w: Wording): ReportRequest[] {
  const behind = findings.filter((f): f is Behind => f.kind === 'behind');
  const all: ReportRequest[] = [];
  for (const f of findings) {
    if (f.kind === 'behind') {
      if (f === behind[0]) all.push(...behindRequests(behind, ctx, w));
      continue;
    }
    all.push({ id: findingId(f), ...requestFor(f, ctx, w) });
  }
  all.push(...otherRequests(findings, ctx, w));
  const seen = new Set<string>();
  return all.filter((r) => {
    const key = `${r.to}|${r.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A request as it reads in the notice: "- Hội LHPN thành phố Bắc Kạn khẩn trương rà soát… Thời hạn: trước ngày 14 tháng 6 năm 2023." */
export function requestLine(w: Wording, request: Pick<ReportRequest, 'to' | 'text' | 'deadline'>): string {
  const to = request.to.trim();
  const text = request.text.trim();
  const body = to ? `${to} ${lowerFirst(text)}` : text;
  const deadline = request.deadline ? w.text('report.request.deadline', { date: w.dateLong(request.deadline) }) : w.text('report.request.ongoing');
  return `- ${endSentence(body)} ${deadline}`;
}
