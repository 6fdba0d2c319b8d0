/**
 * Walks a whole API from meta.json down (every unit, its boundaries and notes, the optional
 * documents) and checks every document against the contract and the rules between documents.
 */
import { isDeepStrictEqual } from 'node:util';
import * as z from 'zod/mini';
import {
  apiPaths,
  boundariesSchema,
  catalogueSchema,
  metaSchema,
  notesSchema,
  structureSchema,
  unitDocumentSchema,
  type Figures,
  type Meta,
  type UnitDocument,
  type UnitRef,
} from '../../src/api/contract';
import { ROOT_LEVEL } from '../../src/domain/levels';
import { contractProblems } from './contract-rules';
import { checkContext, figuresProblems, type CheckContext } from './figures-rules';
import { apiProblem, jsonPath, type ApiProblem } from './problems';
import type { ApiSource } from './source';
import { totalsProblems } from './totals-rules';
import { structureProblems } from './structure-rules';
import { intervalProblems } from './interval-rules';
import type { ReaderUnit } from './reader-table';

export interface CheckReport {
  source: string;
  documents: number;
  units: number;
  problems: ApiProblem[];
}

/** What a child's own document must agree with: its entry in its parent's document. */
interface ParentView {
  document: string;
  index: number;
  ref: UnitRef;
  figures: Figures | undefined;
}

/** At most `limit` reads at once (a server is not flooded; a folder is not opened 4,000 times at once). */
function limiter(limit: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await task();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** A unit's figures cut down to its sensitive indicators: all the interval audit reads, kept for the whole walk. */
function sensitiveOnly(f: Figures, sensitive: readonly string[]): Figures {
  const pick = <T>(record: Readonly<Record<string, T>>) => Object.fromEntries(sensitive.flatMap((c) => (c in record ? [[c, record[c]!]] : [])));
  return { ...f, series: pick(f.series), baselines: pick(f.baselines), targets: {} };
}

export interface CheckOptions {
  /** Reads at once (default 8). */
  concurrency?: number;
  /** Check only the subtree of this unit (default: the whole API from meta.rootUnit). */
  root?: string;
}

export async function checkApi(source: ApiSource, options: CheckOptions = {}): Promise<CheckReport> {
  const problems: ApiProblem[] = [];
  const limit = limiter(options.concurrency ?? 8);
  let documents = 0;

  /** A document parsed with its schema, or undefined (its problems recorded) when it is missing or broken. */
  async function load<T>(
    path: string,
    schema: z.ZodMiniType<T>,
    missing: () => void = () => problems.push(apiProblem(path, '$', 'missing')),
  ): Promise<T | undefined> {
    const result = await limit(() => source.read(path));
    if (result.status === 'missing') return void missing();
    documents++;
    if (result.status === 'error') return void problems.push(apiProblem(path, '$', 'unreadable', { detail: result.detail }));
    const found = contractProblems(path, result.value, schema);
    problems.push(...found);
    return found.length ? undefined : (z.parse(schema, result.value) as T);
  }

  const report = (document: string, path: PropertyKey[], rule: Parameters<typeof apiProblem>[2], params?: Parameters<typeof apiProblem>[3]) =>
    problems.push(apiProblem(document, jsonPath(path), rule, params));

  const baseMeta = await load(apiPaths.meta(), metaSchema);
  const catalogue = await load(apiPaths.catalogue(), catalogueSchema);
  if (!baseMeta || !catalogue) return { source: source.label, documents, units: 0, problems };
  /** The structure being walked: its metadata (quarters, levels) decides the rules of its units. */
  let meta: Meta = baseMeta;
  let ctx: CheckContext = checkContext(meta, catalogue);
  const units = new Set<string>();
  /** What a reader of the structure being walked sees of each unit: the interval audit's input. */
  let readerUnits = new Map<string, ReaderUnit>();
  const sensitive = catalogue.indicators.filter((i) => i.sensitive).map((i) => i.code);
  const auditIntervals = () => problems.push(...intervalProblems(readerUnits, meta, sensitive));
  const notedUnits: { document: string; path: PropertyKey[]; code: string }[] = [];

  async function visitBoundaries(doc: UnitDocument): Promise<void> {
    const path = apiPaths.boundaries(doc.unit.code);
    const boundaries = await load(path, boundariesSchema);
    if (!boundaries) return;
    if (boundaries.unit !== doc.unit.code) report(path, ['unit'], 'wrongUnit', { found: boundaries.unit, expected: doc.unit.code });
    const children = new Set(doc.children.map((c) => c.code));
    boundaries.features.forEach((f, i) => {
      if (!children.has(f.properties.code))
        report(path, ['features', i, 'properties', 'code'], 'featureNotChild', { code: f.properties.code, unit: doc.unit.code });
    });
  }

  async function visitNotes(code: string): Promise<void> {
    const path = apiPaths.notes(code);
    const notes = await load(path, notesSchema);
    if (!notes) return;
    if (notes.unit !== code) report(path, ['unit'], 'wrongUnit', { found: notes.unit, expected: code });
    notes.notes.forEach((note, i) => {
      notedUnits.push({ document: path, path: ['notes', i, 'unit'], code: note.unit });
      if (i > 0 && note.date < notes.notes[i - 1]!.date) report(path, ['notes', i, 'date'], 'notesOrder');
    });
  }

  function checkAgainstParent(path: string, doc: UnitDocument, parent: ParentView): void {
    const code = doc.unit.code;
    if (!isDeepStrictEqual(parent.ref, doc.unit)) report(parent.document, ['children', parent.index], 'childDiffers', { code });
    const own = doc.figures[code];
    if (parent.figures && own && !isDeepStrictEqual(parent.figures, own)) {
      const which = (Object.keys(own) as (keyof Figures)[]).filter((k) => !isDeepStrictEqual(own[k], parent.figures![k]));
      report(parent.document, ['figures', code], 'figuresDiffer', { code, detail: `${which.join(', ')} ≠ ${path}` });
    }
  }

  async function visitUnit(code: string, parent?: ParentView): Promise<void> {
    const path = apiPaths.unit(code);
    if (units.has(code)) return void report(parent?.document ?? path, parent ? ['children', parent.index] : [], 'unitTwice', { code });
    units.add(code);
    const missing = () => (parent ? report(parent.document, ['children', parent.index, 'code'], 'childMissing', { code }) : report(path, [], 'missing'));
    const [doc] = await Promise.all([load(path, unitDocumentSchema, missing), visitNotes(code)]);
    if (!doc) return;
    if (doc.unit.code !== code) return void report(path, ['unit', 'code'], 'wrongUnit', { found: doc.unit.code, expected: code });
    if (!parent && !options.root && (doc.unit.level !== ROOT_LEVEL || doc.unit.parentCode !== null)) report(path, ['unit'], 'rootNotTop');
    if (doc.unit.level > meta.levels.length) report(path, ['unit', 'level'], 'levelUndeclared', { level: doc.unit.level });
    if (parent) checkAgainstParent(path, doc, parent);
    const own = doc.figures[code];
    if (own) readerUnits.set(code, { figures: sensitiveOnly(own, sensitive), children: doc.children.map((c) => c.code) });
    for (const u of [doc.unit, ...doc.children]) {
      const figures = doc.figures[u.code];
      if (figures) problems.push(...figuresProblems(ctx, path, ['figures', u.code], figures, u.level));
    }
    problems.push(...totalsProblems(ctx, path, doc));
    await visitBoundaries(doc);
    await Promise.all(doc.children.map((child, index) => visitUnit(child.code, { document: path, index, ref: child, figures: doc.figures[child.code] })));
  }

  if (options.root) {
    await visitUnit(options.root);
    auditIntervals();
    return { source: source.label, documents, units: units.size, problems };
  }
  await visitUnit(baseMeta.rootUnit);
  auditIntervals();
  // Every structure a reorganisation formed has its own metadata and units; each reorganised one, its figures under the new units.
  const metas = new Map([['', baseMeta]]);
  for (const reorganisation of baseMeta.reorganisations) {
    meta = metas.get(reorganisation.before.structure) ?? baseMeta;
    ctx = checkContext(meta, catalogue);
    const structurePath = apiPaths.structure(reorganisation.code);
    const structure = await load(structurePath, structureSchema);
    if (structure) problems.push(...structureProblems(ctx, structurePath, structure, units));
    if (!reorganisation.after) continue;
    const afterPath = apiPaths.meta(reorganisation.after.structure);
    const after = await load(afterPath, metaSchema);
    if (!after) continue;
    if (after.structure !== reorganisation.after.structure)
      report(afterPath, ['structure'], 'wrongStructure', { found: after.structure, expected: reorganisation.after.structure });
    metas.set(reorganisation.after.structure, after);
    meta = after;
    ctx = checkContext(meta, catalogue);
    readerUnits = new Map();
    await visitUnit(after.rootUnit);
    auditIntervals();
  }
  // Notes also name the units above (an inspection of the city reaches its wards): known only after the whole walk.
  for (const n of notedUnits) if (!units.has(n.code)) report(n.document, n.path, 'noteUnknownUnit', { code: n.code });
  return { source: source.label, documents, units: units.size, problems };
}
