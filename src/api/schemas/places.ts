/** The boundaries of a unit and its children (GeoJSON features). */
import * as z from 'zod/mini';
import { unitCode } from './primitives';

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
