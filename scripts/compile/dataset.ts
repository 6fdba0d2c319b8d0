/** The parsed demo dataset: what the compile step aggregates into API documents. */
import type { ContentArea, Dimension, Indicator } from '../../src/domain/indicators';
import type { QuarterKey } from '../../src/domain/periods';
import type { LevelDef } from '../../src/domain/levels';
import type { Phase } from '../../src/domain/phases';
import type { UnitTypeDef } from '../../src/domain/unit-types';
import type { Unit } from '../../src/domain/units';
import type { ReorganisationStep } from './parse-structures';
import type { FileText } from './text-parts';
import type { DimensionSeries, UnitSeries } from './series-store';

export interface DatasetMeta {
  program: { code: string; name: { vi: string; en: string }; decision: string };
  province: { code: string; name: string };
  rootUnit: string;
  /** The hierarchy's levels, root first (a unit's level number is its position + 1). */
  levels: LevelDef[];
  /** The dataset's own unit types, added to the built-in ones. */
  unitTypes: UnitTypeDef[];
  /** The programme's phases, in time order, not overlapping; phase targets are keyed by their codes. */
  phases: Phase[];
  firstQuarter: QuarterKey;
  lastQuarter: QuarterKey;
  dataDate: string;
  source: { vi: string; en: string };
  demo: boolean;
}

/** Values per quarter index; null where the unit did not report. */
export type QuarterValues = (number | null)[];

export interface NoteRecord {
  id: string;
  unit: string;
  type: 'difficulty' | 'inspection' | 'conclusion';
  date: string;
  periodFrom: string;
  periodTo: string;
  author: string;
  title: string;
  body: string;
  documentNumber?: string | undefined;
  inspection?:
    | { body: string; head: string; members: string[]; unitsInspected: string[]; activities?: { unit: string; area: string; text: string }[] | undefined }
    | undefined;
  requests?: { to: string; text: string; deadline: string | null; done: boolean }[] | undefined;
}

export interface Dataset {
  meta: DatasetMeta;
  quarters: QuarterKey[];
  units: Unit[];
  /** Content areas, in display order. */
  areas: ContentArea[];
  indicators: Indicator[];
  dimensions: Dimension[];
  /** indicator → the reporting units' quarterly values. */
  reports: Map<string, UnitSeries>;
  /** indicator → dimension → the reporting units' quarterly values by category. */
  breakdowns: Map<string, Map<string, DimensionSeries>>;
  /** unit → indicator → target key (a year "2023" or a phase code "2021-2025") → value. */
  targets: Map<string, Map<string, Map<string, number>>>;
  /** unit → indicator → year → value. */
  baselines: Map<string, Map<string, Map<string, number>>>;
  notes: NoteRecord[];
  /** '' for the base structure, the code of the reorganisation that formed it for a later one (its unit codes are then ids "<code>~<structure>"). */
  structure?: string | undefined;
  /** The base dataset only: its reorganisations, oldest first, with the structures before and after each. */
  steps?: ReorganisationStep[] | undefined;
}

/** The files a dataset is made of, by name, as text. */
export type DatasetFiles = Record<string, string>;

/** The files as the compile reads them: the largest CSV files in parts (text-parts.ts), the others whole. */
export type DatasetSource = Record<string, FileText>;

export const DATASET_FILES = [
  'meta.json',
  'areas.json',
  'indicators.json',
  'dimensions.json',
  'units.csv',
  'reports.csv',
  'disaggregations.csv',
  'targets.csv',
  'baselines.csv',
  'notes.json',
] as const;
