/**
 * A scan of the whole compiled demo API (as the test setup wrote it): what a reader can get about
 * sensitive indicators from the published documents alone (by subtraction, linear algebra and
 * intervals), with the relations rebuilt from what the documents show (children, years and phase,
 * breakdowns, baselines), not from the compiler.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { apiDocument } from '../../mocks/api-documents';
import { catalogueSchema, metaSchema, unitDocumentSchema, type Catalogue, type Figures, type Meta, type UnitDocument } from '../../src/api/contract';
import { linearlyDetermined, peelAttack } from '../../src/domain/suppression-audit';
import { readerTable as readerTableOf } from '../api-check/reader-table';
import { isSmallCount, publishedValue } from '../../src/domain/suppression';
import { intervalViolations } from '../../src/domain/suppression-intervals';
import { isAtOrAboveKind } from '../../src/domain/levels';

let meta: Meta;
let catalogue: Catalogue;
const docs = new Map<string, UnitDocument>();

beforeAll(() => {
  meta = metaSchema.parse(apiDocument('v1/meta.json'));
  catalogue = catalogueSchema.parse(apiDocument('v1/catalogue.json'));
  const queue = [meta.rootUnit];
  while (queue.length) {
    const code = queue.shift()!;
    const doc = unitDocumentSchema.parse(apiDocument(`v1/units/${code}.json`));
    docs.set(code, doc);
    queue.push(...doc.children.map((c) => c.code));
  }
}, 120_000); // four thousand documents to read and parse: give a loaded machine time

const own = (code: string): Figures => docs.get(code)!.figures[code]!;
const sensitive = () => catalogue.indicators.filter((i) => i.sensitive);

/** Every published cell of an indicator and every relation between them that a reader can use. */
const readerTable = (code: string) =>
  readerTableOf(new Map([...docs].map(([unit, doc]) => [unit, { figures: own(unit), children: doc.children.map((c) => c.code) }])), meta.phases, code);

describe('sensitive indicators in the compiled demo API', () => {
  it('has sensitive indicators to scan, with hidden cells', () => {
    expect(sensitive().map((i) => i.code)).toEqual(['P8.2.2', 'P8.O.1', 'P8.O.3', 'P8.O.4']);
    const hidden = sensitive().flatMap((i) => [...readerTable(i.code).cells.values()].filter((c) => c === 'suppressed'));
    expect(hidden.length).toBeGreaterThan(100);
  });

  it('publishes nothing below the commune level', () => {
    const villages = [...docs.keys()].filter((code) => !isAtOrAboveKind(meta.levels, docs.get(code)!.unit.level, meta.suppression.floorKind));
    expect(villages.length).toBeGreaterThan(1000);
    for (const code of villages) {
      const f = own(code);
      for (const ind of sensitive()) {
        expect(f.series[ind.code]).toBeUndefined();
        expect(f.targets[ind.code] ?? f.baselines[ind.code] ?? f.hiddenTargets?.[ind.code] ?? f.hiddenBaselines?.[ind.code]).toBeUndefined();
        // Indicators reported at the commune have nothing to withhold in a village: they do not apply there.
        if (isAtOrAboveKind(meta.levels, docs.get(code)!.unit.level, ind.reportKind)) expect(f.withheld).toContain(ind.code);
      }
    }
  });

  it('publishes no count from 1 to threshold − 1: no quarterly value, no small total, breakdown or baseline', () => {
    const small: string[] = [];
    for (const ind of sensitive()) {
      for (const [id, cell] of readerTable(ind.code).cells)
        if (typeof cell === 'number' && isSmallCount(cell, meta.suppression)) small.push(`${ind.code} ${id} = ${cell}`);
      for (const code of docs.keys()) {
        const series = own(code).series[ind.code];
        if (series) expect(series.grain === 'year' && series.values.every((v) => v === 'suppressed') && !series.breakdown).toBe(true);
      }
    }
    expect(small).toEqual([]);
  });

  it('shows every unit the same way in its own document and in its parent’s', () => {
    for (const doc of docs.values()) {
      for (const child of doc.children) {
        for (const ind of sensitive()) expect(doc.figures[child.code]!.series[ind.code]).toEqual(own(child.code).series[ind.code]);
      }
    }
  });

  it('lets no hidden cell be recovered across units, years and the phase', () => {
    for (const ind of sensitive()) {
      const { cells, relations } = readerTable(ind.code);
      const hidden = new Set([...cells].filter(([, c]) => c === 'suppressed').map(([id]) => id));
      const recovered = [...peelAttack(cells, relations).keys()].filter((id) => hidden.has(id));
      expect({ indicator: ind.code, recovered }).toEqual({ indicator: ind.code, recovered: [] });
      const unknown = new Set([...hidden, ...relations.flatMap((r) => [r.total, ...r.parts]).filter((id) => !cells.has(id))]);
      const determined = [...linearlyDetermined(unknown, relations)].filter((id) => hidden.has(id));
      expect({ indicator: ind.code, determined }).toEqual({ indicator: ind.code, determined: [] });
    }
  });

  it('leaves every hidden cell a range at least the threshold wide, reading the mark "x" as any count ≥ 0', () => {
    for (const ind of sensitive()) {
      const { cells, relations } = readerTable(ind.code);
      const unknown = new Set(relations.flatMap((r) => [r.total, ...r.parts]).filter((id) => !cells.has(id) || cells.get(id) === 'suppressed'));
      const known = (id: string) => publishedValue(cells.get(id)) ?? 0;
      const narrow = Object.fromEntries(intervalViolations({ unknown, known }, relations, meta.suppression.threshold));
      expect({ indicator: ind.code, narrow }).toEqual({ indicator: ind.code, narrow: {} });
    }
  });
});
