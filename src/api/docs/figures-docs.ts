/** Descriptions and examples of units and their figures (docs/openapi.json). */
import { cellSchema, figuresSchema, periodTotalSchema, rateSeriesSchema, seriesSchema, structureSchema, unitDocumentSchema, unitRefSchema } from '../contract';
import { objectDoc, typeDoc, unwrap, type ComponentDoc } from './component-docs';

const province = { code: '06', name: 'Tỉnh Bắc Kạn', type: 'Tỉnh', level: 1, parentCode: null, path: ['06'], childCount: 8, validTo: '2025-06-30' };
const city = { code: '058', name: 'Thành phố Bắc Kạn', type: 'Thành phố', level: 2, parentCode: '06', path: ['06', '058'], childCount: 8, validTo: '2025-06-30' };
const ward = { code: '01846', name: 'Phường Huyền Tụng', type: 'Phường', level: 3, parentCode: '058', path: ['06', '058', '01846'], childCount: 14, validTo: '2025-06-30' };
const group = { code: '01846.14', name: 'Tổ Khuổi Pái', type: 'Tổ dân phố', level: 4, parentCode: '01846', path: ['06', '058', '01846', '01846.14'], childCount: 0, validTo: null };
const conferences = { grain: undefined, values: [0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, null], reported: [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0], expected: 1, breakdown: undefined, totals: undefined, history: undefined };
const yearTotal = { key: '2023', from: 4, to: 7, value: 'suppressed' as const, breakdown: undefined };
const phaseTotal = { key: '2021-2025', from: 0, to: 13, value: 12, breakdown: undefined };
const sensitiveSeries = { history: undefined, grain: 'year' as const, values: Array<'suppressed'>(14).fill('suppressed'), reported: [1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], expected: 1, breakdown: undefined, totals: [{ ...yearTotal, key: '2022', from: 0, to: 3, value: 0 }, yearTotal, phaseTotal] };
const groupFigures = { series: { 'P8.1.4': conferences }, targets: { 'P8.1.4': { '2023': 1, '2021-2025': 3 } }, baselines: {}, hiddenTargets: undefined, hiddenBaselines: undefined, withheld: ['P8.O.1', 'P8.O.3', 'P8.O.4'], historyWithheld: undefined };
const communeFigures = { series: { 'P8.2.2': sensitiveSeries }, targets: {}, baselines: {}, hiddenTargets: { 'P8.O.1': ['2023', '2021-2025'] }, hiddenBaselines: { 'P8.O.4': ['2021'] }, withheld: [], historyWithheld: undefined };
const newWard = { code: '01840~2025-07', name: 'Phường Đức Xuân', type: 'Phường', level: 2, parentCode: '19~2025-07', path: ['19~2025-07', '01840~2025-07'], childCount: 27, validTo: null };
const newRoot = { code: '19~2025-07', name: 'Tỉnh Thái Nguyên – địa bàn tỉnh Bắc Kạn cũ', type: 'Tỉnh', level: 1, parentCode: null, path: ['19~2025-07'], childCount: 37, validTo: null };
/** 2025Q1–2025Q4 of a new ward: the first two quarters are the sums of its 3 old communes. */
const reaggregated = { grain: undefined, values: [7, 9, 4, null], reported: [3, 3, 1, 0], expected: 1, breakdown: undefined, totals: undefined, history: { before: 2, expected: 3 } };
/** 2023Q1–2023Q4 of a commune where one of 5 villages sent its denominator without its numerator in 2023Q2. */
const pairedRate = { numerator: [3, 2, 4, 4], denominator: [5, 4, 5, 5], reported: [5, 4, 5, 5], carried: undefined, expected: 5, history: undefined };
const formedFrom = { date: '2025-07-01', units: [{ code: '01846', name: 'Phường Huyền Tụng' }, { code: '01840', name: 'Phường Đức Xuân' }] };
const newWardFigures = { series: { 'P8.1.4': reaggregated }, targets: {}, baselines: {}, hiddenTargets: undefined, hiddenBaselines: undefined, withheld: [], historyWithheld: ['P8.O.1'] };

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
      carried:
        'Stocks whose indicator declares `carryForward` only: per quarter, how many reporting units below or at this unit did not report but whose last report (at most `carryForward` quarters old) is carried into `values`; `reported` + `carried` never exceeds `expected`. Show it beside the completeness ("1.184 báo cáo, 148 lấy từ quý trước").',
      expected: 'How many reporting units are expected to report each quarter.',
      breakdown: 'Dimension code → category code → one value per quarter. Only for the dimensions of the indicator\'s `disaggregations` that someone reported.',
      totals: 'Grain "year" only: the published totals by year and for each phase.',
      history:
        'A unit formed by a reorganisation only: the quarters before position `before` (0-based, in `meta.quarters`) are not its own reports but the sums of the old units it was made of (re-aggregated; show them as such), and for those quarters `reported` counts old units out of `expected` (0: no past figures).',
    },
  ),
  objectDoc(
    rateSeriesSchema,
    'RateSeries',
    'A rate\'s numerator and denominator per quarter, each summed only over the reporting units that gave both sides that quarter, so that a unit reporting one side alone moves neither. Add up over time by the kind of the numerator and denominator, as their own series.',
    [pairedRate],
    {
      numerator: 'One value per quarter of `meta.quarters`: the numerator summed over the units that reported both sides.',
      denominator: 'The denominator summed over the same units.',
      reported: 'Per quarter, how many reporting units gave both sides (the completeness of the rate).',
      carried: 'As `Series.carried`: pairs holding a stock\'s carried value.',
      expected: 'How many reporting units are expected to report each quarter.',
      history: 'As `Series.history`.',
    },
  ),
  objectDoc(unwrap(seriesSchema.shape.history), 'SeriesHistory', 'The re-aggregated past of a unit formed by a reorganisation.', [reaggregated.history], {
    before: 'Position (0-based, in `meta.quarters`) of the first quarter of the unit\'s own reports; the quarters before it are the sums of its old units.',
    expected: 'How many old units were to report each quarter before `before` (0: the unit has no past figures, e.g. a new village).',
  }),
  objectDoc(
    figuresSchema,
    'Figures',
    'Everything published about one unit: series, targets and baselines by indicator code. Rate indicators have no series: compute them from their numerator and denominator series as Σ numerator ÷ Σ denominator × `scale`.',
    [groupFigures, communeFigures],
    {
      series: 'Indicator code → its series. Only indicators reported at or below this unit\'s level; never rates, never indicators in `withheld`.',
      rates:
        'Rate code → its numerator and denominator summed only over the reporting units that gave both in a quarter. Present only where some unit below gave one side without the other; compute the rate from these then, never from the sides\' own series.',
      targets: 'Indicator code → target key (a year such as "2023", or a phase code from `meta.phases` such as "2021-2025") → target value.',
      baselines: 'Indicator code → baseline year → value.',
      hiddenTargets:
        'Sensitive indicator code → target keys withheld here because a target could reveal a hidden count. They are absent from `targets`: show them as hidden, not as "no target".',
      hiddenBaselines: 'Sensitive indicator code → baseline years withheld here (as `hiddenTargets`), absent from `baselines`.',
      withheld: 'Sensitive indicators not published at this level at all (below the level kind `meta.suppression.floorKind`): no series, targets or baselines; show "not published", not "not reported".',
      historyWithheld:
        'A unit formed by a reorganisation only: sensitive indicators whose quarters before the reorganisation are not published (re-summing the old units\' hidden small counts could reveal them); their series start with the unit\'s own reports.',
    },
  ),
  objectDoc(
    unitDocumentSchema,
    'UnitDocument',
    'One unit with its ancestors (for the breadcrumb), its children (to drill down) and the figures of the unit and of each child, so a table of the children needs one request. A child\'s figures here equal those in its own document.',
    [
      { unit: group, ancestors: [province, city, ward], children: [], figures: { '01846.14': groupFigures }, reorganisedInto: undefined, formedFrom: undefined },
      { unit: newWard, ancestors: [newRoot], children: [], figures: { '01840~2025-07': newWardFigures }, reorganisedInto: undefined, formedFrom },
    ],
    {
      unit: 'The unit itself.',
      ancestors: 'The units above it, root first (the codes of `unit.path` but the last).',
      children: 'The units directly below it, each with its own document.',
      figures: 'Unit code (this unit and each child) → its figures.',
      reorganisedInto: 'The unit ceased in a reorganisation: the date and the units of the next structure that hold its area (its new commune; for a district or the root, the new units across it).',
      formedFrom: 'The unit was formed by a reorganisation: the date and the units of the previous structure it was made of (whose sums are its figures before that date, see `Series.history`).',
    },
  ),
  objectDoc(unwrap(unitDocumentSchema.shape.formedFrom), 'Succession', 'Units on the other side of a reorganisation, each a link to its own document.', [formedFrom], {
    date: 'The day the reorganisation took effect.',
    units: 'The units of the other structure (id and name).',
  }),
  objectDoc(unwrap(unitDocumentSchema.shape.formedFrom).shape.units.def.element, 'SuccessionUnit', 'A unit of the other structure.', [formedFrom.units[0]!], {
    code: 'Unit id (`UnitRef.code`) in the other structure.',
    name: 'Name of the unit.',
  }),
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
