/** A unit's document: the unit, its ancestors and children, and the figures of each. */
import * as z from 'zod/mini';
import { isoDate, unitCode, count, amount, level } from './primitives';

export const unitRefSchema = z
  .object({
    code: unitCode,
    name: z.string(),
    type: z.string(),
    level,
    parentCode: z.nullable(unitCode),
    path: z.array(unitCode),
    childCount: count,
    validTo: z.nullable(isoDate),
  })
  .check(
    z.superRefine((ref, ctx) => {
      if (ref.path[ref.path.length - 1] !== ref.code) ctx.addIssue({ code: 'custom', message: 'path[last] = code', path: ['path'], input: ref.path });
      if (ref.level !== ref.path.length) ctx.addIssue({ code: 'custom', message: 'level = path.length', path: ['level'], input: ref.level });
      if (ref.parentCode !== (ref.path[ref.path.length - 2] ?? null))
        ctx.addIssue({ code: 'custom', message: 'parentCode = path[last − 1] (null for the root)', path: ['parentCode'], input: ref.parentCode });
    }),
  );

/** null = not reported; "suppressed" = withheld to protect people (shown as "x"). */
export const cellSchema = z.union([amount, z.null(), z.literal('suppressed')]);

/** A total over a span of quarters: a calendar year or a whole phase (series of grain "year"). */
export const periodTotalSchema = z
  .object({
    /** "2023" for a calendar year, a phase's code ("2021-2025") for a phase (the keys of targets). */
    key: z.string(),
    /** First and last quarter of the span, as positions in meta.quarters. */
    from: count,
    to: count,
    value: cellSchema,
    /** dimension code → category code → value over the span. */
    breakdown: z.optional(z.record(z.string(), z.record(z.string(), cellSchema))),
  })
  .check(z.refine((t) => t.from <= t.to, { message: 'from ≤ to', path: ['to'] }));

/**
 * A unit formed by a reorganisation: the quarters before position `before` are the sums of the old
 * units it was made of (re-aggregated), where `expected` old units were to report (0: no past).
 */
const seriesHistorySchema = z.object({ before: count, expected: count });

export const seriesSchema = z
  .object({
    /**
     * "quarter" (or absent): `values` holds the quarterly values. "year": a sensitive indicator,
     * published only as `totals` by year and for the phase after small-number suppression; every
     * quarterly value is then "suppressed" and a period the totals cannot answer has no value.
     */
    grain: z.optional(z.enum(['quarter', 'year'])),
    values: z.array(cellSchema),
    reported: z.array(count),
    /**
     * Stocks that declare `carryForward`: reporting units whose value in the quarter is their last
     * report carried forward, not counted in `reported` (values include them).
     */
    carried: z.optional(z.array(count)),
    expected: count,
    /** dimension code → category code → quarterly values. */
    breakdown: z.optional(z.record(z.string(), z.record(z.string(), z.array(cellSchema)))),
    /** Grain "year" only: the published totals. */
    totals: z.optional(z.array(periodTotalSchema)),
    history: z.optional(seriesHistorySchema),
  })
  .check(
    z.superRefine((s, ctx) => {
      const issue = (message: string, path: PropertyKey[], input: unknown) => ctx.addIssue({ code: 'custom', message, path, input });
      if (s.reported.length !== s.values.length) issue('reported.length = values.length', ['reported'], s.reported);
      if (s.carried && s.carried.length !== s.values.length) issue('carried.length = values.length', ['carried'], s.carried);
      if (s.history && s.history.before > s.values.length) issue('history.before ≤ values.length', ['history', 'before'], s.history.before);
      s.reported.forEach((r, q) => {
        const c = s.carried?.[q] ?? 0;
        if (s.history && q < s.history.before) {
          if (r + c > s.history.expected) issue('reported[q] + carried[q] ≤ history.expected before history.before', ['reported', q], r);
        } else if (r + c > s.expected) issue('reported[q] + carried[q] ≤ expected', ['reported', q], r);
      });
      for (const [dim, cats] of Object.entries(s.breakdown ?? {})) {
        for (const [cat, cells] of Object.entries(cats))
          if (cells.length !== s.values.length) issue('breakdown row length = values.length', ['breakdown', dim, cat], cells);
      }
    }),
  );

/**
 * A rate's numerator and denominator summed only over the reporting units that gave both sides in a
 * quarter (`reported`: how many did; `carried`: how many of those pairs hold a stock's carried value).
 */
export const rateSeriesSchema = z.object({
  numerator: z.array(cellSchema),
  denominator: z.array(cellSchema),
  reported: z.array(count),
  carried: z.optional(z.array(count)),
  expected: count,
  history: z.optional(seriesHistorySchema),
});

export const figuresSchema = z.object({
  /** indicator code → quarterly series (rates are computed from their numerator and denominator). */
  series: z.record(z.string(), seriesSchema),
  /**
   * Rate code → its sides paired: present only where some reporting unit below gave one side
   * without the other in a quarter; a rate is then computed from these, not from the sides' series.
   */
  rates: z.optional(z.record(z.string(), rateSeriesSchema)),
  /** indicator code → target key (a year "2023" or a phase code "2021-2025") → target value. */
  targets: z.record(z.string(), z.record(z.string(), amount)),
  /** indicator code → baseline year → value. */
  baselines: z.record(z.string(), z.record(z.string(), amount)),
  /**
   * Sensitive indicators → target keys ("2023", "2021-2025") withheld here because a target could
   * reveal a hidden count; they are left out of `targets` and shown as hidden, not as "no target".
   */
  hiddenTargets: z.optional(z.record(z.string(), z.array(z.string()))),
  /** Sensitive indicators → baseline years withheld here (hidden counts), left out of `baselines`. */
  hiddenBaselines: z.optional(z.record(z.string(), z.array(z.string()))),
  /** Sensitive indicators whose figures are not published at this level. */
  withheld: z.array(z.string()),
  /** Sensitive indicators whose figures before the reorganisation that formed the unit are not published (re-aggregating hidden small counts could reveal them). */
  historyWithheld: z.optional(z.array(z.string())),
});

const successionSchema = z.object({
  /** The day the reorganisation took effect. */
  date: isoDate,
  units: z.array(z.object({ code: unitCode, name: z.string() })),
});

export const unitDocumentSchema = z
  .object({
    unit: unitRefSchema,
    ancestors: z.array(unitRefSchema),
    children: z.array(unitRefSchema),
    /** unit code (the unit and each child) → its figures. */
    figures: z.record(unitCode, figuresSchema),
    /** The unit ceased in a reorganisation: the units of the next structure that hold its area. */
    reorganisedInto: z.optional(successionSchema),
    /** The unit was formed by a reorganisation: the units of the previous structure it was made of. */
    formedFrom: z.optional(successionSchema),
  })
  .check(
    z.superRefine((doc, ctx) => {
      for (const u of [doc.unit, ...doc.children])
        if (!(u.code in doc.figures))
          ctx.addIssue({ code: 'custom', message: `figures["${u.code}"] present (the unit and each child)`, path: ['figures', u.code], input: doc.figures });
      doc.children.forEach((c, i) => {
        if (c.parentCode !== doc.unit.code)
          ctx.addIssue({ code: 'custom', message: 'children[i].parentCode = unit.code', path: ['children', i, 'parentCode'], input: c.parentCode });
      });
      if (doc.ancestors.map((a) => a.code).join('/') !== doc.unit.path.slice(0, -1).join('/'))
        ctx.addIssue({ code: 'custom', message: 'ancestors = unit.path without the unit', path: ['ancestors'], input: doc.ancestors });
    }),
  );
