/**
 * The reference for the compile: the same roll-up (every indicator, quarter and unit level, and
 * the breakdowns) as SQL GROUP BY ROLLUP in embedded DuckDB, over the same CSV files.
 * Run as a child process: prints one JSON line with time, peak memory (VmHWM), row counts and the
 * root unit's totals (to check the compile against).
 *   node --import tsx bench/duckdb-rollup.ts --data <dataset folder>
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';
import { peakRssMB } from './lib/peak-rss';

const { values } = parseArgs({ options: { data: { type: 'string' }, threads: { type: 'string', default: '2' } } });
const file = (name: string) => `'${join(values.data!, name).replace(/'/g, "''")}'`;

/** Indicators whose last report is carried forward, with how many quarters (indicators.json). */
const carryLimits = (JSON.parse(readFileSync(join(values.data!, 'indicators.json'), 'utf8')) as { code: string; carryForward?: number }[])
  .filter((i) => i.carryForward)
  .map((i) => [i.code, i.carryForward!] as const);

const SQL = [
  // Units get integer ids: grouping on integers is what a warehouse schema would do.
  `CREATE TABLE units AS SELECT CAST(row_number() OVER () AS INTEGER) AS id, code, CAST(level AS INTEGER) AS level, parent_code FROM read_csv(${file('units.csv')}, header = true, all_varchar = true)`,
  // The reporting units (communes and villages) with the ids of their ancestors l1 (root) … l4 (village).
  `CREATE TABLE anc AS
     WITH r AS (SELECT code AS unit, CASE WHEN level = 4 THEN id END AS l4, CASE WHEN level = 4 THEN parent_code ELSE code END AS l3code FROM units WHERE level IN (3, 4))
     SELECT r.unit, p1.id AS l1, p2.id AS l2, p3.id AS l3, r.l4
     FROM r JOIN units p3 ON p3.code = r.l3code JOIN units p2 ON p2.code = p3.parent_code JOIN units p1 ON p1.code = p2.parent_code`,
  `CREATE TABLE reports AS
     UNPIVOT (SELECT * FROM read_csv(${file('reports.csv')}, header = true, all_varchar = true))
     ON COLUMNS(* EXCLUDE (unit, period)) INTO NAME indicator VALUE value`,
  // Stocks with `carryForward` (docs/data-format.md): a unit's last report stands for at most that many
  // quarters after it. Carried values add to the totals; `reported` counts real reports only.
  `CREATE TABLE carry_limits (indicator VARCHAR, lim INTEGER)`,
  ...carryLimits.map(([code, limit]) => `INSERT INTO carry_limits VALUES ('${code.replace(/'/g, "''")}', ${limit})`),
  `CREATE TABLE quarters AS
     SELECT DISTINCT period, CAST(substr(period, 1, 4) AS INTEGER) * 4 + CAST(substr(period, 6, 1) AS INTEGER) AS qi FROM reports`,
  `CREATE TABLE carried AS
     WITH r AS (SELECT unit, indicator, qi, value FROM reports JOIN quarters USING (period) JOIN carry_limits USING (indicator)),
          grid AS (SELECT unit, indicator, period, qi FROM (SELECT DISTINCT unit, indicator FROM r) CROSS JOIN quarters)
     SELECT grid.unit, grid.period, grid.indicator, r.value
     FROM grid ASOF JOIN r ON grid.unit = r.unit AND grid.indicator = r.indicator AND grid.qi >= r.qi
     JOIN carry_limits ON carry_limits.indicator = grid.indicator
     WHERE grid.qi > r.qi AND grid.qi - r.qi <= carry_limits.lim`,
  `CREATE TABLE rollup_reports AS
     SELECT indicator, period, l1, l2, l3, l4, SUM(CAST(value AS DOUBLE)) AS total, COUNT(value) FILTER (WHERE NOT carried) AS reported
     FROM (SELECT unit, period, indicator, value, false AS carried FROM reports
           UNION ALL SELECT unit, period, indicator, value, true AS carried FROM carried) JOIN anc USING (unit)
     GROUP BY indicator, period, ROLLUP (l1, l2, l3, l4)`,
  `CREATE TABLE rollup_breakdowns AS
     SELECT indicator, dimension, category, period, l1, l2, l3, l4, SUM(CAST(value AS DOUBLE)) AS total
     FROM read_csv(${file('disaggregations.csv')}, header = true, all_varchar = true) JOIN anc USING (unit)
     GROUP BY indicator, dimension, category, period, ROLLUP (l1, l2, l3, l4)`,
];

const before = process.resourceUsage();
const started = performance.now();
const instance = await DuckDBInstance.create(':memory:', { threads: values.threads! });
const connection = await instance.connect();
for (const sql of SQL) await connection.run(sql);
const ms = performance.now() - started;
const usage = process.resourceUsage();
const cpuMs = (usage.userCPUTime + usage.systemCPUTime - before.userCPUTime - before.systemCPUTime) / 1000;

const count = async (table: string) => Number((await connection.runAndReadAll(`SELECT COUNT(*) FROM ${table}`)).getRowsJS()[0]![0]);
const root = await connection.runAndReadAll(`SELECT indicator, period, total, reported FROM rollup_reports WHERE l1 IS NOT NULL AND l2 IS NULL`);
console.log(
  JSON.stringify({
    ms,
    cpuMs,
    maxRssMB: peakRssMB(),
    reportValues: await count('reports'),
    reportGroups: await count('rollup_reports'),
    breakdownGroups: await count('rollup_breakdowns'),
    rootTotals: root
      .getRowObjectsJS()
      .map((r) => ({ indicator: String(r.indicator), period: String(r.period), total: Number(r.total), reported: Number(r.reported) })),
  }),
);
connection.closeSync();
instance.closeSync();
