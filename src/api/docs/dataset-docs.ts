/** Descriptions and examples of the dataset's metadata and catalogue (docs/openapi.json). */
import { areaSchema, catalogueSchema, dimensionSchema, indicatorSchema, metaSchema, phaseSchema, reorganisationSchema } from '../contract';
import { objectDoc, type ComponentDoc } from './component-docs';

const QUARTERS = ['2022Q1', '2022Q2', '2022Q3', '2022Q4', '2023Q1', '2023Q2', '2023Q3', '2023Q4', '2024Q1', '2024Q2', '2024Q3', '2024Q4', '2025Q1', '2025Q2'];

const text = (vi: string, en: string) => ({ vi, en });
const program = { code: 'DA8', name: text('Dự án 8: Thực hiện bình đẳng giới và giải quyết những vấn đề cấp thiết đối với phụ nữ và trẻ em', 'Project 8: Gender equality and urgent issues for women and children'), decision: 'Quyết định số 1719/QĐ-TTg ngày 14/10/2021' };
const province = { code: '06', name: 'Tỉnh Bắc Kạn' };
const level = { level: 3, kind: 'commune' as const, name: text('Xã, phường, thị trấn', 'Commune, ward, township'), plural: text('xã', 'communes') };
const suppression = { threshold: 5, floorKind: 'commune' as const };
const phases = [
  { code: '2021-2025', name: text('Giai đoạn 2021 - 2025', 'Phase 2021–2025'), start: '2021-01-01', end: '2025-12-31' },
  { code: '2026-2030', name: text('Giai đoạn 2026 - 2030', 'Phase 2026–2030'), start: '2026-01-01', end: '2030-12-31' },
];
const participants = {
  code: 'P8.1.5',
  name: text('Lượt người tham dự hoạt động truyền thông', 'Participants in communication activities (person-times)'),
  area: 'ND1' as const,
  unitOfMeasure: text('lượt người', 'person-times'),
  kind: 'person_times' as const,
  direction: 'higher' as const,
  reportKind: 'village' as const,
  sensitive: false,
  disaggregations: ['sex', 'ethnicity', 'age', 'participant_role'],
  numerator: undefined,
  denominator: undefined,
  scale: undefined,
  decimals: 0,
  target: { reading: 'cumulative' as const, yearlyRate: undefined },
  keyIndicator: undefined,
  budget: undefined as 'rate' | undefined,
  textBreakdown: 'participant_role',
  wording: text('thu hút {value} lượt người tham dự các hoạt động truyền thông', 'reached {value} participants (person-times) in communication activities'),
};
const disbursementRate = {
  ...participants,
  code: 'P8.F.3',
  name: text('Tỷ lệ giải ngân', 'Disbursement rate'),
  area: 'FIN' as const,
  unitOfMeasure: text('%', '%'),
  kind: 'rate' as const,
  reportKind: 'commune' as const,
  disaggregations: [],
  numerator: 'P8.F.2',
  denominator: 'P8.F.1',
  scale: 100,
  decimals: 1,
  target: { reading: 'level' as const, yearlyRate: undefined },
  budget: 'rate' as const,
  textBreakdown: undefined,
  wording: text('tỷ lệ giải ngân đạt {value}', 'disbursement rate: {value}'),
};
const area = { code: 'ND1', name: text('ND1 – Truyền thông thay đổi "nếp nghĩ, cách làm"', 'ND1 – Communication to change mindsets and practices') };
const category = { code: 'female', name: text('Nữ', 'Female') };
const sex = { code: 'sex', name: text('Giới tính', 'Sex'), categories: [category, { code: 'male', name: text('Nam', 'Male') }] };
const localTextExample = text('Thôn, tổ dân phố', 'Village, residential group');
const reorganisation = {
  code: '2025-07',
  date: '2025-07-01',
  name: text('Sắp xếp đơn vị hành chính cấp xã từ 01/7/2025', 'Reorganisation of commune-level units from 1 July 2025'),
  before: { structure: '', rootUnit: '06', name: 'Tỉnh Bắc Kạn' },
  after: { structure: '2025-07', rootUnit: '19~2025-07', name: 'Tỉnh Thái Nguyên – địa bàn tỉnh Bắc Kạn cũ' },
};

export const datasetDocs: ComponentDoc[] = [
  objectDoc(metaSchema.shape.source, 'LocalText', 'A text in Vietnamese (`vi`, shown first) and English (`en`).', [localTextExample], {
    vi: 'Vietnamese text, with its diacritics.',
    en: 'English text.',
  }),
  objectDoc(
    metaSchema,
    'Meta',
    'The dataset: which programme and province, its levels, the quarters every series is aligned with, how current it is and how sensitive figures are protected. A client reads it first and starts at `rootUnit`.',
    [{
      apiVersion: 1,
      program,
      province,
      rootUnit: '06',
      levels: [
        { level: 1, kind: 'province', name: text('Tỉnh', 'Province'), plural: text('tỉnh', 'provinces') },
        { level: 2, kind: 'district', name: text('Huyện, thành phố', 'District, city'), plural: text('huyện, thành phố', 'districts, cities') },
        level,
        { level: 4, kind: 'village', name: localTextExample, plural: text('thôn, tổ', 'villages') },
      ],
      phases,
      quarters: QUARTERS,
      dataDate: '2025-06-30',
      structure: '',
      reorganisations: [reorganisation],
      source: text('Dữ liệu minh họa, sinh tự động; không phải số liệu chính thức', 'Illustrative data, generated; not official figures'),
      demo: true,
      generatedAt: '2025-07-01T00:00:00Z',
      suppression,
    }],
    {
      apiVersion: 'Major version of the contract this server speaks; always 1 under `/v1/`.',
      program: 'The programme whose figures these are.',
      province: 'The province (or territory) the dataset covers.',
      rootUnit: 'Code of the unit at the top of the hierarchy: start here (`/v1/units/{rootUnit}.json`), then follow `children`.',
      levels: 'The levels of the hierarchy, root first; a unit\'s `level` is its position in this list plus one (its depth).',
      phases:
        'The programme\'s phases, in time order and not overlapping (one or more). A phase\'s `code` keys its targets in `targets` and its totals in `totals`; a phase may have no targets at all. The phase holding the last quarter of `quarters` is the default period.',
      quarters:
        'The quarter axis: consecutive quarters, oldest first. Every quarterly array in the API (`values`, `reported`, breakdowns) has exactly one entry per quarter here, and `from`/`to` of totals are positions (0-based) in this list.',
      dataDate: 'The day the figures are current to (a real calendar date, YYYY-MM-DD).',
      structure:
        'Which structure of units this metadata describes: "" for the dataset\'s base structure (`/v1/meta.json`), else the code of the reorganisation that formed it (`/v1/meta~2025-07.json`). Unit ids of a later structure end in `~<structure>` (`01840~2025-07`).',
      reorganisations: 'The dataset\'s reorganisations of its units, oldest first (none, one or several), each with the structures before and after it; the same list in every structure\'s metadata.',
      source: 'Where the figures come from, for citing them.',
      demo: 'true when the figures are illustrative, not official: clients must say so wherever they show them.',
      generatedAt: 'When the documents were produced (RFC 3339 timestamp with a time zone).',
      suppression: 'How sensitive indicators are protected before publication (see the guide: Suppression).',
    },
  ),
  objectDoc(
    reorganisationSchema,
    'Reorganisation',
    'A reorganisation of the administrative units on a date (communes merged, a level abolished): the structure in force before it and, when the dataset holds it, the structure after it. Units of the two structures are different units even where their codes are the same.',
    [reorganisation, { ...reorganisation, after: null }],
    {
      code: 'Code of the reorganisation; a later structure\'s key and the suffix of its unit ids.',
      date: 'The day the new units took effect (YYYY-MM-DD); the old units ceased the day before.',
      name: 'Name of the reorganisation, for headings.',
      before: 'The structure it reorganised.',
      after: 'The structure it formed, when the dataset has its units and reports; null when it has only the crosswalk (then only `/v1/structure-{code}.json` shows figures under the new units).',
    },
  ),
  objectDoc(reorganisationSchema.shape.before, 'StructureRef', 'One structure of units of the dataset.', [reorganisation.before, reorganisation.after], {
    structure: 'Its key: "" for the base structure, else the code of the reorganisation that formed it (its metadata is `/v1/meta~{structure}.json`).',
    rootUnit: 'Id of its root unit, where drilling starts.',
    name: 'Name of its root unit, which says what territory it covers.',
  }),
  objectDoc(metaSchema.shape.program, 'Program', 'The programme of the national target programme being monitored.', [program], {
    code: 'Short code of the programme.',
    name: 'Full name of the programme.',
    decision: 'The decision that established it, as cited in documents.',
  }),
  objectDoc(metaSchema.shape.province, 'ProvinceRef', 'The province the dataset covers.', [province], {
    code: 'Official (GSO) code of the province.',
    name: 'Name of the province, in Vietnamese.',
  }),
  objectDoc(metaSchema.shape.levels.def.element, 'Level', 'One level of the hierarchy and what its units are called.', [level], {
    level: 'Depth of the level: 1 for the root.',
    kind: 'What kind of level it is (`province`, `district`, `commune`, `village`, `group`); the rules go by kind, never by depth: a province may have no district level.',
    name: 'What a unit of this level is called, for headings and tables.',
    plural: 'The plural, for counts ("98/104 thôn, tổ đã báo cáo").',
  }),
  objectDoc(phaseSchema, 'Phase', 'A phase of the programme (e.g. 2021–2025, then 2026–2030): its targets are set for the whole phase.', [phases[0]!], {
    code: 'The phase\'s key: targets and sensitive totals for the phase are keyed by it (`"2021-2025"`); letters, digits, ".", "_", "-". Never four digits, which key a year.',
    name: 'The phase\'s name as shown in headings and documents ("Giai đoạn 2021 - 2025").',
    start: 'Its first day, the first day of a quarter (YYYY-MM-DD).',
    end: 'Its last day, the last day of a quarter; the phase target is due then.',
  }),
  objectDoc(
    metaSchema.shape.suppression,
    'SuppressionRule',
    'The protection of sensitive indicators (child marriage, violence, trusted-address cases…): they are published only at levels of kind `floorKind` and above, and a count from 1 to `threshold` − 1 is never published; such cells, and the cells hidden so that totals cannot reveal them, are `"suppressed"`.',
    [suppression],
    {
      threshold: 'Counts 1 … threshold − 1 of a sensitive indicator are withheld (shown as "x", the one mark of every hidden cell, which claims nothing about its value). 0 is published as 0.',
      floorKind: 'Lowest kind of level (normally `commune`) at which sensitive indicators are published; below it they are listed in `withheld` and have no figures.',
    },
  ),
  objectDoc(catalogueSchema, 'Catalogue', 'The indicators and the dimensions of their breakdowns. Every indicator code used in figures is one of `indicators`.', [{ areas: [area], indicators: [participants, disbursementRate], dimensions: [sex] }], {
    areas: 'The content areas of the programme, in display order.',
    indicators: 'The indicators, in display order.',
    dimensions: 'The dimensions an indicator can be broken down by (sex, ethnicity, age group, role…), with their categories.',
  }),
  objectDoc(
    indicatorSchema,
    'Indicator',
    'An indicator and the rules to read and add up its figures. Flows and person-times add up over units and over quarters; stocks add up over units but over time take the value of the last quarter; rates have no series of their own and are always the ratio of sums Σ numerator ÷ Σ denominator × `scale`, never an average of rates.',
    [participants, disbursementRate],
    {
      code: 'Indicator code, the key of its figures everywhere in the API.',
      name: 'Name of the indicator.',
      area: 'Code of its content area (`Catalogue.areas`).',
      unitOfMeasure: 'What a value counts (teams, person-times, million VND, %).',
      kind: 'How it adds up: `flow` (done in a period: sum over quarters), `stock` (existing at a date: value of the last quarter), `person_times` (a flow of attendances, not unique people), `rate` (computed from `numerator` and `denominator`, no series).',
      direction: '`higher` when more is better; `lower` for indicators to reduce (child marriage, violence), whose achievement reads the other way.',
      reportKind: 'Kind of the units that report it (`village`, `commune`, `district`); above them figures are sums of their reports, below them there is no series.',
      sensitive: 'true for indicators that identify people in small places: published only at `suppression.floorKind` and above, with small counts withheld.',
      disaggregations: 'Codes of the dimensions its breakdowns use (`Catalogue.dimensions`).',
      numerator: 'Rates only (then required): code of the indicator whose series is the numerator.',
      denominator: 'Rates only (then required): code of the indicator whose series is the denominator. Reports never have a numerator above the denominator (per quarter for stocks, cumulatively for flows).',
      scale: 'Rates only (then required): factor applied to numerator ÷ denominator (100 for a percentage).',
      decimals: 'Decimals to show. Values of counts (every indicator but rates and budget amounts) are whole numbers.',
      target: 'How its targets are read.',
      carryForward:
        'Stocks only: when a reporting unit\'s report for a quarter is missing, its last report stands for at most this many quarters (absent or 0: never). Such values are in `values` and counted in `Series.carried`, not in `reported`.',
      keyIndicator: 'true for the indicators shown by default in tables.',
      budget: 'Its role among the budget figures: `allocated`, `disbursed` or the disbursement `rate`. Budget amounts need not be whole numbers.',
      textBreakdown: 'Dimension whose breakdown a written report spells out in words.',
      wording: 'The phrase a written report uses for a value; `{value}` stands for the formatted value.',
    },
  ),
  objectDoc(indicatorSchema.shape.target, 'TargetReading', 'How the targets of an indicator are read.', [participants.target, { reading: 'level', yearlyRate: -0.02 }], {
    reading: '`cumulative`: a target is a total over its period (a year, the phase); `level`: a level to reach at the end of the period (for a flow, a yearly count); `annual_rate`: a yearly rate of change.',
    yearlyRate: 'The yearly rate of change asked for (−0.02 = fall 2 % a year), where no numeric target exists.',
  }),
  objectDoc(areaSchema, 'Area', 'A content area of the programme.', [area], {
    code: 'Area code, used by `Indicator.area`.',
    name: 'Name of the area.',
  }),
  objectDoc(dimensionSchema, 'Dimension', 'A dimension of breakdowns and its categories.', [sex], {
    code: 'Dimension code, the key of breakdowns in series.',
    name: 'Name of the dimension.',
    categories: 'Its categories, in display order.',
  }),
  objectDoc(dimensionSchema.shape.categories.def.element, 'Category', 'One category of a dimension.', [category], {
    code: 'Category code, the key of a breakdown row.',
    name: 'Name of the category.',
  }),
];
