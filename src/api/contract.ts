/**
 * The API contract v1. These zod schemas are the single source of truth: TypeScript types are
 * inferred from them, every response is parsed with them, and docs/openapi.json is generated
 * from them.
 */
import * as z from 'zod/mini';
import { parseQuarterKey } from '../domain/periods';
import { LEVEL_KINDS, REPORT_KINDS } from '../domain/levels';
import { PHASE_CODE_RE } from '../domain/phases';

export const API_VERSION = 1;

const localText = z.object({ vi: z.string(), en: z.string() });
const quarterNumber = (key: string): number => {
  const q = parseQuarterKey(key);
  return q ? q.year * 4 + q.quarter : Number.NaN;
};
const quarterKey = z.string().check(z.regex(/^\d{4}Q[1-4]$/, 'mã quý dạng 2023Q2'));
/** A real calendar date (2024-02-29 yes, 2024-02-31 no). */
const isoDate = z.iso.date('ngày có thật dạng YYYY-MM-DD');
/** An RFC 3339 timestamp with a time zone (Z or an offset). */
const timestamp = z.iso.datetime({ offset: true, error: 'thời điểm dạng 2025-06-30T10:00:00Z' });
const yearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'tháng dạng YYYY-MM'));
const unitCode = z.string().check(z.minLength(1));
/** A count of units or reports: a whole number, never negative. */
const count = z.int().check(z.minimum(0));
/** A published amount (a count, a sum of money, a numerator or a denominator): never negative. */
const amount = z.number().check(z.minimum(0));
/** A unit's depth in the hierarchy: 1 for the root, at most five levels. */
const level = z.int().check(z.minimum(1), z.maximum(5));
const levelKind = z.enum(LEVEL_KINDS);

/** One structure of units: its key ("" for the base one), its root unit and the root's name. */
const structureRefSchema = z.object({ structure: z.string(), rootUnit: unitCode, name: z.string() });

export const reorganisationSchema = z.object({
  code: z.string(),
  /** The day the new units took effect. */
  date: isoDate,
  name: localText,
  before: structureRefSchema,
  /** The structure after it, when the dataset has its units and reports; null when it has only the crosswalk. */
  after: z.nullable(structureRefSchema),
});

/** The first day of a quarter ("2026-01-01"), and the last day of a quarter ("2030-12-31"). */
const quarterStart = isoDate.check(z.refine((d) => /-(01|04|07|10)-01$/.test(d), 'ngày đầu quý'));
const quarterEnd = isoDate.check(z.refine((d) => /-(03-31|06-30|09-30|12-31)$/.test(d), 'ngày cuối quý'));

export const phaseSchema = z.object({
  /** The key of the phase's targets and of its totals ("2021-2025"); `p=phase-<code>` in the app's URL. */
  code: z.string().check(z.regex(PHASE_CODE_RE, 'mã giai đoạn: chữ, số, ".", "_", "-"')),
  /** "Giai đoạn 2021 - 2025" / "Phase 2021–2025". */
  name: localText,
  start: quarterStart,
  end: quarterEnd,
});

export const metaSchema = z.object({
  apiVersion: z.literal(API_VERSION),
  program: z.object({ code: z.string(), name: localText, decision: z.string() }),
  province: z.object({ code: unitCode, name: z.string() }),
  rootUnit: unitCode,
  /** The dataset's levels, root first: depth, kind (the rules go by kind), singular and plural names. */
  levels: z.array(z.object({ level, kind: levelKind, name: localText, plural: localText })),
  /** The programme's phases, in time order, not overlapping; phase targets are keyed by `code`. */
  phases: z.array(phaseSchema).check(
    z.minLength(1),
    z.superRefine((phases, ctx) => {
      phases.forEach((p, i) => {
        const before = phases[i - 1];
        if (p.end < p.start) ctx.addIssue({ code: 'custom', message: 'end ≥ start', path: [i, 'end'], input: p.end });
        if (before && p.start <= before.end)
          ctx.addIssue({ code: 'custom', message: 'phases[i].start > phases[i − 1].end', path: [i, 'start'], input: p.start });
      });
    }),
  ),
  quarters: z.array(quarterKey).check(
    z.minLength(1),
    z.superRefine((quarters, ctx) => {
      quarters.forEach((q, i) => {
        if (i > 0 && quarterNumber(q) !== quarterNumber(quarters[i - 1]!) + 1)
          ctx.addIssue({ code: 'custom', message: 'quarters[i] = quarters[i − 1] + 1 quarter', path: [i], input: q });
      });
    }),
  ),
  dataDate: isoDate,
  /** This structure: "" for the dataset's base structure, else the code of the reorganisation that formed it. */
  structure: z.string(),
  /** The dataset's reorganisations, oldest first, with the structures before and after each. */
  reorganisations: z.array(reorganisationSchema),
  source: localText,
  demo: z.boolean(),
  generatedAt: timestamp,
  /** Sensitive indicators: counts below `threshold` hidden; published only at `floorKind` and the kinds above it. */
  suppression: z.object({ threshold: z.int().check(z.positive()), floorKind: levelKind }),
});

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
    /**
     * A unit formed by a reorganisation: the quarters before position `before` are the sums of the old
     * units it was made of (re-aggregated), where `expected` old units were to report (0: no past).
     */
    history: z.optional(z.object({ before: count, expected: count })),
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
  history: z.optional(z.object({ before: count, expected: count })),
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

/**
 * Figures of a structure under the units a reorganisation made of it: each new commune or ward is
 * the sum of the old communes it was made of (every old commune lies wholly in one new one).
 */
export const structureSchema = z.object({
  /** The date the structure took effect. */
  effectiveFrom: isoDate,
  /** The old root unit whose communes were reorganised. */
  scope: unitCode,
  units: z.array(
    z.object({
      code: unitCode,
      name: z.string(),
      /** The old communes it was made of, with the old district of each. */
      from: z.array(z.object({ code: unitCode, name: z.string(), districtCode: unitCode })),
    }),
  ),
  /** new unit code → its figures: non-sensitive indicators only (sensitive ones are in `withheld`). */
  figures: z.record(unitCode, figuresSchema),
});

/** [longitude, latitude] in degrees, WGS 84 (GeoJSON order). */
const position = z.tuple([z.number().check(z.gte(-180), z.lte(180)), z.number().check(z.gte(-90), z.lte(90))]);
const polygon = z.array(z.array(position));
export const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    code: unitCode,
    name: z.string(),
    /** Where a name label fits best ([lon, lat], well inside the shape) and how far the nearest edge is, km. */
    label: z.optional(z.object({ at: position, radiusKm: z.number().check(z.minimum(0)) })),
  }),
  geometry: z.union([
    z.object({ type: z.literal('Polygon'), coordinates: polygon }),
    z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon) }),
  ]),
});

export const boundariesSchema = z.object({
  unit: unitCode,
  /** true when the outlines are schematic (generated from unit centres), not official. */
  schematic: z.boolean(),
  source: z.string(),
  outline: z.nullable(boundaryFeatureSchema),
  features: z.array(boundaryFeatureSchema),
});

export const requestSchema = z.object({
  to: z.string(),
  text: z.string(),
  deadline: z.nullable(isoDate),
  done: z.boolean(),
});

export const noteSchema = z
  .object({
    id: z.string(),
    unit: unitCode,
    unitName: z.string(),
    type: z.enum(['difficulty', 'inspection', 'conclusion']),
    date: isoDate,
    periodFrom: yearMonth,
    periodTo: yearMonth,
    author: z.string(),
    title: z.string(),
    body: z.string(),
    documentNumber: z.optional(z.string()),
    inspection: z.optional(
      z.object({
        body: z.string(),
        head: z.string(),
        members: z.array(z.string()),
        unitsInspected: z.array(unitCode),
        /** Notable activities the team saw, each at a unit visited and under a content area (ND1…). */
        activities: z.optional(z.array(z.object({ unit: unitCode, area: z.string(), text: z.string() }))),
      }),
    ),
    requests: z.optional(z.array(requestSchema)),
    /** Names of the units an inspection visited, by code (so lists show names, not codes). */
    unitNames: z.optional(z.record(z.string(), z.string())),
  })
  .check(z.refine((n) => n.periodFrom <= n.periodTo, { message: 'periodFrom ≤ periodTo', path: ['periodTo'] }));

export const notesSchema = z.object({
  unit: unitCode,
  /** Notes of the unit and of every unit below it, and the inspections that visited them with their conclusions, oldest first. */
  notes: z.array(noteSchema),
});

/** An error response body (RFC 9457 problem details), served as application/problem+json. */
export const problemSchema = z.object({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int().check(z.minimum(400), z.maximum(599)),
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
});

export type Meta = z.infer<typeof metaSchema>;
export type IndicatorDef = z.infer<typeof indicatorSchema>;
export type AreaDef = z.infer<typeof areaSchema>;
export type DimensionDef = z.infer<typeof dimensionSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
export type UnitRef = z.infer<typeof unitRefSchema>;
export type SeriesData = z.infer<typeof seriesSchema>;
export type RateSeriesData = z.infer<typeof rateSeriesSchema>;
export type PeriodTotalData = z.infer<typeof periodTotalSchema>;
export type Figures = z.infer<typeof figuresSchema>;
export type UnitDocument = z.infer<typeof unitDocumentSchema>;
export type BoundaryFeature = z.infer<typeof boundaryFeatureSchema>;
export type Boundaries = z.infer<typeof boundariesSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Notes = z.infer<typeof notesSchema>;
export type Structure = z.infer<typeof structureSchema>;
export type Reorganisation = z.infer<typeof reorganisationSchema>;

/** Paths of the static API, relative to its base URL. No query strings: a folder of files serves it. */
export const apiPaths = {
  /** The metadata of a structure ("" for the base one). */
  meta: (structure = '') => (structure ? `v1/meta~${encodeURIComponent(structure)}.json` : 'v1/meta.json'),
  catalogue: () => 'v1/catalogue.json',
  unit: (code: string) => `v1/units/${encodeURIComponent(code)}.json`,
  boundaries: (code: string) => `v1/boundaries/${encodeURIComponent(code)}.json`,
  notes: (code: string) => `v1/notes/${encodeURIComponent(code)}.json`,
  /** A structure's figures under the units of the reorganisation `code`. */
  structure: (code: string) => `v1/structure-${encodeURIComponent(code)}.json`,
} as const;
