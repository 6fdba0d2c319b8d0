/** Notes (difficulties, inspections, conclusions with their requests) and the error body. */
import * as z from 'zod/mini';
import { isoDate, yearMonth, unitCode } from './primitives';

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
