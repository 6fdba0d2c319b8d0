/**
 * What a reader can get about a sensitive indicator from the published documents alone: every
 * published cell (totals by year and for the phase, their breakdowns, baselines) and every relation
 * "total = Σ parts" the documents show (children, years within the phase, categories of a
 * breakdown), rebuilt from what the documents say, not from the compiler.
 */
import type { Figures, Meta } from '../../src/api/contract';
import type { Cell } from '../../src/domain/aggregate';
import type { Relation } from '../../src/domain/suppression-audit';

/** A unit as the reader sees it: its own figures and its children's codes. */
export interface ReaderUnit {
  figures: Figures;
  children: readonly string[];
}

export interface ReaderTable {
  /** Cell id ("058|2023", "058|2021-2025|sex=F", "058|b2020") → its published cell. */
  cells: Map<string, Cell>;
  relations: Relation[];
}

export function readerTable(units: ReadonlyMap<string, ReaderUnit>, phases: Meta['phases'], code: string): ReaderTable {
  const cells = new Map<string, Cell>();
  const relations: Relation[] = [];
  const isPhase = (key: string) => phases.some((p) => p.code === key);
  for (const [unit, { figures: f, children }] of units) {
    const series = f.series[code];
    for (const [year, v] of Object.entries(f.baselines[code] ?? {})) cells.set(`${unit}|b${year}`, v);
    for (const year of f.hiddenBaselines?.[code] ?? []) cells.set(`${unit}|b${year}`, 'suppressed');
    if (!series?.totals) continue;
    for (const t of series.totals) {
      cells.set(`${unit}|${t.key}`, t.value);
      for (const [dim, cats] of Object.entries(t.breakdown ?? {})) {
        for (const [cat, v] of Object.entries(cats)) cells.set(`${unit}|${t.key}|${dim}=${cat}`, v);
        relations.push({ total: `${unit}|${t.key}`, parts: Object.keys(cats).map((cat) => `${unit}|${t.key}|${dim}=${cat}`) });
      }
    }
    for (const phase of series.totals.filter((t) => isPhase(t.key))) {
      const years = series.totals.filter((t) => !isPhase(t.key) && t.from >= phase.from && t.to <= phase.to);
      if (years.length) relations.push({ total: `${unit}|${phase.key}`, parts: years.map((t) => `${unit}|${t.key}`) });
    }
    const kids = children.filter((c) => units.get(c)?.figures.series[code]?.totals);
    if (kids.length === 0) continue;
    for (const t of series.totals) {
      relations.push({ total: `${unit}|${t.key}`, parts: kids.map((c) => `${c}|${t.key}`) });
      for (const [dim, cats] of Object.entries(t.breakdown ?? {})) {
        for (const cat of Object.keys(cats)) relations.push({ total: `${unit}|${t.key}|${dim}=${cat}`, parts: kids.map((c) => `${c}|${t.key}|${dim}=${cat}`) });
      }
    }
    for (const year of [...Object.keys(f.baselines[code] ?? {}), ...(f.hiddenBaselines?.[code] ?? [])]) {
      relations.push({ total: `${unit}|b${year}`, parts: children.map((c) => `${c}|b${year}`) });
    }
  }
  return { cells, relations };
}
