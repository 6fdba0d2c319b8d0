/**
 * A conformance problem: which document, where in it (a JSON path such as
 * `$.figures["058"].series["P8.1.3"].values[3]`), what is wrong in Vietnamese and in English.
 */
export interface ApiProblem {
  document: string;
  path: string;
  rule: RuleCode;
  vi: string;
  en: string;
}

type Params = Record<string, string | number>;

/** Every rule the checker applies across documents, with its message in both languages. */
const RULES = {
  missing: ['Thiếu tài liệu (không đọc được hoặc 404)', 'Document missing (unreadable or 404)'],
  unreadable: ['Không đọc được tài liệu: {detail}', 'Cannot read the document: {detail}'],
  contract: ['Sai hợp đồng API: {vi}', 'Breaks the API contract: {en}'],
  wrongUnit: ['Tài liệu của {found}, không phải của {expected}', 'Document of {found}, not of {expected}'],
  unitTwice: ['Đơn vị {code} xuất hiện hai lần trong cây đơn vị', 'Unit {code} appears twice in the hierarchy'],
  rootNotTop: ['Đơn vị gốc phải có level 1 và parentCode null', 'The root unit must have level 1 and parentCode null'],
  levelUndeclared: ['Level {level} không có trong meta.levels', 'Level {level} is not declared in meta.levels'],
  arrayLength: [
    'Dài {found} phần tử, phải bằng số quý trong meta.quarters ({expected})',
    'Has {found} entries; must have one per quarter of meta.quarters ({expected})',
  ],
  quarterPosition: ['Vị trí quý {found} vượt quá meta.quarters (0…{last})', 'Quarter position {found} is outside meta.quarters (0…{last})'],
  unknownIndicator: ['Mã chỉ tiêu {code} không có trong danh mục', 'Indicator code {code} is not in the catalogue'],
  unknownDimension: ['Phân tổ {code} không thuộc các phân tổ của chỉ tiêu {indicator}', 'Dimension {code} is not one of the disaggregations of {indicator}'],
  unknownCategory: ['Nhóm {code} không có trong phân tổ {dimension}', 'Category {code} is not in dimension {dimension}'],
  rateSeries: [
    'Chỉ tiêu tỷ lệ {code} không có dãy số riêng (tính từ tử số và mẫu số)',
    'Rate {code} has no series of its own (it is computed from numerator and denominator)',
  ],
  pairedNotRate: ['Chỉ tiêu {code} trong rates không phải chỉ tiêu tỷ lệ', 'Indicator {code} under rates is not a rate'],
  fractionalCount: ['Số đếm phải là số nguyên không âm, gặp {value}', 'A count must be a whole number, found {value}'],
  rateAboveOne: [
    'Tử số {numerator} ({num}) lớn hơn mẫu số {denominator} ({den}) của {code} ở quý {quarter}',
    'Numerator {numerator} ({num}) above denominator {denominator} ({den}) of {code} in quarter {quarter}',
  ],
  withheldPublished: ['Chỉ tiêu {code} nằm trong withheld nhưng vẫn có số liệu', 'Indicator {code} is withheld yet has figures'],
  withheldNotSensitive: ['Chỉ tiêu {code} trong withheld không phải chỉ tiêu nhạy cảm', 'Indicator {code} in withheld is not sensitive'],
  sensitiveBelowFloor: [
    'Chỉ tiêu nhạy cảm {code} được công bố ở cấp {kind}, dưới cấp {floorKind} (meta.suppression.floorKind)',
    'Sensitive indicator {code} published at a {kind} level, below the {floorKind} level (meta.suppression.floorKind)',
  ],
  smallCount: [
    'Số nhỏ {value} của chỉ tiêu nhạy cảm {code} bị công bố (phải ẩn khi dưới {threshold})',
    'Small count {value} of sensitive indicator {code} is published (must be hidden below {threshold})',
  ],
  narrowInterval: [
    'Ô ẩn {cell} của chỉ tiêu nhạy cảm {code} bị thu hẹp vào khoảng [{lo}; {hi}] từ các tổng đã công bố, hẹp hơn ngưỡng {threshold}',
    'Hidden cell {cell} of sensitive indicator {code} is narrowed to [{lo}, {hi}] by the published totals, narrower than the threshold {threshold}',
  ],
  childMissing: ['Đơn vị con {code} không có tài liệu', 'Child unit {code} has no document'],
  childDiffers: ['Thông tin đơn vị con {code} khác với tài liệu của chính nó', 'Child unit {code} differs from its own document'],
  figuresDiffer: ['Số liệu của {code} khác với tài liệu của chính nó ({detail})', 'Figures of {code} differ from its own document ({detail})'],
  totalMismatch: [
    '{code}: {field} của đơn vị là {found}, tổng các đơn vị con là {expected}',
    "{code}: the unit's {field} is {found}, its children add up to {expected}",
  ],
  featureNotChild: ['Ranh giới của {code}, không phải đơn vị con của {unit}', 'Shape of {code}, which is not a child of {unit}'],
  noteUnknownUnit: ['Ghi chú về đơn vị {code} không có trong API', 'Note about unit {code}, which is not in the API'],
  notesOrder: ['Ghi chú không theo thứ tự thời gian (cũ trước)', 'Notes are not oldest first'],
  structureUnknownUnit: ['Đơn vị cũ {code} không có trong API', 'Former unit {code} is not in the API'],
  wrongStructure: ['Siêu dữ liệu của cơ cấu "{found}", không phải của "{expected}"', 'Metadata of structure "{found}", not of "{expected}"'],
  structureFigures: ['Thiếu số liệu của đơn vị mới {code}', 'No figures for new unit {code}'],
  structureSensitive: ['Chỉ tiêu nhạy cảm {code} không được cộng theo đơn vị mới', 'Sensitive indicator {code} must not be re-aggregated by new unit'],
} as const satisfies Record<string, readonly [string, string]>;

export type RuleCode = keyof typeof RULES;

const fill = (template: string, params: Params) => template.replace(/\{(\w+)\}/g, (_, key: string) => String(params[key] ?? `{${key}}`));

export function apiProblem(document: string, path: string, rule: RuleCode, params: Params = {}): ApiProblem {
  const [vi, en] = RULES[rule];
  return { document, path, rule, vi: fill(vi, params), en: fill(en, params) };
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** `["figures", "058", "series", "P8.1.3", "values", 3]` → `$.figures["058"].series["P8.1.3"].values[3]`. */
export function jsonPath(segments: readonly PropertyKey[]): string {
  return segments.reduce<string>(
    (out, s) => (typeof s === 'number' ? `${out}[${s}]` : IDENTIFIER.test(String(s)) ? `${out}.${String(s)}` : `${out}[${JSON.stringify(String(s))}]`),
    '$',
  );
}

/** One line per problem: document, path, Vietnamese / English. */
export function formatProblem(p: ApiProblem): string {
  return `${p.document} ${p.path}: ${p.vi} / ${p.en}`;
}
