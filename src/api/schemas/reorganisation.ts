/** The figures of a structure under the units of a reorganisation. */
import * as z from 'zod/mini';
import { figuresSchema } from './units';
import { isoDate, unitCode } from './primitives';

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
