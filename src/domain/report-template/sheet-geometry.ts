/** Where things are on a report template: the writer puts them there, the check reads them there. */

/** Written into every template; a workbook without it is not one of ours. */
export const TEMPLATE_FORMAT = 'DA8-BAOCAO-1';

/** The hidden sheet that says which unit and period the workbook is for. */
export const META_SHEET = 'mau';
export const META_CELLS = { format: 'B1', unit: 'B2', period: 'B3', version: 'B4' } as const;

/** Header cells of a data sheet (labels in column A or B, values in column C). */
export const HEADER_CELLS = { code: 'C3', name: 'C4', period: 'C5', version: 'C6' } as const;
export const HEADER_LABELS: Record<keyof typeof HEADER_CELLS, string> = {
  code: 'Mã đơn vị',
  name: 'Tên đơn vị',
  period: 'Kỳ báo cáo',
  version: 'Phiên bản danh mục',
};

export const COLUMNS = { code: 'A', label: 'B', unit: 'C', value: 'D', check: 'E', key: 'F' } as const;
export const TABLE_HEADER_ROW = 8;
export const FIRST_ROW = 9;
export const TABLE_HEADERS: Record<keyof typeof COLUMNS, string> = {
  code: 'Mã chỉ tiêu',
  label: 'Chỉ tiêu, nhóm',
  unit: 'Đơn vị tính',
  value: 'Số liệu',
  check: 'Kiểm tra',
  key: 'Khóa',
};

/**
 * The free-text cell below the table: what got in the unit's way this quarter, published as the
 * unit's "difficulty" note. The label (column B) and the key (hidden column) on the row
 * `difficultyRow`, the text in column B of the row under it.
 */
export const DIFFICULTY = { key: '#kho-khan', label: 'Khó khăn, vướng mắc, đề xuất' } as const;
export const difficultyRow = (layoutRows: number): number => FIRST_ROW + layoutRows + 1;
/** Longer than this is not a quarter's difficulties but a pasted document. */
export const MAX_TEXT_CHARS = 4000;

/** What a check cell shows when the breakdown or the rate is wrong; the red highlight looks for it. */
export const CHECK_MISMATCH = 'SAI';
export const CHECK_OK = 'Khớp';

/** Files larger than this are refused before they are opened (a filled template is a few tens of kB). */
export const MAX_FILE_BYTES = 10_000_000;

/** "01834_2024Q1…" : the file names the templates get, which the check compares with the content. */
export const FILE_NAME_RE = /^([^_\s]+)_(\d{4}Q[1-4])(?:[_.]|$)/;

export const cellAt = (column: string, row: number): string => `${column}${row}`;
