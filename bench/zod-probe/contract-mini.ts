/**
 * Bundle experiment: src/api/contract.ts and the env schema of src/config/env.ts written with
 * zod/mini (same validators), to measure what switching would save on the first screen.
 */
import { z } from 'zod/mini';

z.config({ jitless: true });

const localText = z.object({ vi: z.string(), en: z.string() });
const quarterKey = z.string().check(z.regex(/^\d{4}Q[1-4]$/, 'mã quý dạng 2023Q2'));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'ngày dạng YYYY-MM-DD'));
const yearMonth = z.string().check(z.regex(/^\d{4}-\d{2}$/, 'tháng dạng YYYY-MM'));
const unitCode = z.string().check(z.minLength(1));
const level = z.int().check(z.minimum(1), z.maximum(4));
const count = z.int().check(z.minimum(0));

export const metaSchema = z.object({
  apiVersion: z.literal(1),
  program: z.object({ code: z.string(), name: localText, decision: z.string() }),
  province: z.object({ code: unitCode, name: z.string() }),
  rootUnit: unitCode,
  levels: z.array(z.object({ level, name: localText })),
  quarters: z.array(quarterKey).check(z.minLength(1)),
  dataDate: isoDate,
  source: localText,
  demo: z.boolean(),
  generatedAt: z.string(),
  suppression: z.object({ threshold: z.int().check(z.positive()), minLevel: level }),
});

const indicatorSchema = z.object({
  code: z.string(),
  name: localText,
  area: z.enum(['ND1', 'ND2', 'ND3', 'ND4', 'OUT', 'FIN']),
  unitOfMeasure: localText,
  kind: z.enum(['flow', 'stock', 'rate', 'person_times']),
  direction: z.enum(['higher', 'lower']),
  reportLevel: z.union([z.literal(3), z.literal(4)]),
  sensitive: z.boolean(),
  disaggregations: z.array(z.string()),
  numerator: z.optional(z.string()),
  denominator: z.optional(z.string()),
  scale: z.optional(z.number()),
  decimals: count,
});

export const catalogueSchema = z.object({
  indicators: z.array(indicatorSchema),
  dimensions: z.array(z.object({ code: z.string(), name: localText, categories: z.array(z.object({ code: z.string(), name: localText })) })),
});

const unitRefSchema = z.object({
  code: unitCode,
  name: z.string(),
  type: z.string(),
  level,
  parentCode: z.nullable(unitCode),
  path: z.array(unitCode),
  childCount: count,
  validTo: z.nullable(isoDate),
});

const cellSchema = z.union([z.number(), z.null(), z.literal('suppressed')]);
const periodTotalSchema = z.object({
  key: z.string(),
  from: count,
  to: count,
  value: cellSchema,
  breakdown: z.optional(z.record(z.string(), z.record(z.string(), cellSchema))),
});
const seriesSchema = z.object({
  grain: z.optional(z.enum(['quarter', 'year'])),
  values: z.array(cellSchema),
  reported: z.array(count),
  expected: count,
  breakdown: z.optional(z.record(z.string(), z.record(z.string(), z.array(cellSchema)))),
  totals: z.optional(z.array(periodTotalSchema)),
});
const figuresSchema = z.object({
  series: z.record(z.string(), seriesSchema),
  targets: z.record(z.string(), z.record(z.string(), z.number())),
  baselines: z.record(z.string(), z.record(z.string(), z.number())),
  hiddenTargets: z.optional(z.record(z.string(), z.array(z.string()))),
  hiddenBaselines: z.optional(z.record(z.string(), z.array(z.string()))),
  withheld: z.array(z.string()),
});
export const unitDocumentSchema = z.object({ unit: unitRefSchema, ancestors: z.array(unitRefSchema), children: z.array(unitRefSchema), figures: z.record(unitCode, figuresSchema) });

const position = z.tuple([z.number(), z.number()]);
const polygon = z.array(z.array(position));
const boundaryFeatureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.object({ code: unitCode, name: z.string(), label: z.optional(z.object({ at: position, radiusKm: z.number().check(z.minimum(0)) })) }),
  geometry: z.union([z.object({ type: z.literal('Polygon'), coordinates: polygon }), z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygon) })]),
});
export const boundariesSchema = z.object({ unit: unitCode, schematic: z.boolean(), source: z.string(), outline: z.nullable(boundaryFeatureSchema), features: z.array(boundaryFeatureSchema) });

const requestSchema = z.object({ to: z.string(), text: z.string(), deadline: z.nullable(isoDate), done: z.boolean() });
export const notesSchema = z.object({
  unit: unitCode,
  notes: z.array(
    z.object({
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
      inspection: z.optional(z.object({ body: z.string(), head: z.string(), members: z.array(z.string()), unitsInspected: z.array(unitCode) })),
      requests: z.optional(z.array(requestSchema)),
    }),
  ),
});

export const envSchema = z.object({
  VITE_API_BASE_URL: z.optional(z.string()),
  VITE_API_TIMEOUT_MS: z.optional(z.coerce.number().check(z.int(), z.positive())),
  VITE_API_TOKEN: z.optional(z.string()),
  VITE_BUILD_ID: z.optional(z.string()),
  VITE_TILE_URL: z.optional(z.url()),
  VITE_TILE_ATTRIBUTION: z.optional(z.string()),
  BASE_URL: z._default(z.string(), '/'),
});
