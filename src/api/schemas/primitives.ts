/** The building blocks of the API contract: texts in two languages, codes, dates, counts and amounts. */
import * as z from 'zod/mini';
import { LEVEL_KINDS } from '../../domain/levels';

export const API_VERSION = 1;

export const localText = z.object({ vi: z.string(), en: z.string() });
export const quarterKey = z.string().check(z.regex(/^\d{4}Q[1-4]$/, 'mã quý dạng 2023Q2'));
/** A real calendar date (2024-02-29 yes, 2024-02-31 no). */
export const isoDate = z.iso.date('ngày có thật dạng YYYY-MM-DD');
/** An RFC 3339 timestamp with a time zone (Z or an offset). */
export const timestamp = z.iso.datetime({ offset: true, error: 'thời điểm dạng 2025-06-30T10:00:00Z' });
export const yearMonth = z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'tháng dạng YYYY-MM'));
export const unitCode = z.string().check(z.minLength(1));
/** A count of units or reports: a whole number, never negative. */
export const count = z.int().check(z.minimum(0));
/** A published amount (a count, a sum of money, a numerator or a denominator): never negative. */
export const amount = z.number().check(z.minimum(0));
/** A unit's depth in the hierarchy: 1 for the root, at most five levels. */
export const level = z.int().check(z.minimum(1), z.maximum(5));
export const levelKind = z.enum(LEVEL_KINDS);
