import { parseSelection, quarterFromOrdinal, selectionOrdinals } from './periods';

/**
 * The one naming scheme of every exported file: program, unit, view, details (an indicator code),
 * period and the export date, in ASCII so any mail client, file system and office suite keeps it:
 * "du-an-8_thanh-pho-bac-kan_ban-do_p8.1.1_2023_2026-12-05.png".
 */

/** ASCII file-name part: diacritics dropped ("Bắc Kạn" → "bac-kan", "Đ" → "d"), separators collapsed. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

export interface FileNameParts {
  /** The unit's name as shown ("Thành phố Bắc Kạn"). */
  unit: string;
  /** What was exported ("bản đồ", "bang-don-vi"). */
  view: string;
  /** Further parts after the view (an indicator code, a chart's reading). */
  details?: readonly string[];
  /** The period as in the URL ("2023", "2022-01_2023-05", "phase"); a month range is named by its quarters. */
  period: string;
  /** The export date, ISO "2026-12-05". */
  date: string;
  extension: string;
}

/** Longest unit part: long ward names would push the period and date out of sight. */
const UNIT_CHARS = 60;
const PROGRAM = 'du-an-8';

/** A month range names the quarters it holds, as every label does: "2022-01_2023-05" → "2022q1-2023q2". */
function periodFilePart(period: string): string {
  const selection = parseSelection(period);
  if (selection?.kind === 'range') {
    const { first, last } = selectionOrdinals(selection);
    return `${quarterFromOrdinal(first)}-${quarterFromOrdinal(last)}`.toLowerCase();
  }
  return period.replace(/[^0-9A-Za-z_-]/g, '-').toLowerCase();
}

export function exportFileName({ unit, view, details = [], period, date, extension }: FileNameParts): string {
  const periodPart = periodFilePart(period);
  const parts = [
    PROGRAM,
    fileNamePart(unit).slice(0, UNIT_CHARS).replace(/-+$/, ''),
    fileNamePart(view),
    ...details.map(fileNamePart),
    periodPart,
    date.replace(/[^0-9-]/g, ''),
  ];
  return `${parts.filter(Boolean).join('_')}.${extension}`;
}

/** The local calendar date, ISO ("2026-12-05"): the date in an export's name. */
export function isoDate(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
