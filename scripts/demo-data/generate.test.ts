import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDataset, type Dataset } from './dataset';
import { multinomial, splitByShare } from './disaggregate';
import { QUARTERS } from './periods';
import { DEFAULT_SEED, hashString, mulberry32, Rng, rngFor } from './prng';
import { SEED_BREAKDOWNS, SEED_PARTICIPANTS } from './seed-case';
import { renderFiles } from './serialise';
import { AREA_CLASS_COUNTS, DISADVANTAGED_VILLAGES, isUrban, normaliseUnitName, villageCode, villageNameAndType } from './units';

const here = dirname(fileURLToPath(import.meta.url));
const read = (...parts: string[]): string => readFileSync(join(here, ...parts), 'utf8');
const inputs = () => ({
  unitsCsv: read('source/units-2025-03.csv'),
  indicatorsJson: read('../../data/indicators.json'),
  dimensionsJson: read('../../data/dimensions.json'),
});

describe('the seeded PRNG', () => {
  it.each([0, 1, 42, 0xdeadbeef])('repeats the same sequence for seed %i', (seed) => {
    const a = mulberry32(seed);
    const b = mulberry32(seed);
    for (let i = 0; i < 100; i += 1) expect(a()).toBe(b());
  });

  it.each([
    [1, 2],
    [42, 43],
  ])('gives different sequences for seeds %i and %i', (s1, s2) => {
    const a = mulberry32(s1);
    const b = mulberry32(s2);
    expect(Array.from({ length: 5 }, () => a())).not.toEqual(Array.from({ length: 5 }, () => b()));
  });

  it('stays in [0, 1)', () => {
    const next = mulberry32(7);
    for (let i = 0; i < 10_000; i += 1) {
      const x = next();
      expect(x >= 0 && x < 1).toBe(true);
    }
  });

  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j with FNV-1a to %i', (text, expected) => {
    expect(hashString(text)).toBe(expected);
  });

  it('gives one stream per key', () => {
    expect(rngFor('s', 'team', '01846.01').next()).toBe(rngFor('s', 'team', '01846.01').next());
    expect(rngFor('s', 'team', '01846.01').next()).not.toBe(rngFor('s', 'team', '01846.02').next());
  });

  it.each([
    [0, 10],
    [5, 5],
    [-3, 3],
  ])('draws integers within [%i, %i]', (min, max) => {
    const rng = new Rng(3);
    for (let i = 0; i < 1000; i += 1) {
      const n = rng.int(min, max);
      expect(Number.isInteger(n) && n >= min && n <= max).toBe(true);
    }
  });
});

describe('village naming', () => {
  it.each([
    ['01846', 'Phường', 1, 14, 'Tổ 1', 'Tổ dân phố'],
    ['01846', 'Phường', 13, 14, 'Tổ 13', 'Tổ dân phố'],
    ['01846', 'Phường', 14, 14, 'Tổ Khuổi Pái', 'Tổ dân phố'],
    ['01834', 'Phường', 9, 9, 'Tổ 9', 'Tổ dân phố'],
    ['01888', 'Thị trấn', 3, 10, 'Tổ 3', 'Tổ dân phố'],
    ['01849', 'Xã', 2, 12, 'Thôn 2', 'Thôn'],
    ['01858', 'Xã', 12, 12, 'Thôn 12', 'Thôn'],
  ])('names village %#: %s (%s) n=%i of %i as %s', (commune, type, n, count, name, villageType) => {
    expect(villageNameAndType(commune, type, n, count)).toEqual({ name, type: villageType });
  });

  it.each([
    ['01846', 7, '01846.07'],
    ['02197', 15, '02197.15'],
  ])('codes village %i of %s', (commune, n, code) => {
    expect(villageCode(commune, n)).toBe(code);
  });

  it.each([
    ['Thành Phố Bắc Kạn', 'Thành phố Bắc Kạn'],
    ['Huyện Pác Nặm', 'Huyện Pác Nặm'],
  ])('normalises %s', (raw, name) => {
    expect(normaliseUnitName(raw)).toBe(name);
  });
});

describe('splitting totals into categories', () => {
  it.each([
    [0, [0.5, 0.5]],
    [1, [0.2, 0.8]],
    [55, [0.6, 0.4]],
    [137, [0.5, 0.2, 0.1, 0.1, 0.05, 0.03, 0.01, 0.01]],
  ])('multinomial(%i) adds up', (total, probabilities) => {
    const counts = multinomial(new Rng(9), total, probabilities);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(counts.every((c) => c >= 0)).toBe(true);
  });

  it.each([
    [0, 0.6],
    [7, 0.55],
    [31, 0.62],
  ])('splitByShare(%i, %f) adds up', (total, share) => {
    const [a = 0, b = 0] = splitByShare(total, share);
    expect(a + b).toBe(total);
  });
});

describe('the demo data set', () => {
  let ds: Dataset;
  beforeAll(() => {
    ds = buildDataset(DEFAULT_SEED, inputs());
  });

  it('has the official communes, area classes and about 648 ĐBKK villages', () => {
    const communes = ds.units.filter((u) => u.level === 3);
    const villages = ds.units.filter((u) => u.level === 4);
    expect(communes).toHaveLength(108);
    for (const cls of ['I', 'II', 'III'] as const) {
      expect(communes.filter((c) => c.areaClass === cls)).toHaveLength(AREA_CLASS_COUNTS[cls]);
    }
    expect(communes.filter(isUrban).every((c) => c.areaClass === 'I')).toBe(true);
    expect(villages.filter((v) => v.disadvantaged)).toHaveLength(DISADVANTAGED_VILLAGES);
    const urban = new Set(communes.filter(isUrban).map((c) => c.code));
    expect(villages.some((v) => v.disadvantaged && urban.has(v.commune))).toBe(false);
    for (const c of communes) {
      const n = villages.filter((v) => v.commune === c.code).length;
      expect(n >= 8 && n <= 15).toBe(true);
    }
  });

  it('breaks every reported total down into categories that add up to it', () => {
    const sums = new Map<string, number>();
    for (const d of ds.disaggregations) {
      const key = [d.unit, d.period, d.indicator, d.dimension].join('|');
      sums.set(key, (sums.get(key) ?? 0) + d.value);
    }
    let checked = 0;
    const wrong: string[] = [];
    for (const [unit, series] of ds.reported) {
      series.forEach((row, q) => {
        if (!row) return;
        for (const indicator of ds.catalogue.indicators) {
          const total = row.get(indicator.code);
          for (const dim of indicator.disaggregations) {
            const key = [unit, QUARTERS[q], indicator.code, dim].join('|');
            if (total === undefined || total === 0) {
              if (sums.has(key)) wrong.push(`${key}: breakdown without a total`);
            } else if (dim !== 'participant_role') {
              if (sums.get(key) !== total) wrong.push(`${key}: ${sums.get(key)} ≠ ${total}`);
              checked += 1;
            }
          }
        }
      });
    }
    expect(wrong.slice(0, 5)).toEqual([]);
    expect(checked).toBeGreaterThan(10_000);
    expect(sums.size).toBe(checked + 1);
  });

  it.each([
    ['P8.C.1 never exceeds P8.C.0', (row: Map<string, number>) => (row.get('P8.C.1') ?? 0) <= (row.get('P8.C.0') ?? 0)],
    ['members only where a team operates', (row: Map<string, number>) => (row.get('P8.1.1') === 0 ? (row.get('P8.1.2') ?? 0) === 0 : true)],
  ])('keeps village rows consistent: %s', (_, holds) => {
    for (const u of ds.units) {
      if (u.level !== 4) continue;
      for (const row of ds.reported.get(u.code) ?? []) if (row) expect(holds(row)).toBe(true);
    }
  });

  it('never disburses more than was allocated so far', () => {
    for (const u of ds.units.filter((x) => x.level === 3)) {
      let allocated = 0;
      let disbursed = 0;
      for (const row of ds.reported.get(u.code) ?? []) {
        allocated += row?.get('P8.F.1') ?? 0;
        disbursed += row?.get('P8.F.2') ?? 0;
        expect(disbursed).toBeLessThanOrEqual(allocated);
      }
    }
  });

  it('carries the Khuổi Pái conference of 2023Q1 with its breakdowns', () => {
    const code = ds.seedVillage.code;
    expect(ds.seedVillage.parentCode).toBe('01846');
    const series = ds.reported.get(code) ?? [];
    QUARTERS.slice(0, 6).forEach((quarter, q) => {
      expect(series[q]?.get('P8.1.4')).toBe(quarter === '2023Q1' ? 1 : 0);
    });
    expect(series[QUARTERS.indexOf('2023Q1')]?.get('P8.1.5')).toBe(SEED_PARTICIPANTS);
    const rows = ds.disaggregations.filter((d) => d.unit === code && d.period === '2023Q1' && d.indicator === 'P8.1.5');
    for (const [dimension, categories] of Object.entries(SEED_BREAKDOWNS)) {
      const got = Object.fromEntries(rows.filter((r) => r.dimension === dimension).map((r) => [r.category, r.value]));
      expect(got).toEqual(Object.fromEntries(Object.entries(categories).filter(([, v]) => v > 0)));
    }
    expect(ds.disaggregations.filter((d) => d.dimension === 'participant_role').every((d) => d.unit === code)).toBe(true);
  });

  it('gives the city no annual targets for 2022 and 2023', () => {
    const city = new Set(ds.units.filter((u) => u.code === '058' || u.parentCode === '058').map((u) => u.code));
    expect(ds.targets.some((t) => city.has(t.unit) && (t.period === '2022' || t.period === '2023'))).toBe(false);
    expect(ds.targets.some((t) => t.unit === '058' && t.period === '2021-2025')).toBe(true);
  });

  it('has commune baselines adding up to districts and districts to the province', () => {
    for (const indicator of ['P8.O.1', 'P8.O.3', 'P8.O.4']) {
      const value = (unit: string) => ds.baselines.find((b) => b.unit === unit && b.indicator === indicator)?.value ?? 0;
      const districts = ds.units.filter((u) => u.level === 2);
      for (const d of districts) {
        const communes = ds.units.filter((u) => u.level === 3 && u.parentCode === d.code);
        expect(communes.reduce((acc, c) => acc + value(c.code), 0)).toBe(value(d.code));
      }
      expect(districts.reduce((acc, d) => acc + value(d.code), 0)).toBe(value('06'));
    }
  });

  it('writes the seed case notes, with the conclusion 25-TB/BDVTU', () => {
    const files = renderFiles(ds, read('source/reorganisation-2025-07.csv'));
    const notes = JSON.parse(files.get('notes.json') ?? '[]') as {
      type: string;
      documentNumber?: string;
      inspection?: { unitsInspected: string[] };
      requests?: { to: string; done: boolean }[];
    }[];
    const conclusion = notes.find((n) => n.documentNumber === '25-TB/BDVTU');
    expect(conclusion?.type).toBe('conclusion');
    expect(conclusion?.requests?.[0]).toMatchObject({ to: 'Hội LHPN thành phố Bắc Kạn', done: false });
    const inspection = notes.find((n) => n.type === 'inspection' && n.inspection?.unitsInspected.includes(ds.seedVillage.code));
    expect(inspection?.inspection?.unitsInspected).toEqual(['058', '01846', ds.seedVillage.code]);
  });

  it('renders byte-identical files from a second build', () => {
    const reorganisation = read('source/reorganisation-2025-07.csv');
    const first = renderFiles(ds, reorganisation);
    const second = renderFiles(buildDataset(DEFAULT_SEED, inputs()), reorganisation);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) expect(second.get(name) === text, name).toBe(true);
  });
});
