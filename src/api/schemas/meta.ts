/** The dataset's metadata: its structure of units, levels, phases, quarters and reorganisations. */
import * as z from 'zod/mini';
import { parseQuarterKey } from '../../domain/periods';
import { PHASE_CODE_RE } from '../../domain/phases';
import { API_VERSION, localText, quarterKey, isoDate, timestamp, unitCode, level, levelKind } from './primitives';

const quarterNumber = (key: string): number => {
  const q = parseQuarterKey(key);
  return q ? q.year * 4 + q.quarter : Number.NaN;
};

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
