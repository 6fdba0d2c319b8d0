/**
 * What a slide shows and exports, as plain data: bars, line points, map shapes, table columns and
 * the PPTX body. The slide builders of this folder fill them; features/present draws them.
 */
import type { SpecialKind } from '../palettes';

/** How a bar reads: target met, behind, no target, one colour for categories, or no number at all. */
export type BarTone = 'met' | 'behind' | 'plain' | 'value' | 'missing';

export interface BarRow {
  key: string;
  label: string;
  /** Bar length; null draws no bar. */
  value: number | null;
  /** What is written: the value (and achievement), "x" or "chưa báo cáo". */
  valueText: string;
  target: number | null;
  tone: BarTone;
}

export interface LegendEntry {
  key: string;
  swatch: BarTone | 'target' | 'line' | 'dashed';
  label: string;
}

export interface LinePoint {
  key: string;
  label: string;
  value: number | null;
  valueText: string;
  target: number | null;
}

export type SlidePaint = { kind: 'colour'; colour: string } | { kind: 'pattern'; special: SpecialKind };

export interface MapShape<G> {
  code: string;
  geometry: G;
  paint: SlidePaint;
  /** Short name written on the shape, and where ([lon, lat]); null: no label. */
  label: { text: string; at: readonly [number, number] | readonly number[] } | null;
}

export interface MapLegendEntry {
  key: string;
  paint: SlidePaint;
  label: string;
  count: string;
}

export interface SlideColumn {
  label: string;
  numeric?: boolean | undefined;
  /** CSS width, e.g. "40%". */
  width?: string | undefined;
}

export interface ExportSeries {
  name: string;
  /** null: no point (not reported, "x"): never drawn as zero. */
  values: (number | null)[];
  /** #rrggbb */
  colour: string;
}

/** What a slide puts in the PPTX: a native chart, a table, texts, a picture of itself, or a message. */
export type SlideExportBody =
  | { kind: 'bars'; categories: string[]; series: ExportSeries[]; decimals: number; note?: string | undefined }
  | { kind: 'line'; categories: string[]; series: ExportSeries[]; decimals: number; note?: string | undefined }
  | { kind: 'table'; header: string[]; rows: string[][]; numeric: boolean[]; note?: string | undefined }
  | { kind: 'text'; items: { heading: string; meta?: string | undefined; text: string }[]; note?: string | undefined }
  | { kind: 'image'; note?: string | undefined; legend?: string[] | undefined; alt?: string | undefined }
  | { kind: 'message'; text: string };

/** A slide: what it draws and exports, or the message that stands in its place. */
export type SlideModel<T> = { unavailable: string } | ({ unavailable: null; exported: SlideExportBody } & T);

/** A table's PPTX body from its columns and text rows. */
export const tableBody = (columns: readonly SlideColumn[], rows: string[][], note: string | undefined): SlideExportBody => ({
  kind: 'table',
  header: columns.map((c) => c.label),
  numeric: columns.map((c) => c.numeric ?? false),
  rows,
  note,
});

/** A table slide's parts: its columns, rows, caption and footnote. */
export interface TableSlideParts<R> {
  columns: SlideColumn[];
  rows: R[];
  caption: string;
  note: string | undefined;
}

/** A table slide from its parts, exporting each row's text cells. */
export const tableSlide = <R>(
  parts: TableSlideParts<R>,
  cellsOf: (row: R) => string[],
): { unavailable: null; exported: SlideExportBody } & TableSlideParts<R> => ({
  unavailable: null,
  ...parts,
  exported: tableBody(parts.columns, parts.rows.map(cellsOf), parts.note),
});
