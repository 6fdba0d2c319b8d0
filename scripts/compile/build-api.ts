/** Turns a parsed dataset into the documents of the static JSON API (contract v1). */
import { apiPaths, API_VERSION, type Catalogue, type Figures, type Meta, type Notes, type UnitDocument, type UnitRef } from '../../src/api/contract';
import { targetRule, type Indicator } from '../../src/domain/indicators';
import { levelOfKind } from '../../src/domain/levels';
import { SUPPRESSION_RULES, type SuppressionRules } from '../../src/domain/suppression';
import { pairingMatters } from '../../src/domain/rate-pairs';
import { unitId } from '../../src/domain/unit-id';
import { ancestryPath, childrenOf, indexUnits, type Unit, type UnitIndex } from '../../src/domain/units';
import type { Dataset } from './dataset';
import { Rollup } from './rollup';
import { suppressSensitive } from './suppress-sensitive';
import { buildStructure } from './build-structure';
import { historySource, type HistorySource } from './history-source';
import type { ReorganisationStep } from './parse-structures';
import { successionLinks, type StructureLinks } from './succession';
import { notesByUnit } from './notes-by-unit';
import { buildBoundaryDocuments, type OfficialLevel } from '../boundaries/documents';

export interface BuildOptions {
  generatedAt: string;
  suppression?: SuppressionRules;
  /** Imported official boundaries (schematic ones are generated where a level has none). */
  officialBoundaries?: readonly OfficialLevel[];
}

/** Figures of a unit before suppression: sensitive indicators are left to suppress-sensitive. */
function figuresOf(ds: Dataset, rollup: Rollup, unit: Unit, history: HistorySource | undefined): Figures {
  const series: Figures['series'] = {};
  for (const ind of ds.indicators) {
    if (ind.kind === 'rate' || ind.sensitive) continue;
    const s = rollup.seriesOf(ind, unit);
    if (!s) continue;
    const breakdown = rollup.breakdownOf(ind, unit);
    series[ind.code] = {
      values: [...s.values],
      reported: [...s.reported],
      ...(s.carried ? { carried: [...s.carried] } : {}),
      expected: s.expected,
      ...(breakdown && Object.keys(breakdown).length ? { breakdown } : {}),
      ...(s.history ? { history: s.history } : {}),
    };
  }
  const rates: NonNullable<Figures['rates']> = {};
  for (const rate of ds.indicators) {
    const pairs = rate.kind === 'rate' ? rollup.pairedOf(rate, unit) : undefined;
    // Published only where a unit below reported one side alone: otherwise the sides' own series are the pairs.
    if (!pairs || !pairingMatters(pairs.paired, pairs.plain)) continue;
    const { numerator, denominator } = pairs.paired;
    rates[rate.code] = {
      numerator: [...numerator.values],
      denominator: [...denominator.values],
      reported: [...numerator.reported],
      ...(numerator.carried ? { carried: [...numerator.carried] } : {}),
      expected: numerator.expected,
      ...(numerator.history ? { history: numerator.history } : {}),
    };
  }
  const targets = keyedRecord(ds, ds.targets.get(unit.code), history && ((ind) => history.pastTargets(ind, unit)));
  const baselines = keyedRecord(ds, ds.baselines.get(unit.code), history && ((ind) => history.pastBaselines(ind, unit)));
  const historyWithheld = history?.hasPast(unit) ? ds.indicators.filter((i) => i.sensitive).map((i) => i.code) : [];
  return {
    series,
    ...(Object.keys(rates).length ? { rates } : {}),
    targets,
    baselines,
    withheld: [],
    ...(historyWithheld.length ? { historyWithheld } : {}),
  };
}

/** Targets or baselines by indicator and key: the unit's own, over the old units' summed ones for keys it has none for. */
function keyedRecord(
  ds: Dataset,
  own: Map<string, Map<string, number>> | undefined,
  past: ((ind: Indicator) => Map<string, number> | undefined) | undefined,
): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const ind of ds.indicators) {
    const merged = { ...Object.fromEntries(past?.(ind) ?? []), ...Object.fromEntries(own?.get(ind.code) ?? []) };
    if (Object.keys(merged).length) out[ind.code] = merged;
  }
  return out;
}

function unitRef(index: UnitIndex, unit: Unit): UnitRef {
  return {
    code: unit.code,
    name: unit.name,
    type: unit.type,
    level: unit.level,
    parentCode: unit.parentCode,
    path: ancestryPath(index, unit.code),
    childCount: childrenOf(index, unit.code).length,
    validTo: unit.validTo,
  };
}

/** Units depth-first, each before its children: a subtree's documents are built one after another. */
function* depthFirst(index: UnitIndex, units: readonly Unit[]): Generator<Unit> {
  const stack = units.filter((u) => u.parentCode === null || !index.byCode.has(u.parentCode)).reverse();
  for (let unit = stack.pop(); unit; unit = stack.pop()) {
    yield unit;
    stack.push(...childrenOf(index, unit.code).toReversed());
  }
}

/** All documents of the API in memory (the dev server and the tests). */
export function buildApi(ds: Dataset, options: BuildOptions): Map<string, unknown> {
  return new Map(emitApi(ds, options));
}

/**
 * The documents of the API one at a time, as [path, document], so a writer can store each and let
 * it go: at country scale (300,000 documents) holding them all would double the compile's memory.
 * The base structure's documents come first, then those of each structure after a reorganisation.
 */
export function* emitApi(base: Dataset, options: BuildOptions): Generator<[string, unknown]> {
  const links = successionLinks(base);
  const steps = base.steps ?? [];
  const context = { options, links, reorganisations: reorganisationRefs(steps) };
  const rollups = new Map<string, Rollup>();
  for (const ds of [base, ...steps.flatMap((s) => (s.after ? [s.after] : []))]) {
    const key = ds.structure ?? '';
    const into = steps.find((s) => s.after?.structure === key);
    const history =
      into &&
      historySource({
        date: into.decl.date,
        before: into.before,
        after: ds,
        links: links.get(key)!,
        seriesBefore: (i, u) => rollups.get(into.before.structure ?? '')!.seriesOf(i, u),
      });
    const rollup = new Rollup(ds, indexUnits(ds.units), history);
    rollups.set(key, rollup);
    yield* emitStructure(
      ds,
      rollup,
      history,
      steps.find((s) => (s.before.structure ?? '') === key),
      context,
    );
  }
}

/** The reorganisations as the metadata of every structure lists them. */
function reorganisationRefs(steps: readonly ReorganisationStep[]): Meta['reorganisations'] {
  const ref = (ds: Dataset) => ({
    structure: ds.structure ?? '',
    rootUnit: ds.meta.rootUnit,
    name: ds.units.find((u) => u.code === ds.meta.rootUnit)?.name ?? ds.meta.province.name,
  });
  return steps.map((s) => ({ code: s.decl.code, date: s.decl.date, name: s.decl.name, before: ref(s.before), after: s.after ? ref(s.after) : null }));
}

interface EmitContext {
  options: BuildOptions;
  links: Map<string, StructureLinks>;
  reorganisations: Meta['reorganisations'];
}

function* emitStructure(
  ds: Dataset,
  rollup: Rollup,
  history: HistorySource | undefined,
  outgoing: ReorganisationStep | undefined,
  { options, links, reorganisations }: EmitContext,
): Generator<[string, unknown]> {
  const structure = ds.structure ?? '';
  const rules = options.suppression ?? SUPPRESSION_RULES;
  const index = indexUnits(ds.units);
  const publishSensitive = suppressSensitive({ ds, index, rules, seriesOf: (i, u) => rollup.seriesOf(i, u), breakdownOf: (i, u) => rollup.breakdownOf(i, u) });

  const meta: Meta = {
    apiVersion: API_VERSION,
    program: ds.meta.program,
    province: ds.meta.province,
    rootUnit: ds.meta.rootUnit,
    levels: ds.meta.levels.map((l, i) => ({ level: i + 1, kind: l.kind, name: l.name, plural: l.plural })),
    phases: ds.meta.phases,
    quarters: ds.quarters,
    dataDate: ds.meta.dataDate,
    structure,
    reorganisations,
    source: ds.meta.source,
    demo: ds.meta.demo,
    generatedAt: options.generatedAt,
    suppression: { threshold: rules.threshold, floorKind: rules.floorKind },
  };
  yield [apiPaths.meta(structure), meta];
  if (structure === '') {
    const catalogue: Catalogue = { areas: ds.areas, indicators: ds.indicators.map((i) => ({ ...i, target: targetRule(i) })), dimensions: ds.dimensions };
    yield [apiPaths.catalogue(), catalogue];
  }

  // A unit's figures go into its own document and its parent's; they are dropped after the second.
  const figuresCache = new Map<string, { figures: Figures; usesLeft: number }>();
  const figures = (u: Unit) => {
    let entry = figuresCache.get(u.code);
    if (!entry)
      figuresCache.set(
        u.code,
        (entry = {
          figures: publishSensitive(u, figuresOf(ds, rollup, u, history)),
          usesLeft: u.parentCode !== null && index.byCode.has(u.parentCode) ? 2 : 1,
        }),
      );
    if (--entry.usesLeft === 0) figuresCache.delete(u.code);
    return entry.figures;
  };
  const notesOf = notesByUnit(ds.notes, index);
  const { into, from } = links.get(structure)!;

  for (const unit of depthFirst(index, ds.units)) {
    const children = childrenOf(index, unit.code);
    const path = ancestryPath(index, unit.code);
    const doc: UnitDocument = {
      unit: unitRef(index, unit),
      ancestors: path.slice(0, -1).map((code) => unitRef(index, index.byCode.get(code)!)),
      children: children.map((c) => unitRef(index, c)),
      figures: Object.fromEntries([unit, ...children].map((u) => [u.code, figures(u)])),
      ...(into.has(unit.code) ? { reorganisedInto: into.get(unit.code)! } : {}),
      ...(from.has(unit.code) ? { formedFrom: from.get(unit.code)! } : {}),
    };
    yield [apiPaths.unit(unit.code), doc];
    const notes: Notes = { unit: unit.code, notes: notesOf.get(unit.code) ?? [] };
    yield [apiPaths.notes(unit.code), notes];
  }
  if (outgoing)
    yield [
      apiPaths.structure(outgoing.decl.code),
      buildStructure({ ds, step: outgoing, unitOf: (code) => index.byCode.get(unitId(code, structure))!, seriesOf: (i, u) => rollup.seriesOf(i, u) }),
    ];
  // Schematic cells grow from the communes' centres; without a commune level, from the root's children.
  const seedLevel = levelOfKind(ds.meta.levels, 'commune') ?? 2;
  yield* buildBoundaryDocuments(ds.units, seedLevel, options.officialBoundaries);
}
