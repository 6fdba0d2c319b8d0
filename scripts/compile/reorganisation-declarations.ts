/**
 * The reorganisations a dataset declares in meta.json (zero, one or several, oldest first): each
 * with its code, date, name, the crosswalk file mapping the old communes to the new ones, and
 * optionally the folder holding the dataset of the structure in force from that date.
 */
import { z } from 'zod';
import { STRUCTURE_KEY_RE } from '../../src/domain/unit-id';
import type { DatasetProblem } from './dataset-error';

export interface ReorganisationDecl {
  code: string;
  /** The day the new units took effect (ISO). */
  date: string;
  /** Crosswalk file, relative to the dataset folder. */
  file: string;
  name: { vi: string; en: string };
  /** Folder of the dataset of the structure after it, relative to the dataset folder; null when the dataset has none. */
  folder: string | null;
}

const FILE = 'meta.json';
const CSV_NAME_RE = /^[0-9A-Za-z][0-9A-Za-z._-]{0,80}\.csv$/;
const localText = z.object({ vi: z.string().min(1), en: z.string().min(1) });
const declSchema = z.object({
  code: z.string().regex(STRUCTURE_KEY_RE, 'mã đợt sắp xếp chỉ gồm chữ, số và dấu "-" (vd. 2025-07)'),
  date: z.iso.date('ngày dạng YYYY-MM-DD'),
  file: z.string().regex(CSV_NAME_RE, 'tên tệp .csv trong thư mục dữ liệu (vd. reorganisation-2025-07.csv)'),
  name: localText,
  folder: z.string().regex(STRUCTURE_KEY_RE, 'tên thư mục con chỉ gồm chữ, số và dấu "-"').optional(),
});
const listSchema = z.array(declSchema).default([]);

function declaredList(metaText: string | undefined): unknown {
  if (metaText === undefined) return undefined;
  try {
    return (JSON.parse(metaText) as { reorganisations?: unknown } | null)?.reorganisations;
  } catch {
    return undefined; // meta.json's own parse reports broken JSON
  }
}

/** The files the declarations name, for reading a dataset folder (invalid names are left for the parse to report). */
export function declaredPaths(metaText: string | undefined): { files: string[]; folders: string[] } {
  const parsed = listSchema.safeParse(declaredList(metaText));
  if (!parsed.success) return { files: [], folders: [] };
  return { files: parsed.data.map((d) => d.file), folders: parsed.data.flatMap((d) => (d.folder ? [d.folder] : [])) };
}

/**
 * Checks the declarations against the files of the dataset: unique codes and folders, dates in
 * order, and every declared crosswalk file and structure folder present.
 */
export function parseReorganisationDeclarations(
  metaText: string | undefined,
  files: Readonly<Record<string, unknown>>,
  problems: DatasetProblem[],
): ReorganisationDecl[] {
  const parsed = listSchema.safeParse(declaredList(metaText));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const [index, ...rest] = issue.path;
      problems.push({ file: FILE, row: typeof index === 'number' ? index + 1 : null, field: ['reorganisations', ...rest].join('.'), message: issue.message });
    }
    return [];
  }
  const out: ReorganisationDecl[] = [];
  parsed.data.forEach((d, i) => {
    const at = (field: string, message: string) => problems.push({ file: FILE, row: i + 1, field: `reorganisations.${field}`, message });
    const previous = out.at(-1);
    if (out.some((o) => o.code === d.code)) at('code', `mã đợt sắp xếp "${d.code}" bị trùng`);
    if (d.folder && out.some((o) => o.folder === d.folder)) at('folder', `thư mục "${d.folder}" đã dùng cho đợt sắp xếp khác`);
    if (previous && d.date <= previous.date) at('date', `ngày ${d.date} phải sau đợt sắp xếp trước (${previous.date})`);
    if (files[d.file] === undefined) at('file', `tệp "${d.file}" được khai báo nhưng không có trong thư mục dữ liệu`);
    if (d.folder && files[`${d.folder}/units.csv`] === undefined) at('folder', `thư mục "${d.folder}" được khai báo nhưng không có ${d.folder}/units.csv`);
    out.push({ code: d.code, date: d.date, file: d.file, name: d.name, folder: d.folder ?? null });
  });
  return out;
}
