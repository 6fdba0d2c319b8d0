/**
 * The API contract v1. These zod schemas are the single source of truth: TypeScript types are
 * inferred from them, every response is parsed with them, and docs/openapi.json is generated
 * from them. The schemas live in ./schemas (one file per kind of document); this module is the
 * one place the rest of the code imports them from, with their types and the API's paths.
 */
import type * as z from 'zod/mini';
import type { metaSchema, reorganisationSchema } from './schemas/meta';
import type { areaSchema, catalogueSchema, dimensionSchema, indicatorSchema } from './schemas/catalogue';
import type { figuresSchema, periodTotalSchema, rateSeriesSchema, seriesSchema, unitDocumentSchema, unitRefSchema } from './schemas/units';
import type { structureSchema } from './schemas/reorganisation';
import type { boundariesSchema, boundaryFeatureSchema } from './schemas/places';
import type { noteSchema, notesSchema } from './schemas/notes';

export { API_VERSION } from './schemas/primitives';
export { reorganisationSchema, phaseSchema, metaSchema } from './schemas/meta';
export { indicatorSchema, areaSchema, dimensionSchema, catalogueSchema } from './schemas/catalogue';
export { unitRefSchema, cellSchema, periodTotalSchema, seriesSchema, rateSeriesSchema, figuresSchema, unitDocumentSchema } from './schemas/units';
export { structureSchema } from './schemas/reorganisation';
export { boundaryFeatureSchema, boundariesSchema } from './schemas/places';
export { requestSchema, noteSchema, notesSchema, problemSchema } from './schemas/notes';

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
