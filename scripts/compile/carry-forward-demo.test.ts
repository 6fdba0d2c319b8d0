/**
 * The demo's teams (P8.1.1, `carryForward: 2`) for the province at the end of 2025Q2, recomputed
 * here from data/units.csv and data/reports.csv with nothing of the compile: each village's 2025Q2
 * report, or failing that its 2025Q1 one, or its 2024Q4 one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { apiDocument } from '../../mocks/api-documents';

const DATA = resolve(import.meta.dirname, '..', '..', 'data');
const rowsOf = (file: string) => {
  const [header, ...lines] = readFileSync(resolve(DATA, file), 'utf8').trim().split('\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((cell, i) => [columns[i]!, cell])));
};

function recompute() {
  const units = rowsOf('units.csv');
  const parentOf = new Map(units.map((u) => [u.code!, u.parent_code!]));
  const rootOf = (code: string): string => (parentOf.get(code) ? rootOf(parentOf.get(code)!) : code);
  const villages = units.filter((u) => u.level === '4' && rootOf(u.code!) === '06').map((u) => u.code!);
  const teams = new Map<string, string>();
  for (const r of rowsOf('reports.csv')) teams.set(`${r.unit}|${r.period}`, r['P8.1.1']!);
  let reported = 0;
  let carried = 0;
  let total = 0;
  for (const v of villages) {
    const own = teams.get(`${v}|2025Q2`);
    if (own) {
      reported++;
      total += Number(own);
      continue;
    }
    const earlier = [teams.get(`${v}|2025Q1`), teams.get(`${v}|2024Q4`)].find((t) => t);
    if (earlier) {
      carried++;
      total += Number(earlier);
    }
  }
  return { villages: villages.length, reported, carried, total };
}

describe('the teams of the demo province in 2025Q2', () => {
  const doc = apiDocument('v1/units/06.json') as {
    figures: Record<string, { series: Record<string, { values: number[]; reported: number[]; carried: number[]; expected: number }> }>;
  };
  const quarters = (apiDocument('v1/meta.json') as { quarters: string[] }).quarters;
  const q = quarters.indexOf('2025Q2');
  const teams = doc.figures['06']!.series['P8.1.1']!;

  it('recomputes by hand to 1,116 teams: 1,002 from 1,184 reports and 114 from 148 villages carried', () => {
    expect(recompute()).toEqual({ villages: 1332, reported: 1184, carried: 148, total: 1116 });
  });

  it('publishes what the recomputation gives', () => {
    const expected = recompute();
    expect(q).toBeGreaterThan(0);
    expect(teams.values[q]).toBe(expected.total);
    expect(teams.reported[q]).toBe(expected.reported);
    expect(teams.carried[q]).toBe(expected.carried);
    expect(teams.expected).toBe(expected.villages);
  });
});
