/**
 * What the map draws: for each child unit, the figure of the selected indicator and period, read as
 * a value, an achievement (actual / target) or a progress status toward the phase target (the
 * bands of progress-assess), its class and fill; and the legend that explains every fill on the
 * map. Cells without a number keep their reason.
 */
import type { Cell } from './aggregate';
import { classBreaks, classOf, type ClassMethod } from './classify';
import { computeFigure } from './figures';
import type { Indicator } from './indicators';
import { BAND_COLOURS, patternId, SPECIAL_KINDS, sequentialColours, type SpecialKind } from './palettes';
import { phaseOfSelection, selectionIndices, type PeriodSelection } from './periods';
import type { Phase } from './phases';
import { BANDS, type Band } from './progress';
import { assessIndicator, type Assessment, type UnitFigures } from './progress-assess';
import { compareWithTarget } from './target-comparison';

export type MapMode = 'value' | 'achievement' | 'status';
export const MAP_MODES: readonly MapMode[] = ['value', 'achievement', 'status'];
export type MapFill =
  { kind: 'class'; index: number; colour: string } | { kind: 'status'; status: Band; colour: string } | { kind: 'special'; special: SpecialKind };

export interface MapUnitInput {
  code: string;
  name: string;
  figures: UnitFigures | undefined;
}

export interface MapModelInput {
  units: readonly MapUnitInput[];
  indicator: Indicator;
  indicators: readonly Indicator[];
  axis: readonly string[];
  /** The dataset's phases: status is progress toward the targets of the period's phase. */
  phases: readonly Phase[];
  period: PeriodSelection;
  mode: MapMode;
  method: ClassMethod;
  classes: number;
}

export interface MapEntry {
  code: string;
  name: string;
  value: Cell;
  target: number | null;
  /** actual / target; null when unknown. */
  ratio: number | null;
  met: boolean | null;
  /** The year whose count the achievement compares, when not the period's own figure (a yearly level). */
  comparedYear: number | null;
  reported: number;
  expected: number;
  /** Progress toward the phase target (status mode only). */
  band: Band | null;
  fill: MapFill;
}

export interface LegendItem {
  key: string;
  fill: MapFill;
  count: number;
  /** Class bounds (values, or ratios in achievement mode); the first class includes its lower bound. */
  range?: { from: number; to: number; first: boolean };
}

export interface MapModel {
  entries: MapEntry[];
  legend: LegendItem[];
  breaks: number[];
  /** What the classes are made of: the indicator's values or achievement ratios. */
  measure: 'value' | 'ratio';
}

/** The SVG/CSS fill of a map fill: a colour, or a reference to the pattern of its special kind. */
export const fillPaint = (fill: MapFill): string => (fill.kind === 'special' ? `url(#${patternId(fill.special)})` : fill.colour);

export const fillKey = (fill: MapFill): string =>
  fill.kind === 'class' ? `class-${fill.index}` : fill.kind === 'status' ? `status-${fill.status}` : `special-${fill.special}`;

type Reading = Omit<MapEntry, 'fill' | 'code' | 'name'> & { special: SpecialKind | null };

const ASSESSMENT_SPECIAL: Partial<Record<Assessment['kind'], SpecialKind>> = {
  no_target: 'noTarget',
  insufficient: 'insufficient',
  suppressed: 'suppressed',
  withheld: 'withheld',
  not_applicable: 'notApplicable',
};

function read(unit: MapUnitInput, input: MapModelInput, catalogue: ReadonlyMap<string, Indicator>, indices: readonly number[]): Reading {
  const empty = { value: null, target: null, ratio: null, met: null, comparedYear: null, reported: 0, expected: 0, band: null };
  if (!unit.figures) return { ...empty, special: 'notApplicable' };
  const result = computeFigure(input.indicator, unit.figures, catalogue, indices);
  if (result.status === 'withheld') return { ...empty, special: 'withheld' };
  if (result.status === 'not_applicable') return { ...empty, special: 'notApplicable' };
  const { value, reported, expected } = result.figure;
  const c = compareWithTarget({ indicator: input.indicator, unit: unit.figures, catalogue, axis: input.axis, period: input.period, value });
  const compared = c.kind === 'compared' ? c : null;
  const reading = {
    value,
    target: compared?.target ?? null,
    ratio: compared?.achievement.ratio ?? null,
    met: compared?.achievement.met ?? null,
    comparedYear: compared?.year ?? null,
    reported,
    expected,
    band: null,
  };
  if (input.mode === 'status') {
    // Status is progress toward the target of the period's phase, as of the latest data in that phase.
    const assessment = assessIndicator(input.indicator, unit.figures, {
      axis: input.axis,
      catalogue,
      phase: phaseOfSelection(input.period, input.phases, input.axis),
    });
    if (assessment.kind === 'assessed') return { ...reading, band: assessment.measured.band, special: null };
    return { ...reading, special: ASSESSMENT_SPECIAL[assessment.kind] ?? 'notApplicable' };
  }
  if (value === 'suppressed') return { ...reading, special: 'suppressed' };
  if (value === null) return { ...reading, special: 'notReported' };
  if (input.mode === 'achievement' && reading.ratio === null) return { ...reading, special: 'noTarget' };
  return { ...reading, special: null };
}

export function buildMapModel(input: MapModelInput): MapModel {
  const catalogue = new Map(input.indicators.map((i) => [i.code, i]));
  const indices = selectionIndices(input.period, input.axis);
  const readings = input.units.map((u) => ({ unit: u, reading: read(u, input, catalogue, indices) }));
  const measure = input.mode === 'achievement' ? 'ratio' : 'value';
  const measured = (r: Reading) => (r.special !== null ? null : measure === 'ratio' ? r.ratio : (r.value as number));
  const breaks =
    input.mode === 'status'
      ? []
      : classBreaks(
          readings.map((r) => measured(r.reading)),
          input.method,
          input.classes,
        );
  const colours = sequentialColours(Math.max(1, breaks.length - 1));

  const entries: MapEntry[] = readings.map(({ unit, reading }) => {
    const { special, ...rest } = reading;
    let fill: MapFill;
    if (special !== null) fill = { kind: 'special', special };
    else if (input.mode === 'status') fill = { kind: 'status', status: reading.band!, colour: BAND_COLOURS[reading.band!] };
    else {
      const index = classOf(measured(reading)!, breaks) ?? 0;
      fill = { kind: 'class', index, colour: colours[index]! };
    }
    return { code: unit.code, name: unit.name, ...rest, fill };
  });

  const count = (key: string) => entries.filter((e) => fillKey(e.fill) === key).length;
  const legend: LegendItem[] = [];
  if (input.mode === 'status') {
    for (const status of BANDS) {
      const fill: MapFill = { kind: 'status', status, colour: BAND_COLOURS[status] };
      legend.push({ key: fillKey(fill), fill, count: count(fillKey(fill)) });
    }
  } else {
    for (let i = 0; i + 1 < breaks.length; i++) {
      const fill: MapFill = { kind: 'class', index: i, colour: colours[i]! };
      legend.push({ key: fillKey(fill), fill, count: count(fillKey(fill)), range: { from: breaks[i]!, to: breaks[i + 1]!, first: i === 0 } });
    }
  }
  for (const special of SPECIAL_KINDS) {
    const fill: MapFill = { kind: 'special', special };
    const n = count(fillKey(fill));
    if (n > 0) legend.push({ key: fillKey(fill), fill, count: n });
  }
  return { entries, legend, breaks, measure };
}
