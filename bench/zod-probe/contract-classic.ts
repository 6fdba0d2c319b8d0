/**
 * Bundle reference: the API contract (src/api/contract.ts) and the env schema (src/config/env.ts)
 * as they were written with classic zod before the app moved to zod/mini; the bundle section
 * builds both to measure what the move saves on the first screen.
 */
import { z } from 'zod';

z.config({ jitless: true });

export const API_VERSION = 1;

const localText = z.object({ vi: z.string(), en: z.string() });
const quarterKey = z.string().regex(/^\d{4}Q[1-4]$/, 'mã quý dạng 2023Q2');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD');
const yearMonth = z.string().regex(/^\d{4}-\d{2}$/, 'tháng dạng YYYY-MM');
const unitCode = z.string().min(1);
const level = z.number().int().min(1).max(4);

export const metaSchema = z.object({
  apiVersion: z.literal(API_VERSION),
  program: z.object({ code: z.string(), name: localText, decision: z.string() }),
  province: z.object({ code: unitCode, name: z.string() }),
  rootUnit: unitCode,
  levels: z.array(z.object({ level, name: localText })),
  quarters: z.array(quarterKey).min(1),
  dataDate: isoDate,
  source: localText,
  demo: z.boolean(),
  generatedAt: z.string(),
  suppression: z.object({ threshold: z.number().int().positive(), minLevel: level }),
});

export const indicatorSchema = z.object({
  code: z.string(),
  name: localText,
  area: z.enum(['ND1', 'ND2', 'ND3', 'ND4', 'OUT', 'FIN']),
  unitOfMeasure: localText,
  kind: z.enum(['flow', 'stock', 'rate', 'person_times']),
  direction: z.enum(['higher', 'lower']),
  reportLevel: z.union([z.literal(3), z.literal(4)]),
  sensitive: z.boolean(),
  disaggregations: z.array(z.string()),
  numerator: z.string().optional(),
  denominator: z.string().optional(),
  scale: z.number().optional(),
  decimals: z.number().int().min(0),
});

export const dimensionSchema = z.object({
  code: z.string(),
  name: localText,
  categories: z.array(z.object({ code: z.string(), name: localText })),
});

export const catalogueSchema = z.object({
  indicators: z.array(indicatorSchema),
  dimensions: z.array(dimensionSchema),
});

export const unitRefSchema = z.object({
  code: unitCode,
  name: z.string(),
  type: z.string(),
  level,
  parentCode: unitCode.nullable(),
  path: z.array(unitCode),
  childCount: z.number().int().min(0),
  validTo: isoDate.nullable(),
});

/** null = not reported; "suppressed" = withheld to protect people (shown as "<5"). */
export const cellSchema = z.union([z.number(), z.null(), z.literal('suppressed')]);

/** A total over a span of quarters: a calendar year or the whole phase (series of grain "year"). */
export const periodTotalSchema = z.object({
  /** "2023" for a calendar year, "phase" for the phase (the keys of targets). */
  key: z.string(),
  /** First and last quarter of the span, as positions in meta.quarters. */
  from: z.number().int().min(0),
  to: z.number().int().min(0),
  value: cellSchema,
  /** dimension code → category code → value over the span. */
  breakdown: z.record(z.string(), z.record(z.string(), cellSchema)).optional(),
});

export const seriesSchema = z.object({
  /**
   * "quarter" (or absent): `values` holds the quarterly values. "year": a sensitive indicator,
   * published only as `totals` by year and for the phase after small-number suppression; every
   * quarterly value is then "suppressed" and a period the totals cannot answer has no value.
   */
  grain: z.enum(['quarter', 'year']).optional(),
  values: z.array(cellSchema),
  reported: z.array(z.number().int().min(0)),
  expected: z.number().int().min(0),
  /** dimension code → category code → quarterly values. */
  breakdown: z.record(z.string(), z.record(z.string(), z.array(cellSchema))).optional(),
  /** Grain "year" only: the published totals. */
  totals: z.array(periodTotalSchema).optional(),
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
  hiddenTargets: z.record(z.string(), z.array(z.string())).optional(),
  /** Sensitive indicators → baseline years withheld here (hidden counts), left out of `baselines`. */
  hiddenBaselines: z.record(z.string(), z.array(z.string())).optional(),
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

const position = z.tuple([z.number(), z.number()]);
const polygon = z.array(z.array(position));
export const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({
    code: unitCode,
    name: z.string(),
    /** Where a name label fits best ([lon, lat], well inside the shape) and how far the nearest edge is, km. */
    label: z.object({ at: position, radiusKm: z.number().min(0) }).optional(),
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
  outline: boundaryFeatureSchema.nullable(),
  features: z.array(boundaryFeatureSchema),
});

export const requestSchema = z.object({
  to: z.string(),
  text: z.string(),
  deadline: isoDate.nullable(),
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
  documentNumber: z.string().optional(),
  inspection: z.object({ body: z.string(), head: z.string(), members: z.array(z.string()), unitsInspected: z.array(unitCode) }).optional(),
  requests: z.array(requestSchema).optional(),
});

export const notesSchema = z.object({
  unit: unitCode,
  /** Notes of the unit and of every unit below it, oldest first. */
  notes: z.array(noteSchema),
});

export const envSchema = z.object({
  VITE_API_BASE_URL: z.string().optional(),
  VITE_API_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  /** Optional bearer token for a protected API; sent only to the API origin (docs/security.md). */
  VITE_API_TOKEN: z.string().optional(),
  /** Deployment version; names the offline data cache so old and new data never mix. */
  VITE_BUILD_ID: z.string().optional(),
  VITE_TILE_URL: z.string().url().optional(),
  VITE_TILE_ATTRIBUTION: z.string().optional(),
  BASE_URL: z.string().default('/'),
});
