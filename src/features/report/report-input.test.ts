import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../../mocks/api-documents';
import { catalogueSchema, metaSchema, notesSchema, unitDocumentSchema } from '@/api/contract';
import { parseSelection, resolvePeriod, type PeriodSelection } from '@/domain/periods';
import { unitHeadline } from '@/domain/headline';
import { summarise } from '@/domain/headline-summary';
import { compareVietnamese } from '@/i18n/format';
import { summaryText } from '@/i18n/summary-text';
import { createWording } from './report-wording';
import {
  inspectedUnitsToLoad,
  noticeInput,
  reportInput,
  reportSummary,
  summaryChildren,
  summaryEarlier,
  summaryFromParts,
  summaryNow,
  summaryPlan,
  withSummary,
} from './report-input';

const meta = metaSchema.parse(apiDocument('v1/meta.json'));
const catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));
const unitDoc = (code: string) => unitDocumentSchema.parse(apiDocument(`v1/units/${code}.json`));
const notesOf = (code: string) => notesSchema.parse(apiDocument(`v1/notes/${code}.json`)).notes;
// The seed inspection (11/5/2023) visited the city 058, the ward 01846 and the neighbourhood 01846.14.
const period = resolvePeriod(parseSelection('2022-01_2023-05')!, meta.phases, meta.quarters);

describe('the inspected units whose documents a notice loads', () => {
  it.each([
    { code: '058', load: ['01846', '01846.14'], why: 'both visited units are below the city' },
    { code: '01846', load: ['01846.14'], why: 'the city is the ward’s ancestor' },
    { code: '01846.14', load: [], why: 'the city and the ward are both ancestors' },
  ])('$code: $why', ({ code, load }) => {
    expect(inspectedUnitsToLoad(unitDoc(code), notesOf(code), period)).toEqual(load);
  });

  it('loads nothing while the notes are unknown', () => {
    expect(inspectedUnitsToLoad(unitDoc('01846'), null, period)).toEqual([]);
  });
});

describe('names of visited ancestors come from the unit’s own document', () => {
  it.each([
    { code: '01846.14', places: ['tổ dân phố Khuổi Pái'] },
    { code: '01846', places: ['tổ dân phố Khuổi Pái'] },
    { code: '058', places: ['tổ dân phố Khuổi Pái, phường Huyền Tụng'] },
  ])('$code names every unit visited, in the notes’ order', ({ code, places }) => {
    const w = createWording('vi');
    const doc = unitDoc(code);
    const notes = notesOf(code);
    const subDocs = new Map(inspectedUnitsToLoad(doc, notes, period).map((c) => [c, unitDoc(c)] as const));
    const input = reportInput(w, { doc, catalogue, meta, period, notes, subDocs, today: '2025-07-10' });
    expect(input.inspectedNames).toEqual(['thành phố Bắc Kạn', 'phường Huyền Tụng', 'tổ dân phố Khuổi Pái']);
    expect((input.activities ?? []).map((a) => a.place)).toEqual(places);
  });
});

describe('the notice’s input and its progress summary, computed apart', () => {
  it.each([
    { code: '058', asOf: '2023Q2' },
    { code: '01846', asOf: '2023Q2' },
    { code: '01846.14', asOf: '2023Q2' },
  ])('$code: the input without the summary, then the summary at the end of the notice’s period, make the whole input', ({ code, asOf }) => {
    const w = createWording('vi');
    const doc = unitDoc(code);
    const notes = notesOf(code);
    const subDocs = new Map(inspectedUnitsToLoad(doc, notes, period).map((c) => [c, unitDoc(c)] as const));
    const sources = { doc, catalogue, meta, period, notes, subDocs, today: '2025-07-10' };
    const notice = noticeInput(w, sources);
    expect(notice.summary).toBeNull();
    const whole = withSummary(w, sources, notice);
    expect(whole.summary?.asOf).toBe(asOf);
    expect(whole).toEqual(reportInput(w, sources));
  });
});

describe('the notice’s progress summary, computed in parts', () => {
  const overviewSummary = (code: string, sel: PeriodSelection, asOf: string) => {
    const headline = unitHeadline(unitDoc(code), meta, catalogue.indicators, sel, compareVietnamese, asOf);
    return headline ? summarise(headline).map((s) => summaryText('vi', s)) : null;
  };
  const oneQuarter = resolvePeriod(parseSelection(`${meta.quarters[0]!.slice(0, 4)}-01_${meta.quarters[0]!.slice(0, 4)}-03`)!, meta.phases, meta.quarters);

  it.each([
    { code: '058', sel: period, asOf: '2023Q2', why: 'a city with children' },
    { code: '01846', sel: period, asOf: '2023Q2', why: 'a ward with children' },
    { code: '01846.14', sel: period, asOf: '2023Q2', why: 'a neighbourhood without children' },
    { code: '01846', sel: oneQuarter, asOf: meta.quarters[0]!, why: 'one quarter: nothing earlier to compare' },
  ])('$code, $why: the parts give the overview’s sentences at the end of the period', ({ code, sel, asOf }) => {
    const plan = summaryPlan(unitDoc(code), catalogue, meta, sel);
    expect(plan?.ctx.axis.at(-1)).toBe(asOf);
    const summary = summaryFromParts(createWording('vi'), plan!, { progress: summaryNow(plan!), previous: summaryEarlier(plan!) }, summaryChildren(plan!));
    expect(summary?.asOf).toBe(asOf);
    expect(summary?.sentences.map((s) => s.text)).toEqual(overviewSummary(code, sel, asOf));
    expect(summaryEarlier(plan!) === null).toBe(plan!.ctx.axis.length === 1);
  });

  it('has no summary when the period covers no quarter of the data', () => {
    const before = resolvePeriod(parseSelection('2000-01_2000-03')!, meta.phases, meta.quarters);
    expect(summaryPlan(unitDoc('01846'), catalogue, meta, before)).toBeNull();
    expect(reportSummary(createWording('vi'), unitDoc('01846'), catalogue, meta, before)).toBeNull();
  });
});
