/**
 * The layout of a report template sheet, derived from the catalogue alone: one row per indicator a
 * kind of unit reports, in catalogue order, grouped by content area, with a row per breakdown
 * category under it. The template writer and the workbook check both build it, so a workbook is
 * read exactly as it was written, and a template from another catalogue shows as a different version.
 */
import { fingerprint } from '../fingerprint';
import { isMoney, type ContentArea, type Dimension, type Indicator } from '../indicators';
import { DIFFICULTY } from './sheet-geometry';

/** The kinds of unit that fill a sheet of their own. */
export type SheetKind = 'district' | 'commune' | 'village';

export type LayoutRow =
  | { type: 'area'; key: string; area: ContentArea }
  | { type: 'value'; key: string; indicator: Indicator }
  | { type: 'dimension'; key: string; indicator: Indicator; dimension: Dimension; categoryRows: number }
  | { type: 'category'; key: string; indicator: Indicator; dimension: Dimension; category: Dimension['categories'][number] }
  | { type: 'rate'; key: string; indicator: Indicator; numerator: string; denominator: string };

export interface CatalogueInput {
  /** Content areas, in the catalogue's order. */
  areas: readonly ContentArea[];
  indicators: readonly Indicator[];
  dimensions: readonly Dimension[];
}

/** Whole numbers everywhere except money (millions of dong), the same rule as the compile. */
export function allowsDecimals(indicator: Indicator): boolean {
  return isMoney(indicator);
}

/** The rows of a sheet for a kind of unit; empty when that kind reports nothing. */
export function sheetLayout(catalogue: CatalogueInput, kind: SheetKind): LayoutRow[] {
  const dims = new Map(catalogue.dimensions.map((d) => [d.code, d]));
  const own = catalogue.indicators.filter((i) => i.reportKind === kind);
  const entered = new Set(own.filter((i) => i.kind !== 'rate').map((i) => i.code));
  const rows: LayoutRow[] = [];
  for (const area of catalogue.areas) {
    const inArea = own.filter((i) => i.area === area.code);
    if (!inArea.length) continue;
    rows.push({ type: 'area', key: `#${area.code}`, area });
    for (const indicator of inArea) {
      if (indicator.kind === 'rate') {
        const { numerator, denominator } = indicator;
        // A rate is worked out from its parts; it is shown only when both are on the sheet.
        if (numerator && denominator && entered.has(numerator) && entered.has(denominator))
          rows.push({ type: 'rate', key: indicator.code, indicator, numerator, denominator });
        continue;
      }
      rows.push({ type: 'value', key: indicator.code, indicator });
      for (const code of indicator.disaggregations) {
        const dimension = dims.get(code);
        if (!dimension) continue;
        rows.push({ type: 'dimension', key: `${indicator.code}/${code}`, indicator, dimension, categoryRows: dimension.categories.length });
        for (const category of dimension.categories)
          rows.push({ type: 'category', key: `${indicator.code}/${code}/${category.code}`, indicator, dimension, category });
      }
    }
  }
  return rows;
}

/** Short, stable fingerprint of everything that shapes the sheets (FNV-1a, 8 hex digits). */
export function catalogueVersion(catalogue: CatalogueInput): string {
  const kinds: SheetKind[] = ['district', 'commune', 'village'];
  const shape = kinds
    .map(
      (k) =>
        `${k}:` +
        sheetLayout(catalogue, k)
          .map((r) => (r.type === 'value' ? `${r.key}${allowsDecimals(r.indicator) ? '.' : ''}` : r.key))
          .join(','),
    )
    .join(';')
    // The free-text cell below the table is part of every sheet's shape.
    .concat(`;text:${DIFFICULTY.key}`);
  return fingerprint(shape);
}
