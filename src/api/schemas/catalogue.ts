/** The catalogue: content areas, indicators and the dimensions of their breakdowns. */
import * as z from 'zod/mini';
import { REPORT_KINDS } from '../../domain/levels';
import { localText } from './primitives';

export const indicatorSchema = z
  .object({
    code: z.string(),
    name: localText,
    /** Code of its content area (`areas`). */
    area: z.string().check(z.minLength(1)),
    unitOfMeasure: localText,
    kind: z.enum(['flow', 'stock', 'rate', 'person_times']),
    direction: z.enum(['higher', 'lower']),
    /** The kind of unit that reports the indicator: its figures above it are sums of those reports. */
    reportKind: z.enum(REPORT_KINDS),
    sensitive: z.boolean(),
    disaggregations: z.array(z.string()),
    numerator: z.optional(z.string()),
    denominator: z.optional(z.string()),
    scale: z.optional(z.number().check(z.positive())),
    decimals: z.int().check(z.minimum(0)),
    /** How the target is read: a total over the period, a level at its end (a yearly count for a flow), or a yearly rate of change. */
    target: z.object({
      reading: z.enum(['cumulative', 'level', 'annual_rate']),
      /** Yearly rate of change asked for (−0.02 = fall 2 % a year), used where no numeric target exists. */
      yearlyRate: z.optional(z.number()),
    }),
    /**
     * Stocks only: when a reporting unit's report is missing, its last report stands for at most this
     * many quarters (0 or absent: never carried; a stock then counts only the units that reported).
     */
    carryForward: z.optional(z.int().check(z.minimum(0))),
    /** Shown by default in the units table. */
    keyIndicator: z.optional(z.boolean()),
    /** Role in the budget panels: allocated, disbursed, disbursement rate. */
    budget: z.optional(z.enum(['allocated', 'disbursed', 'rate'])),
    /** Dimension whose breakdown the report writes out in words. */
    textBreakdown: z.optional(z.string()),
    /** The report's phrase for a value; "{value}" stands for it. */
    wording: z.optional(localText),
  })
  .check(
    z.superRefine((ind, ctx) => {
      if (ind.kind !== 'rate') return;
      for (const key of ['numerator', 'denominator', 'scale'] as const) {
        if (ind[key] === undefined) ctx.addIssue({ code: 'custom', message: 'kind "rate" ⇒ numerator, denominator and scale', path: [key], input: ind });
      }
    }),
  );

/** A content area of the programme; the catalogue lists them in display order. */
export const areaSchema = z.object({ code: z.string().check(z.minLength(1)), name: localText });

export const dimensionSchema = z.object({
  code: z.string(),
  name: localText,
  categories: z.array(z.object({ code: z.string(), name: localText })),
});

export const catalogueSchema = z.object({
  areas: z.array(areaSchema),
  indicators: z.array(indicatorSchema),
  dimensions: z.array(dimensionSchema),
});
