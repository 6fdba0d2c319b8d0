/** The parts of data/indicators.json and data/dimensions.json the generator relies on. */

import type { Dimension } from './disaggregate';
import { ETHNICITIES } from './profiles';

export interface Indicator {
  code: string;
  kind: 'flow' | 'stock' | 'rate' | 'person_times';
  reportKind: 'district' | 'commune' | 'village';
  sensitive: boolean;
  direction: 'higher' | 'lower';
  area: string;
  disaggregations: string[];
}

export interface Catalogue {
  indicators: Indicator[];
  dimensions: Map<string, Dimension>;
  /** Non-rate indicator codes in catalogue order: the report columns. */
  reported: string[];
  /** Indicators whose amounts are kept in tenths (budget). */
  tenths: Set<string>;
  /** Output indicators with targets: code -> kind. */
  outputs: Map<string, string>;
}

export function parseCatalogue(indicatorsJson: string, dimensionsJson: string): Catalogue {
  const indicators = JSON.parse(indicatorsJson) as Indicator[];
  const dimensionList = JSON.parse(dimensionsJson) as Dimension[];
  const dimensions = new Map(dimensionList.map((d) => [d.code, d]));
  const ethnicity = dimensions.get('ethnicity')?.categories.map((c) => c.code) ?? [];
  if (ethnicity.join() !== ETHNICITIES.join()) throw new Error('ethnicity categories differ from the generator');
  const reported = indicators.filter((i) => i.kind !== 'rate').map((i) => i.code);
  const outputs = new Map(
    indicators
      .filter((i) => i.kind !== 'rate' && !i.sensitive && i.direction === 'higher' && i.area.startsWith('ND') && !i.code.startsWith('P8.C.'))
      .map((i) => [i.code, i.kind === 'stock' ? 'stock' : 'flow']),
  );
  return { indicators, dimensions, reported, tenths: new Set(['P8.F.1', 'P8.F.2']), outputs };
}

export function codesReportedBy(catalogue: Catalogue, kind: 'commune' | 'village'): string[] {
  return catalogue.indicators.filter((i) => i.kind !== 'rate' && i.reportKind === kind).map((i) => i.code);
}
