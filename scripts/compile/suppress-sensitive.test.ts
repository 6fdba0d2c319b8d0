import { describe, expect, it } from 'vitest';
import { unitDocumentSchema, type Figures } from '../../src/api/contract';
import { isSmallCount, SUPPRESSION_RULES } from '../../src/domain/suppression';
import { buildApi } from './build-api';
import { parseDataset } from './parse-dataset';
import { periodSpans } from './suppress-sensitive';
import { tinyDataset } from './tiny-dataset';
import { PHASE_2021_2025, PHASE_2026_2030 } from '../../tests/builders/phases';

/**
 * The tiny dataset with a richer sensitive indicator CM: broken down by sex and age, with
 * baselines and targets. Communes C1 and C2 count 9 each in 2023, of whom one boy each.
 */
function sensitiveDataset(withLoneCommune = false) {
  const files = tinyDataset();
  const cm = {
    Q1: { 'C1.01': 6, 'C1.02': 0, 'C2.01': 3, 'C2.02': 5 },
    Q2: { 'C1.01': 2, 'C2.01': 1, 'C2.02': 0 },
    Q3: { 'C1.01': 0, 'C1.02': 1, 'C2.01': 0 },
  } as Record<string, Record<string, number>>;
  files['reports.csv'] = files['reports.csv']!.split('\n')
    .map((line, i) => {
      if (i === 0 || line === '') return line;
      const fields = line.split(',');
      const value = cm[fields[1]!.slice(4)]?.[fields[0]!];
      return [...fields.slice(0, -1), value === undefined ? '' : String(value)].join(',');
    })
    .join('\n');
  const indicators = JSON.parse(files['indicators.json']!) as { code: string; disaggregations: string[] }[];
  indicators.find((i) => i.code === 'CM')!.disaggregations = ['sex', 'age'];
  files['indicators.json'] = JSON.stringify(indicators);
  const dimensions = JSON.parse(files['dimensions.json']!) as unknown[];
  dimensions.push({
    code: 'age',
    name: { vi: 'Tuổi', en: 'Age' },
    categories: [
      { code: 'child', name: { vi: 'Dưới 18', en: 'Under 18' } },
      { code: 'adult', name: { vi: 'Từ 18', en: '18 and over' } },
    ],
  });
  files['dimensions.json'] = JSON.stringify(dimensions);
  const breakdown = [
    ['C1.01', '2023Q1', 'sex', 5, 1, 'age', 2, 4],
    ['C1.01', '2023Q2', 'sex', 2, 0, 'age', 2, 0],
    ['C1.02', '2023Q3', 'sex', 1, 0, 'age', 0, 1],
    ['C2.01', '2023Q1', 'sex', 3, 0, 'age', 3, 0],
    ['C2.01', '2023Q2', 'sex', 1, 0, 'age', 1, 0],
    ['C2.02', '2023Q1', 'sex', 4, 1, 'age', 0, 5],
  ] as const;
  files['disaggregations.csv'] += breakdown
    .flatMap(([u, q, , f, m, , c, a]) => [
      `${u},${q},CM,sex,female,${f}`,
      `${u},${q},CM,sex,male,${m}`,
      `${u},${q},CM,age,child,${c}`,
      `${u},${q},CM,age,adult,${a}`,
    ])
    .join('\n');
  files['baselines.csv'] = ['unit,indicator,year,value', 'P,CM,2021,9', 'D,CM,2021,9', 'C1,CM,2021,6', 'C2,CM,2021,3', ''].join('\n');
  files['targets.csv'] += ['P,CM,2023,8', 'D,CM,2023,8', 'C1,CM,2023,5', 'C2,CM,2023,2', ''].join('\n');
  if (withLoneCommune) {
    // District D2 has a single commune C3: 7 cases, none of them a child.
    files['units.csv'] += ['D2,Huyện Hai,Huyện,2,P,,,,,,', 'C3,Xã Ba,Xã,3,D2,22.3,105.7,III,,,', 'C3.01,Thôn Ba,Thôn,4,C3,,,,1,,', ''].join('\n');
    files['reports.csv'] += 'C3.01,2023Q1,,,,,,7\n';
    files['disaggregations.csv'] +=
      '\n' + ['C3.01,2023Q1,CM,sex,female,6', 'C3.01,2023Q1,CM,sex,male,1', 'C3.01,2023Q1,CM,age,child,0', 'C3.01,2023Q1,CM,age,adult,7'].join('\n');
    files['reorganisation-2025-07.csv'] += 'C3,Xã Ba,D2,00003,Xã Ba\n';
  }
  return parseDataset(files);
}

let built: Map<string, unknown> | undefined;
const figures = (code: string): Figures => {
  built ??= buildApi(sensitiveDataset(), { generatedAt: '2023-10-01T00:00:00Z' });
  return unitDocumentSchema.parse(built.get(`v1/units/${code}.json`)).figures[code]!;
};
const cm = (code: string) => figures(code).series.CM!.totals!.find((t) => t.key === '2023')!;

describe('publishing a sensitive indicator', () => {
  it.each<[string, string[], { code: string; start: string; end: string }[], { key: string; from: number; to: number }[]]>([
    [
      'calendar years, then the phase with data',
      ['2024Q3', '2024Q4', '2025Q1', '2025Q2'],
      [PHASE_2021_2025],
      [
        { key: '2024', from: 0, to: 1 },
        { key: '2025', from: 2, to: 3 },
        { key: '2021-2025', from: 0, to: 3 },
      ],
    ],
    [
      'each declared phase with data, keyed by its code; a phase without data has no total',
      ['2025Q3', '2025Q4', '2026Q1'],
      [PHASE_2021_2025, PHASE_2026_2030, { code: '2031-2035', start: '2031-01-01', end: '2035-12-31' }],
      [
        { key: '2025', from: 0, to: 1 },
        { key: '2026', from: 2, to: 2 },
        { key: '2021-2025', from: 0, to: 1 },
        { key: '2026-2030', from: 2, to: 2 },
      ],
    ],
    [
      'a phase starting mid-year is not published: its years do not tile it, and the difference would give a part-year away',
      ['2025Q1', '2025Q2', '2025Q3', '2025Q4'],
      [
        { code: 'H1', start: '2021-01-01', end: '2025-06-30' },
        { code: 'H2', start: '2025-07-01', end: '2030-12-31' },
      ],
      [{ key: '2025', from: 0, to: 3 }],
    ],
  ])('splits the quarter axis: %s', (_name, quarters, phases, spans) => {
    expect(
      periodSpans(
        quarters,
        phases.map((p) => ({ ...p, name: { vi: p.code, en: p.code } })),
      ),
    ).toEqual(spans);
  });

  it('publishes totals by year, with no quarterly value', () => {
    const series = figures('C1').series.CM!;
    expect(series.grain).toBe('year');
    expect(series.values.every((v) => v === 'suppressed')).toBe(true);
    expect(cm('C1').value).toBe(9);
    expect(cm('D').value).toBe(18);
  });

  it('hides the one small category of a breakdown and its complement, at every level', () => {
    expect(cm('C1').breakdown?.sex).toEqual({ female: 'suppressed', male: 'suppressed' });
    expect(cm('D').breakdown?.sex).toEqual({ female: 'suppressed', male: 'suppressed' });
  });

  it('keeps a second breakdown of the same small counts off the commune level', () => {
    expect(Object.keys(cm('C1').breakdown ?? {})).toEqual(['sex']);
    expect(cm('D').breakdown?.age).toEqual({ child: 8, adult: 10 });
  });

  it('does not let a district give away the breakdown its lone commune may not publish', () => {
    const docs = buildApi(sensitiveDataset(true), { generatedAt: '2023-10-01T00:00:00Z' });
    const year = (code: string) => unitDocumentSchema.parse(docs.get(`v1/units/${code}.json`)).figures[code]!.series.CM!.totals!.find((t) => t.key === '2023')!;
    expect(year('C3').value).toBe(7);
    expect(Object.keys(year('C3').breakdown ?? {})).toEqual(['sex']);
    expect(year('D2').breakdown?.age).toEqual({ child: 'suppressed', adult: 'suppressed' });
  });

  it('hides a small baseline with its sibling, and withholds the targets of units with a hidden count', () => {
    expect(figures('C2').baselines.CM).toBeUndefined();
    expect(figures('C2').hiddenBaselines).toEqual({ CM: ['2021'] });
    expect(figures('C1').hiddenBaselines).toEqual({ CM: ['2021'] });
    expect(figures('D').baselines.CM).toEqual({ '2021': 9 });
    expect(figures('C2').targets.CM).toBeUndefined();
    expect(figures('C2').hiddenTargets).toEqual({ CM: ['2023'] });
    expect(figures('D').targets.CM).toEqual({ '2023': 8 });
    expect(figures('D').hiddenTargets).toBeUndefined();
  });

  it('publishes no small count anywhere', () => {
    for (const code of ['P', 'D', 'C1', 'C2']) {
      const f = figures(code);
      const cells = [
        ...f.series.CM!.totals!.flatMap((t) => [t.value, ...Object.values(t.breakdown ?? {}).flatMap((cats) => Object.values(cats))]),
        ...Object.values(f.baselines.CM ?? {}),
      ];
      expect(cells.filter((c) => typeof c === 'number' && isSmallCount(c, SUPPRESSION_RULES))).toEqual([]);
    }
  });

  it('follows a configured threshold', () => {
    const docs = buildApi(sensitiveDataset(), { generatedAt: '2023-10-01T00:00:00Z', suppression: { ...SUPPRESSION_RULES, threshold: 10 } });
    const c1 = unitDocumentSchema.parse(docs.get('v1/units/C1.json')).figures.C1!;
    expect(c1.series.CM!.totals!.map((t) => t.value)).toEqual(['suppressed', 'suppressed']);
    expect((docs.get('v1/meta.json') as { suppression: { threshold: number } }).suppression.threshold).toBe(10);
  });
});
