/**
 * The API contract v1. These zod schemas are the single source of truth: TypeScript types are
 * inferred from them, every response is parsed with them, and docs/openapi.json is generated
 * from them.
 */
import * as z from 'zod/mini';
import { LEVEL_KINDS, REPORT_KINDS } from '../domain/levels';

export const API_VERSION = 1;

const localText = z.object({ vi: z.string(), en: z.string() });
const quarterKey = z.string().check(z.regex(/^\d{4}Q[1-4]$/, 'mã quý dạng 2023Q2'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD'));
const yearMonth = z.string().check(z.regex(/^\d{4}-\d{2}$/, 'tháng dạng YYYY-MM'));
const unitCode = z.string().check(z.minLength(1));
/** A unit's depth in the hierarchy: 1 for the root, at most five levels. */
const level = z.int().check(z.minimum(1), z.maximum(5));
const levelKind = z.enum(LEVEL_KINDS);

export const metaSchema = z.object({
  apiVersion: z.literal(API_VERSION),
  program: z.object({ code: z.string(), name: localText, decision: z.string() }),
  province: z.object({ code: unitCode, name: z.string() }),
  rootUnit: unitCode,
  /** The dataset's levels, root first: depth, kind (the rules go by kind), singular and plural names. */
  levels: z.array(z.object({ level, kind: levelKind, name: localText, plural: localText })),
  quarters: z.array(quarterKey).check(z.minLength(1)),
  dataDate: isoDate,
  source: localText,
  demo: z.boolean(),
  generatedAt: z.string(),
  /** Sensitive indicators: counts below `threshold` hidden; published only at `floorKind` and the kinds above it. */
  suppression: z.object({ threshold: z.int().check(z.positive()), floorKind: levelKind }),
});

export const indicatorSchema = z.object({
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
  scale: z.optional(z.number()),
  decimals: z.int().check(z.minimum(0)),
  /** How the target is read: a total over the period, a level at its end (a yearly count for a flow), or a yearly rate of change. */
  target: z.object({
    reading: z.enum(['cumulative', 'level', 'annual_rate']),
    /** Yearly rate of change asked for (−0.02 = fall 2 % a year), used where no numeric target exists. */
    yearlyRate: z.optional(z.number()),
  }),
  /** Shown by default in the units table. */
  keyIndicator: z.optional(z.boolean()),
  /** Role in the budget panels: allocated, disbursed, disbursement rate. */
  budget: z.optional(z.enum(['allocated', 'disbursed', 'rate'])),
  /** Dimension whose breakdown the report writes out in words. */
  textBreakdown: z.optional(z.string()),
  /** The report's phrase for a value; "{value}" stands for it. */
  wording: z.optional(localText),
});

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

export const unitRefSchema = z.object({
  code: unitCode,
  name: z.string(),
  type: z.string(),
  level,
  parentCode: z.nullable(unitCode),
  path: z.array(unitCode),
  childCount: z.int().check(z.minimum(0)),
  validTo: z.nullable(isoDate),
});

/** null = not reported; "suppressed" = withheld to protect people (shown as "<5"). */
export const cellSchema = z.union([z.number(), z.null(), z.literal('suppressed')]);

/** A total over a span of quarters: a calendar year or the whole phase (series of grain "year"). */
export const periodTotalSchema = z.object({
  /** "2023" for a calendar year, "phase" for the phase (the keys of targets). */
  key: z.string(),
  /** First and last quarter of the span, as positions in meta.quarters. */
  from: z.int().check(z.minimum(0)),
  to: z.int().check(z.minimum(0)),
  value: cellSchema,
  /** dimension code → category code → value over the span. */
  breakdown: z.optional(z.record(z.string(), z.record(z.string(), cellSchema))),
});

export const seriesSchema = z.object({
  /**
   * "quarter" (or absent): `values` holds the quarterly values. "year": a sensitive indicator,
   * published only as `totals` by year and for the phase after small-number suppression; every
   * quarterly value is then "suppressed" and a period the totals cannot answer has no value.
   */
  grain: z.optional(z.enum(['quarter', 'year'])),
  values: z.array(cellSchema),
  reported: z.array(z.int().check(z.minimum(0))),
  expected: z.int().check(z.minimum(0)),
  /** dimension code → category code → quarterly values. */
  breakdown: z.optional(z.record(z.string(), z.record(z.string(), z.array(cellSchema)))),
  /** Grain "year" only: the published totals. */
  totals: z.optional(z.array(periodTotalSchema)),
});

export const figuresSchema = z.object({
  /** indicator code → quarterly series (rates are computed from their numerator and denominator). */
  series: z.record(z.string(), seriesSchema),
  /** indicator code → target key ("2023", "phase") → target value. */
  targets: z.record(z.string(), z.record(z.string(), z.number())),
  /** indicator code → baseline year → value. */
  baselines: z.record(z.string(), z.record(z.string(), z.number())),
  /**
   * Sensitive indicators → target keys ("2023", "phase") withheld here because a target could
   * reveal a hidden count; they are left out of `targets` and shown as hidden, not as "no target".
   */
  hiddenTargets: z.optional(z.record(z.string(), z.array(z.string()))),
  /** Sensitive indicators → baseline years withheld here (hidden counts), left out of `baselines`. */
  hiddenBaselines: z.optional(z.record(z.string(), z.array(z.string()))),
  /** Sensitive indicators whose figures are not published at this level. */
  withheld: z.array(z.string()),
});

export const unitDocumentSchema = z.object({
  unit: unitRefSchema,
  ancestors: z.array(unitRefSchema),
  children: z.array(unitRefSchema),
  /** unit code (the unit and each child) → its figures. */
  figures: z.record(unitCode, figuresSchema),
});

/**
 * Phase-I figures under the administrative structure in force from 1/7/2025: each new commune or
 * ward is the sum of the old communes it was made of (every old commune lies wholly in one new one).
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

const position = z.tuple([z.number(), z.number()]);
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

export const noteSchema = z.object({
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
});

export const notesSchema = z.object({
  unit: unitCode,
  /** Notes of the unit and of every unit below it, and the inspections that visited them with their conclusions, oldest first. */
  notes: z.array(noteSchema),
});

export type Meta = z.infer<typeof metaSchema>;
export type IndicatorDef = z.infer<typeof indicatorSchema>;
export type AreaDef = z.infer<typeof areaSchema>;
export type DimensionDef = z.infer<typeof dimensionSchema>;
export type Catalogue = z.infer<typeof catalogueSchema>;
export type UnitRef = z.infer<typeof unitRefSchema>;
export type SeriesData = z.infer<typeof seriesSchema>;
export type PeriodTotalData = z.infer<typeof periodTotalSchema>;
export type Figures = z.infer<typeof figuresSchema>;
export type UnitDocument = z.infer<typeof unitDocumentSchema>;
export type BoundaryFeature = z.infer<typeof boundaryFeatureSchema>;
export type Boundaries = z.infer<typeof boundariesSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Notes = z.infer<typeof notesSchema>;
export type Structure = z.infer<typeof structureSchema>;

/** Paths of the static API, relative to its base URL. No query strings: a folder of files serves it. */
export const apiPaths = {
  meta: () => 'v1/meta.json',
  catalogue: () => 'v1/catalogue.json',
  unit: (code: string) => `v1/units/${encodeURIComponent(code)}.json`,
  boundaries: (code: string) => `v1/boundaries/${encodeURIComponent(code)}.json`,
  notes: (code: string) => `v1/notes/${encodeURIComponent(code)}.json`,
  structure: () => 'v1/structure-2025-07.json',
} as const;
