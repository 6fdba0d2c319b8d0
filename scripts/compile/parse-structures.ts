/**
 * A dataset's structures: the base one (the files of the dataset folder) and, after each declared
 * reorganisation that has a folder, the structure in force from its date (the files of that
 * folder, with the catalogue of the base). Each reorganisation's crosswalk is checked against the
 * structures on both sides. Units of a later structure are identified as "<code>~<reorganisation>"
 * (src/domain/unit-id.ts), so codes a new structure reuses never collide with the old ones.
 */
import { unitId } from '../../src/domain/unit-id';
import type { Unit } from '../../src/domain/units';
import { DatasetError, type DatasetProblem } from './dataset-error';
import type { Dataset, DatasetSource } from './dataset';
import { wholeText } from './text-parts';
import { parseReorganisation, type NewUnit } from './parse-reorganisation';
import { parseReorganisationDeclarations, type ReorganisationDecl } from './reorganisation-declarations';

/** Files a later structure shares with the base dataset. */
const SHARED_FILES = ['indicators.json', 'dimensions.json', 'areas.json'];

export interface ReorganisationStep {
  decl: ReorganisationDecl;
  /** The new units of the crosswalk (codes as in the files). */
  units: NewUnit[];
  /** The structure before (the base dataset or an earlier step's). */
  before: Dataset;
  /** The structure after, when the dataset has its folder. */
  after: Dataset | undefined;
}

type ParseOne = (files: DatasetSource) => Dataset;

function filesOf(files: DatasetSource, folder: string): DatasetSource {
  const prefix = `${folder}/`;
  const own = Object.entries(files)
    .filter(([name]) => name.startsWith(prefix))
    .map(([name, text]) => [name.slice(prefix.length), text] as const);
  return {
    ...Object.fromEntries(SHARED_FILES.flatMap((name) => (files[name] === undefined ? [] : [[name, files[name]!] as const]))),
    ...Object.fromEntries(own),
  };
}

/** Parses one later structure, its problems located in its folder. */
function parseInFolder(parseOne: ParseOne, files: DatasetSource, folder: string, problems: DatasetProblem[]): Dataset | undefined {
  try {
    return parseOne(filesOf(files, folder));
  } catch (e) {
    if (!(e instanceof DatasetError)) throw e;
    problems.push(...e.problems.map((p) => (SHARED_FILES.includes(p.file) ? p : { ...p, file: `${folder}/${p.file}` })));
    return undefined;
  }
}

const byCode = (ds: Dataset) => new Map(ds.units.map((u) => [u.code, u]));

/** Every unit code of a later structure as its id: units, reports, breakdowns, targets, baselines, notes. */
function qualify(ds: Dataset, structure: string): Dataset {
  const id = (code: string) => unitId(code, structure);
  const rekey = <V>(m: ReadonlyMap<string, V>) => new Map([...m].map(([k, v]) => [id(k), v]));
  return {
    ...ds,
    structure,
    meta: { ...ds.meta, rootUnit: id(ds.meta.rootUnit) },
    units: ds.units.map((u): Unit => ({ ...u, code: id(u.code), parentCode: u.parentCode === null ? null : id(u.parentCode) })),
    reports: new Map([...ds.reports].map(([ind, series]) => [ind, series.rekeyed(id)])),
    breakdowns: new Map([...ds.breakdowns].map(([ind, perDim]) => [ind, new Map([...perDim].map(([dim, series]) => [dim, series.rekeyed(id)]))])),
    targets: rekey(ds.targets),
    baselines: rekey(ds.baselines),
    notes: ds.notes.map((n) => ({
      ...n,
      unit: id(n.unit),
      ...(n.inspection ? { inspection: { ...n.inspection, unitsInspected: n.inspection.unitsInspected.map(id) } } : {}),
    })),
  };
}

/** The base dataset with its reorganisations and the structures after them; throws every problem found. */
export function parseStructures(files: DatasetSource, parseOne: ParseOne, isCommune: (ds: Dataset, u: Unit) => boolean): Dataset {
  const base = parseOne(files);
  const problems: DatasetProblem[] = [];
  const decls = parseReorganisationDeclarations(wholeText(files['meta.json']), files, problems);
  const steps: ReorganisationStep[] = [];
  let before: Dataset | undefined = base;
  for (const [i, decl] of decls.entries()) {
    if (!before) {
      problems.push({
        file: 'meta.json',
        row: i + 1,
        field: 'reorganisations.folder',
        message: `đợt sắp xếp trước "${decls[i - 1]!.code}" không có thư mục dữ liệu, không có cơ cấu đơn vị để sắp xếp tiếp`,
      });
      break;
    }
    const after = decl.folder ? parseInFolder(parseOne, files, decl.folder, problems) : undefined;
    const prior: Dataset = before;
    const units = parseReorganisation(
      {
        file: decl.file,
        text: wholeText(files[decl.file]),
        old: { units: byCode(prior), root: prior.meta.rootUnit, isCommune: (u) => isCommune(prior, u) },
        next: after && decl.folder ? { unitsFile: `${decl.folder}/units.csv`, units: byCode(after), isCommune: (u) => isCommune(after, u) } : undefined,
      },
      problems,
    );
    if (decl.folder && !after) break;
    steps.push({ decl, units: units ?? [], before: prior, after });
    before = after;
  }
  if (problems.length) throw new DatasetError(problems);
  // Ids are qualified once every check has run on the codes as the files have them.
  const qualified = new Map<Dataset, Dataset>([[base, { ...base, structure: '' }]]);
  for (const step of steps) if (step.after) qualified.set(step.after, qualify(step.after, step.decl.code));
  const done = steps.map((s) => ({ ...s, before: qualified.get(s.before)!, after: s.after && qualified.get(s.after) }));
  return { ...qualified.get(base)!, steps: done };
}
