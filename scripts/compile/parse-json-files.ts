/** Parses the JSON files of a dataset (meta, catalogue, dimensions, notes), reporting problems by position and field. */
import { z } from 'zod';
import { areaSchema, indicatorSchema, dimensionSchema } from '../../src/api/contract';
import { defaultTargetRule, type ContentArea, type Dimension, type Indicator } from '../../src/domain/indicators';
import { LEVEL_KINDS } from '../../src/domain/levels';
import { PHASE_CODE_RE } from '../../src/domain/phases';
import { isCalendarDate } from '../../src/domain/text-checks';
import type { DatasetProblem } from './dataset-error';
import { checkLevels, checkUnitTypes } from './check-levels';
import { checkPhases } from './check-phases';
import type { DatasetMeta, NoteRecord } from './dataset';

/** A YYYY-MM-DD date that exists (2023-02-30 does not). */
const calendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isCalendarDate, 'ngày không có trong lịch');

const localText = z.object({ vi: z.string().min(1), en: z.string().min(1) });

const levelKind = z.enum(LEVEL_KINDS, { error: `phải là một trong ${LEVEL_KINDS.join(', ')}` });

const metaFileSchema = z.object({
  program: z.object({ code: z.string(), name: localText, decision: z.string() }),
  province: z.object({ code: z.string().min(1), name: z.string().min(1) }),
  rootUnit: z.string().min(1),
  levels: z.array(z.object({ kind: levelKind, name: localText, plural: localText }), { error: 'thiếu danh sách cấp "levels"' }),
  unitTypes: z.array(z.object({ name: z.string().min(1).max(40), kinds: z.array(levelKind).min(1) })).default([]),
  phases: z
    .array(
      z.object({
        code: z.string().regex(PHASE_CODE_RE, 'mã giai đoạn chỉ gồm chữ, số, ".", "_", "-" (tối đa 40 ký tự)'),
        name: localText,
        start: calendarDate,
        end: calendarDate,
      }),
      { error: 'thiếu danh sách giai đoạn "phases" (mỗi giai đoạn: code, name, start, end)' },
    )
    .min(1, 'cần khai báo ít nhất một giai đoạn'),
  firstQuarter: z.string().regex(/^\d{4}Q[1-4]$/),
  lastQuarter: z.string().regex(/^\d{4}Q[1-4]$/),
  dataDate: calendarDate,
  source: localText,
  demo: z.boolean(),
});

const noteFileSchema = z.object({
  id: z.string().min(1),
  unit: z.string().min(1),
  type: z.enum(['difficulty', 'inspection', 'conclusion']),
  date: calendarDate,
  periodFrom: z.string().regex(/^\d{4}-\d{2}$/),
  periodTo: z.string().regex(/^\d{4}-\d{2}$/),
  author: z.string().min(1),
  title: z.string().min(1),
  body: z.string(),
  documentNumber: z.string().optional(),
  inspection: z
    .object({
      body: z.string(),
      head: z.string(),
      members: z.array(z.string()),
      unitsInspected: z.array(z.string()),
      activities: z.array(z.object({ unit: z.string(), area: z.string().min(1), text: z.string().min(1) })).optional(),
    })
    .optional(),
  requests: z.array(z.object({ to: z.string(), text: z.string(), deadline: calendarDate.nullable(), done: z.boolean() })).optional(),
});

function parseJsonText(file: string, text: string | undefined, problems: DatasetProblem[]): unknown {
  if (text === undefined) {
    problems.push({ file, row: null, field: null, message: 'thiếu tệp' });
    return undefined;
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    problems.push({ file, row: null, field: null, message: `không phải JSON hợp lệ (${(e as Error).message})` });
    return undefined;
  }
}

function zodProblems(file: string, error: z.ZodError, isArray: boolean): DatasetProblem[] {
  return error.issues.map((issue) => {
    const path = [...issue.path];
    const row = isArray && typeof path[0] === 'number' ? (path.shift() as number) + 1 : null;
    return { file, row, field: path.length ? path.join('.') : null, message: issue.message };
  });
}

function parseWith<T>(
  file: string,
  text: string | undefined,
  schema: z.core.$ZodType<T>,
  problems: DatasetProblem[],
  isArray: boolean,
  withDefaults: (raw: unknown) => unknown = (raw) => raw,
): T | undefined {
  const parsed = parseJsonText(file, text, problems);
  if (parsed === undefined) return undefined;
  const raw = withDefaults(parsed);
  const result = z.safeParse(schema, raw);
  if (!result.success) {
    problems.push(...zodProblems(file, result.error, isArray));
    return undefined;
  }
  return result.data;
}

export function parseMeta(text: string | undefined, problems: DatasetProblem[]): DatasetMeta | undefined {
  const meta = parseWith('meta.json', text, metaFileSchema, problems, false) as DatasetMeta | undefined;
  if (meta) {
    checkLevels(meta.levels, problems);
    checkUnitTypes(meta.unitTypes, problems);
    checkPhases(meta.phases, problems);
  }
  return meta;
}

/** An indicator that does not say how its target is read gets the reading of its kind (defaultTargetRule). */
function withDefaultTargets(raw: unknown): unknown {
  if (!Array.isArray(raw)) return raw;
  return raw.map((item: unknown) => {
    if (typeof item !== 'object' || item === null || 'target' in item) return item;
    const kind = (item as { kind?: unknown }).kind;
    return kind === 'flow' || kind === 'stock' || kind === 'rate' || kind === 'person_times' ? { ...item, target: defaultTargetRule(kind) } : item;
  });
}

export function parseAreas(text: string | undefined, problems: DatasetProblem[]): ContentArea[] | undefined {
  const list = parseWith('areas.json', text, z.array(areaSchema), problems, true);
  const seen = new Set<string>();
  list?.forEach((area, i) => {
    if (seen.has(area.code)) problems.push({ file: 'areas.json', row: i + 1, field: 'code', message: `mã nội dung ${area.code} bị trùng` });
    seen.add(area.code);
  });
  return list;
}

export function parseIndicators(text: string | undefined, problems: DatasetProblem[]): Indicator[] | undefined {
  const list = parseWith('indicators.json', text, z.array(indicatorSchema), problems, true, withDefaultTargets) as Indicator[] | undefined;
  if (!list) return undefined;
  const codes = new Set<string>();
  list.forEach((ind, i) => {
    if (codes.has(ind.code)) problems.push({ file: 'indicators.json', row: i + 1, field: 'code', message: `mã chỉ tiêu ${ind.code} bị trùng` });
    codes.add(ind.code);
  });
  list.forEach((ind, i) => {
    if (ind.kind !== 'rate') return;
    for (const field of ['numerator', 'denominator'] as const) {
      const ref = ind[field];
      if (!ref || !codes.has(ref)) {
        problems.push({ file: 'indicators.json', row: i + 1, field, message: `chỉ tiêu tỷ lệ ${ind.code} tham chiếu mã không tồn tại "${ref ?? ''}"` });
      }
    }
  });
  return list;
}

export function parseDimensions(text: string | undefined, problems: DatasetProblem[]): Dimension[] | undefined {
  return parseWith('dimensions.json', text, z.array(dimensionSchema), problems, true);
}

export function parseNotes(text: string | undefined, unitCodes: ReadonlySet<string>, problems: DatasetProblem[]): NoteRecord[] | undefined {
  const notes = parseWith('notes.json', text, z.array(noteFileSchema), problems, true);
  notes?.forEach((note, i) => {
    if (!unitCodes.has(note.unit)) problems.push({ file: 'notes.json', row: i + 1, field: 'unit', message: `mã đơn vị không tồn tại "${note.unit}"` });
    note.inspection?.unitsInspected.forEach((code, j) => {
      if (!unitCodes.has(code)) {
        problems.push({ file: 'notes.json', row: i + 1, field: `inspection.unitsInspected.${j}`, message: `mã đơn vị không tồn tại "${code}"` });
      }
    });
    note.inspection?.activities?.forEach((activity, j) => {
      if (!note.inspection?.unitsInspected.includes(activity.unit)) {
        problems.push({
          file: 'notes.json',
          row: i + 1,
          field: `inspection.activities.${j}.unit`,
          message: `đơn vị "${activity.unit}" không thuộc các đơn vị được kiểm tra`,
        });
      }
    });
  });
  return notes;
}
