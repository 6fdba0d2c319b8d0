/** Sanity figures printed after generation. */

import { PHASE_I } from './meta';
import type { Dataset } from './dataset';
import { QUARTERS, quartersOfYear } from './periods';

function pct(n: number, d: number): string {
  return d === 0 ? '–' : `${((100 * n) / d).toFixed(1)}%`;
}

export function summarise(ds: Dataset): string {
  const lines: string[] = [];
  const villages = ds.units.filter((u) => u.kind === 'village');
  const communes = ds.units.filter((u) => u.kind === 'commune');
  const districts = ds.units.filter((u) => u.kind === 'district');
  const classes = ['I', 'II', 'III'].map((c) => `${c}=${communes.filter((u) => u.areaClass === c).length}`);
  lines.push(`villages: ${villages.length}; ĐBKK: ${villages.filter((v) => v.disadvantaged).length}; area classes: ${classes.join(' ')}`);

  let cells = 0;
  let missing = 0;
  let lastCells = 0;
  let lastMissing = 0;
  const last = QUARTERS.length - 1;
  for (const series of ds.reported.values()) {
    series.forEach((row, q) => {
      cells += 1;
      if (!row) missing += 1;
      if (q === last) {
        lastCells += 1;
        if (!row) lastMissing += 1;
      }
    });
  }
  lines.push(`unit-quarters missing: ${pct(missing, cells)} overall, ${pct(lastMissing, lastCells)} in ${QUARTERS[last]}`);

  const yearTotal = (code: string, year: number): number => {
    let total = 0;
    for (const v of villages) for (const q of quartersOfYear(year)) total += ds.reported.get(v.code)?.[q]?.get(code) ?? 0;
    return total;
  };
  lines.push(`P8.O.1 province by year: ${[2022, 2023, 2024, 2025].map((y) => `${y}=${yearTotal('P8.O.1', y)}`).join(' ')}`);

  lines.push(`P8.1.1 at ${QUARTERS[last]} by district (teams / reporting villages; teams / all villages; C.1/C.0; disbursed/allocated):`);
  let teamsAll = 0;
  for (const d of districts) {
    const own = villages.filter((v) => v.district === d.code);
    let teams = 0;
    let reporting = 0;
    let c0 = 0;
    let c1 = 0;
    for (const v of own) {
      const row = ds.reported.get(v.code)?.[last];
      if (!row) continue;
      reporting += 1;
      teams += row.get('P8.1.1') ?? 0;
      c0 += row.get('P8.C.0') ?? 0;
      c1 += row.get('P8.C.1') ?? 0;
    }
    teamsAll += teams;
    let alloc = 0;
    let disb = 0;
    for (const c of communes.filter((u) => u.district === d.code)) {
      for (const row of ds.reported.get(c.code) ?? []) {
        alloc += row?.get('P8.F.1') ?? 0;
        disb += row?.get('P8.F.2') ?? 0;
      }
    }
    lines.push(
      `  ${d.code} ${d.name}: ${teams}/${reporting} = ${pct(teams, reporting)}; ${pct(teams, own.length)} of ${own.length}; ${c1}/${c0}; ${pct(disb, alloc)}`,
    );
  }
  const target = ds.targets.find((t) => t.unit === '06' && t.indicator === 'P8.1.1' && t.period === PHASE_I.code)?.value ?? 0;
  lines.push(`P8.1.1 province phase target ${target}; reported teams ${teamsAll} at ${QUARTERS[last]} = ${pct(teamsAll, target)}`);
  lines.push(`disaggregation rows: ${ds.disaggregations.length}; target rows: ${ds.targets.length}; baseline rows: ${ds.baselines.length}`);
  return lines.join('\n');
}
