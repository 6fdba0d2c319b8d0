/**
 * What the choropleth needs from whatever draws its shapes: SVG paths (a few dozen units) or one
 * canvas layer of its own (hundreds to thousands), the same look and the same pointer events.
 */
import type L from 'leaflet';
import type { BoundaryFeature } from '@/api/contract';

/** A unit's fill: a colour, an SVG pattern reference (SVG) or a canvas pattern (canvas). */
export type ShapeFill = string | CanvasPattern;

/** The pointer over the shapes: entering one, moving over it, leaving it, clicking it. */
export interface ShapeHandlers {
  enter: (feature: BoundaryFeature, at: L.LatLng) => void;
  move: (at: L.LatLng) => void;
  leave: () => void;
  click: (feature: BoundaryFeature, at: L.LatLng) => void;
}

export interface MapShapes {
  addTo(map: L.Map): unknown;
  remove(): unknown;
  /** Draws one unit's border above the others (hover, keyboard focus in the table twin), or none. */
  highlight(code: string | null): void;
  /** The element drawing a unit, where units have one (SVG paths). */
  elementOf(code: string): Element | null;
}

/** The look of the shapes, one for both ways of drawing them. */
export const SHAPE_STYLE = {
  border: '#374151',
  borderWidth: 1,
  highlight: '#111827',
  highlightWidth: 3,
  outline: '#111827',
  /** The parent's outline: heavier around its children than alone. */
  outlineWidth: (childCount: number) => (childCount ? 2.5 : 2),
  /** A unit without a paint. */
  blank: '#e5e7eb',
} as const;
