/** Descriptions and examples of units and their figures (docs/openapi.json). */
import { cellSchema, figuresSchema, periodTotalSchema, seriesSchema, structureSchema, unitDocumentSchema, unitRefSchema } from '../contract';
import { objectDoc, typeDoc, type ComponentDoc } from './component-docs';

const province = { code: '06', name: 'Tỉnh Bắc Kạn', type: 'Tỉnh', level: 1, parentCode: null, path: ['06'], childCount: 8, validTo: '2025-06-30' };
const city = { code: '058', name: 'Thành phố Bắc Kạn', type: 'Thành phố', level: 2, parentCode: '06', path: ['06', '058'], childCount: 8, validTo: '2025-06-30' };
const ward = { code: '01846', name: 'Phường Huyền Tụng', type: 'Phường', level: 3, parentCode: '058', path: ['06', '058', '01846'], childCount: 14, validTo: '2025-06-30' };
const group = { code: '01846.14', name: 'Tổ Khuổi Pái', type: 'Tổ dân phố', level: 4, parentCode: '01846', path: ['06', '058', '01846', '01846.14'], childCount: 0, validTo: null };
const conferences = { grain: undefined, values: [0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, null], reported: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0], expected: 1, breakdown: undefined, totals: undefined };
const yearTotal = { key: '2023', from: 4, to: 7, value: 'suppressed' as const, breakdown: undefined };
const phaseTotal = { key: '2021-2025', from: 0, to: 13, value: 12, breakdown: undefined };
const sensitiveSeries = { grain: 'year' as const, values: Array<'suppressed'>(14).fill('suppressed'), reported: [1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], expected: 1, breakdown: undefined, totals: [{ ...yearTotal, key: '2022', from: 0, to: 3, value: 0 }, yearTotal, phaseTotal] };
const groupFigures = { series: { 'P8.1.4': conferences }, targets: { 'P8.1.4': { '2023': 1, '2021-2025': 3 } }, baselines: {}, hiddenTargets: undefined, hiddenBaselines: undefined, withheld: ['P8.O.1', 'P8.O.3', 'P8.O.4'] };
const communeFigures = { series: { 'P8.2.2': sensitiveSeries }, targets: {}, baselines: {}, hiddenTargets: { 'P8.O.1': ['2023', '2021-2025'] }, hiddenBaselines: { 'P8.O.4': ['2021'] }, withheld: [] };

export const figuresDocs: ComponentDoc[] = [
  typeDoc(
    cellSchema,
    'Value',
    'One published figure. A number (never negative; a whole number when the indicator has `decimals` 0) is a reported value, and 0 is a real zero. `null` means not reported: nobody reported it, so it is missing, never a zero, and adds nothing to a total. `"suppressed"` means withheld to protect people: a sensitive count from 1 to `meta.suppression.threshold` − 1, or a cell hidden so that published totals cannot reveal one; show it as hidden, never as a number.',
    [12, 0, null, 'suppressed'],
  ),
  objectDoc(
    unitRefSchema,
    'UnitRef',
    'An administrative unit: where it sits in the hierarchy and how many units are below it. The same shape is used for the unit of a document, its ancestors and its children.',
    [ward, group],
    {
      code: 'Unit code: the official (GSO) code; villages and residential groups `<commune code>.<nn>`. The key of its documents and figures.',
      name: 'Name of the unit, in Vietnamese, with its type (Phường Huyền Tụng).',
      type: 'Type of the unit (Tỉnh, Huyện, Thành phố, Xã, Phường, Thị trấn, Thôn, Tổ dân phố…).',
      level: 'Depth in the hierarchy: 1 for the root; equal to the length of `path` (see `meta.levels`).',
      parentCode: 'Code of the unit above it; null for the root. Equal to the second-last entry of `path`.',
      path: 'Codes from the root down to this unit, itself last.',
      childCount: 'How many units are directly below it (0 for the lowest level): each has its own document.',
      validTo: 'Last day the unit existed (YYYY-MM-DD) when it ceased in a reorganisation; null while it exists.',
    },
  ),
  objectDoc(
    periodTotalSchema,
    'PeriodTotal',
    'A total over a span of quarters, published instead of quarterly values for sensitive indicators (series of grain `year`): a calendar year or a whole phase.',
    [phaseTotal, yearTotal],
    {
      key: 'Which span: a calendar year ("2023") or a phase, by its code in `meta.phases` ("2021-2025"): the keys of `targets`. A phase\'s total covers its quarters with data.',
      from: 'First quarter of the span, as a position (0-based) in `meta.quarters`.',
      to: 'Last quarter of the span, as a position in `meta.quarters` (not before `from`).',
      value: 'The total over the span (see `Value`).',
      breakdown: 'Dimension code → category code → total over the span.',
    },
  ),
  objectDoc(
    seriesSchema,
    'Series',
    'The quarterly figures of one indicator for one unit, aligned with `meta.quarters`. To add up over time: flows and person-times sum the quarters; stocks take the last quarter of the period; a period with a `null` is incomplete, not lower. `reported` and `expected` say how complete each value is ("13/14 tổ đã báo cáo").',
    [conferences, sensitiveSeries],
    {
      grain:
        '"quarter" (or absent): `values` holds quarterly values. "year": a sensitive indicator published only as `totals` by year and for each phase; every quarterly value is then "suppressed" and a period the totals cannot answer has no value.',
      values: 'One value per quarter of `meta.quarters` (see `Value`).',
      reported: 'Per quarter, how many reporting units (of the indicator\'s `reportKind`) below or at this unit reported; never more than `expected`.',
      expected: 'How many reporting units are expected to report each quarter.',
      breakdown: 'Dimension code → category code → one value per quarter. Only for the dimensions of the indicator\'s `disaggregations` that someone reported.',
      totals: 'Grain "year" only: the published totals by year and for each phase.',
    },
  ),
  objectDoc(
    figuresSchema,
    'Figures',
    'Everything published about one unit: series, targets and baselines by indicator code. Rate indicators have no series: compute them from their numerator and denominator series as Σ numerator ÷ Σ denominator × `scale`.',
    [groupFigures, communeFigures],
    {
      series: 'Indicator code → its series. Only indicators reported at or below this unit\'s level; never rates, never indicators in `withheld`.',
      targets: 'Indicator code → target key (a year such as "2023", or a phase code from `meta.phases` such as "2021-2025") → target value.',
      baselines: 'Indicator code → baseline year → value.',
      hiddenTargets:
        'Sensitive indicator code → target keys withheld here because a target could reveal a hidden count. They are absent from `targets`: show them as hidden, not as "no target".',
      hiddenBaselines: 'Sensitive indicator code → baseline years withheld here (as `hiddenTargets`), absent from `baselines`.',
      withheld: 'Sensitive indicators not published at this level at all (below the level kind `meta.suppression.floorKind`): no series, targets or baselines; show "not published", not "not reported".',
    },
  ),
  objectDoc(
    unitDocumentSchema,
    'UnitDocument',
    'One unit with its ancestors (for the breadcrumb), its children (to drill down) and the figures of the unit and of each child, so a table of the children needs one request. A child\'s figures here equal those in its own document.',
    [{ unit: group, ancestors: [province, city, ward], children: [], figures: { '01846.14': groupFigures } }],
    {
      unit: 'The unit itself.',
      ancestors: 'The units above it, root first (the codes of `unit.path` but the last).',
      children: 'The units directly below it, each with its own document.',
      figures: 'Unit code (this unit and each child) → its figures.',
    },
  ),
  objectDoc(
    structureSchema,
    'Structure',
    'Figures of the dataset under the units of a later administrative structure (after 1/7/2025): each new commune or ward is the sum of the old communes it was made of. Sensitive indicators are never re-aggregated this way.',
    [{ effectiveFrom: '2025-07-01', scope: '06', units: [], figures: {} }],
    {
      effectiveFrom: 'The day the new structure took effect.',
      scope: 'The unit of the old structure whose communes were reorganised.',
      units: 'The new units and the old communes each was made of.',
      figures: 'New unit code → its figures (non-sensitive indicators only).',
    },
  ),
  objectDoc(
    structureSchema.shape.units.def.element,
    'StructureUnit',
    'A unit of the new structure.',
    [{ code: '01840', name: 'Phường Đức Xuân', from: [{ code: '01846', name: 'Phường Huyền Tụng', districtCode: '058' }] }],
    {
      code: 'Code of the new unit.',
      name: 'Name of the new unit.',
      from: 'The old communes it was made of (each lies wholly in one new unit).',
    },
  ),
  objectDoc(structureSchema.shape.units.def.element.shape.from.def.element, 'FormerUnit', 'An old commune that became part of a new unit.', [{ code: '01846', name: 'Phường Huyền Tụng', districtCode: '058' }], {
    code: 'Code of the old commune (a unit of `/v1/units/{code}.json`).',
    name: 'Name of the old commune.',
    districtCode: 'Code of the old district it belonged to.',
  }),
];
