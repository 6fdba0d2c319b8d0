/**
 * The indicator catalogue of the synthetic country dataset: the demo catalogue (data/indicators.json,
 * 24 indicators), one more (P8.3.3) and 15 supplementary indicators modelled on the reported ones
 * (same kind, report level, breakdowns and value sizes), so 40 in all, and how often and how large
 * each value is drawn.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CatalogueIndicator {
  code: string;
  kind: 'flow' | 'stock' | 'person_times' | 'rate';
  reportKind: 'district' | 'commune' | 'village';
  sensitive: boolean;
  disaggregations: string[];
  numerator?: string;
  denominator?: string;
  [key: string]: unknown;
}

export interface CatalogueDimension {
  code: string;
  categories: { code: string }[];
  [key: string]: unknown;
}

/** How a value is drawn: with probability p (or while `gate` is positive), uniform in [min, max]. */
export interface ValueSpec {
  p: number;
  min: number;
  max: number;
  gate?: string;
}

export const EXTRA_INDICATOR: CatalogueIndicator = {
  code: 'P8.3.3',
  name: { vi: 'Lượt trẻ em tham gia diễn đàn tiếng nói', en: 'Children taking part in voice forums' },
  area: 'ND3',
  unitOfMeasure: { vi: 'lượt người', en: 'person-times' },
  kind: 'person_times',
  direction: 'higher',
  reportKind: 'village',
  sensitive: false,
  disaggregations: ['sex', 'age'],
  decimals: 0,
};

/** Value specs per indicator, close to the shares and sizes of the demo dataset. */
export const VALUE_SPECS: Record<string, ValueSpec> = {
  'P8.1.1': { p: 0.5, min: 1, max: 1 },
  'P8.1.2': { p: 1, min: 3, max: 12, gate: 'P8.1.1' },
  'P8.1.3': { p: 0.8, min: 1, max: 3, gate: 'P8.1.1' },
  'P8.1.4': { p: 0.07, min: 1, max: 1 },
  'P8.1.5': { p: 1, min: 5, max: 60, gate: 'P8.1.3' },
  'P8.2.5': { p: 0.03, min: 1, max: 2 },
  'P8.2.7': { p: 0.15, min: 1, max: 3 },
  'P8.3.3': { p: 0.1, min: 2, max: 30 },
  'P8.O.1': { p: 0.014, min: 1, max: 2 },
  'P8.O.3': { p: 0.001, min: 1, max: 1 },
  'P8.O.4': { p: 0.006, min: 1, max: 2 },
  'P8.2.1': { p: 0.5, min: 1, max: 2 },
  'P8.2.2': { p: 0.23, min: 1, max: 3 },
  'P8.2.3': { p: 0.42, min: 1, max: 2 },
  'P8.2.4': { p: 1, min: 10, max: 57, gate: 'P8.2.3' },
  'P8.3.1': { p: 0.26, min: 1, max: 1 },
  'P8.3.4': { p: 0.26, min: 1, max: 6 },
  'P8.4.1': { p: 0.28, min: 1, max: 1 },
  'P8.4.2': { p: 1, min: 10, max: 45, gate: 'P8.4.1' },
  /** Budget in tenths of a million VND. */
  'P8.F.1': { p: 0.45, min: 100, max: 1750 },
};

/** Share of reported totals that come with a breakdown by this dimension. */
export const DIMENSION_COVERAGE: Record<string, number> = { participant_role: 0.01 };

/** The reported indicators the 15 supplementary ones (P8.X.01–P8.X.15) are modelled on: 6 of them with breakdowns, close to the demo's share. */
const SUPPLEMENT_MODELS = [
  'P8.1.1',
  'P8.1.2',
  'P8.1.3',
  'P8.1.4',
  'P8.F.1',
  'P8.2.1',
  'P8.2.3',
  'P8.2.4',
  'P8.2.5',
  'P8.2.7',
  'P8.3.1',
  'P8.3.3',
  'P8.3.4',
  'P8.4.1',
  'P8.4.2',
];

/** A supplementary indicator: the model's rules and value sizes under a new code, without its catalogue roles. */
function supplementOf(model: CatalogueIndicator, n: number): CatalogueIndicator {
  const { keyIndicator: _key, budget: _budget, textBreakdown: _text, ...rules } = model;
  const name = model.name as { vi: string; en: string };
  const code = `P8.X.${String(n).padStart(2, '0')}`;
  VALUE_SPECS[code] ??= VALUE_SPECS[model.code]!;
  return { ...rules, code, name: { vi: `${name.vi} (chỉ tiêu bổ sung ${n})`, en: `${name.en} (supplementary indicator ${n})` } };
}

export function loadCatalogue(demoDir: string): { indicators: CatalogueIndicator[]; dimensions: CatalogueDimension[] } {
  const indicators = JSON.parse(readFileSync(join(demoDir, 'indicators.json'), 'utf8')) as CatalogueIndicator[];
  const dimensions = JSON.parse(readFileSync(join(demoDir, 'dimensions.json'), 'utf8')) as CatalogueDimension[];
  const at = indicators.findIndex((i) => i.code > EXTRA_INDICATOR.code && i.code.startsWith('P8.3'));
  const withExtra = indicators.some((i) => i.code === EXTRA_INDICATOR.code)
    ? indicators
    : [...indicators.slice(0, at < 0 ? indicators.length : at), EXTRA_INDICATOR, ...indicators.slice(at < 0 ? indicators.length : at)];
  const supplements = SUPPLEMENT_MODELS.flatMap((code, i) => {
    const model = withExtra.find((ind) => ind.code === code);
    return model && !withExtra.some((ind) => ind.code === `P8.X.${String(i + 1).padStart(2, '0')}`) ? [supplementOf(model, i + 1)] : [];
  });
  return { indicators: [...withExtra, ...supplements], dimensions };
}
