/** Turns the in-memory data set into the files of data/. */

import { toCsv } from '../../src/domain/csv';
import { formatTenths } from './tenths';
import type { Dataset } from './dataset';
import { buildMeta } from './meta';
import { buildNotes } from './notes';
import { QUARTERS } from './periods';
import { compareStrings } from './util';

export const VALID_FROM = '2021-01-01';
export const REORGANISED_ON_EVE = '2025-06-30';

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

export function unitsCsv(ds: Dataset): string {
  const rows = ds.units.map((u) => [
    u.code,
    u.name,
    u.type,
    String(u.level),
    u.parentCode,
    u.lat,
    u.lon,
    u.areaClass ?? '',
    u.disadvantaged === null ? '' : u.disadvantaged ? '1' : '0',
    VALID_FROM,
    u.kind === 'village' ? '' : REORGANISED_ON_EVE,
  ]);
  return toCsv(['code', 'name', 'type', 'level', 'parent_code', 'lat', 'lon', 'area_class', 'disadvantaged', 'valid_from', 'valid_to'], rows);
}

export function reportsCsv(ds: Dataset): string {
  const columns = ds.catalogue.reported;
  const rows: string[][] = [];
  const codes = [...ds.reported.keys()].sort(compareStrings);
  for (const code of codes) {
    (ds.reported.get(code) ?? []).forEach((row, q) => {
      if (!row) return;
      const cells = columns.map((c) => {
        const v = row.get(c);
        if (v === undefined) return '';
        return ds.catalogue.tenths.has(c) ? formatTenths(v) : String(v);
      });
      rows.push([code, QUARTERS[q] as string, ...cells]);
    });
  }
  return toCsv(['unit', 'period', ...columns], rows);
}

export function disaggregationsCsv(ds: Dataset): string {
  const rows = ds.disaggregations.map((d) => [d.unit, d.period, d.indicator, d.dimension, d.category, String(d.value)]);
  return toCsv(['unit', 'period', 'indicator', 'dimension', 'category', 'value'], rows);
}

export function targetsCsv(ds: Dataset): string {
  const rows = ds.targets.map((t) => [t.unit, t.indicator, t.period, ds.catalogue.tenths.has(t.indicator) ? formatTenths(t.value) : String(t.value)]);
  return toCsv(['unit', 'indicator', 'period', 'value'], rows);
}

export function baselinesCsv(ds: Dataset): string {
  return toCsv(
    ['unit', 'indicator', 'year', 'value'],
    ds.baselines.map((b) => [b.unit, b.indicator, String(b.year), String(b.value)]),
  );
}

/** The reorganisation facts as given, with LF line ends. */
export function normaliseCsvText(text: string): string {
  const body = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).replace(/\r\n?/g, '\n');
  return body.endsWith('\n') ? body : `${body}\n`;
}

/** File name (relative to data/) -> contents. */
export function renderFiles(ds: Dataset, reorganisationCsv: string): Map<string, string> {
  return new Map([
    ['units.csv', unitsCsv(ds)],
    ['reports.csv', reportsCsv(ds)],
    ['disaggregations.csv', disaggregationsCsv(ds)],
    ['targets.csv', targetsCsv(ds)],
    ['baselines.csv', baselinesCsv(ds)],
    ['notes.json', json(buildNotes(ds.seedVillage.code))],
    ['meta.json', json(buildMeta())],
    ['reorganisation-2025-07.csv', normaliseCsvText(reorganisationCsv)],
  ]);
}
