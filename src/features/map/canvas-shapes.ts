/**
 * The units drawn on a canvas layer of its own (hundreds to thousands of units): coordinates
 * projected once per boundary document into typed arrays, fills drawn one path per colour, borders
 * in one path, the highlight on a second canvas above; a grid index and point-in-polygon find the
 * unit under the pointer. Redrawn when the map stops moving; scaled by CSS during a zoom animation,
 * as Leaflet's own renderers are.
 */
import L from 'leaflet';
import type { Boundaries, BoundaryFeature } from '@/api/contract';
import { buildGridIndex, candidatesAt } from '@/domain/grid-index';
import { canvasArea } from '@/domain/canvas-area';
import { mercatorUnit, shapeContains, type Box } from '@/domain/projected-shapes';
import { paintShapes, strokeShape, type Frame } from './canvas-paint';
import { projectedOf, type ProjectedBoundaries } from './projected-boundaries';
import { SHAPE_STYLE, type MapShapes, type ShapeFill, type ShapeHandlers } from './map-shapes';

/**
 * Drawn around the view, as a share of its size, so a short pan shows shapes before the redraw
 * (Leaflet's renderers' default; more costs canvas to allocate and fill on every redraw).
 */
const PADDING = 0.1;
/** Room kept around the shapes' box for their strokes (the parent's outline, the highlight) and antialiasing, px. */
const STROKE_MARGIN = 4;
function canvasLayer(parent: HTMLElement): CanvasRenderingContext2D | null {
  return L.DomUtil.create('canvas', 'map-canvas__layer', parent).getContext('2d');
}

export class CanvasShapes extends L.Layer implements MapShapes {
  private readonly projected: ProjectedBoundaries;
  /** The units of each fill, drawn as one path. */
  private readonly batches: { fill: ShapeFill; shapes: number[] }[] = [];
  /** Each unit's shape, made when a unit is first highlighted. */
  private indexOf: Map<string, number> | null = null;
  private readonly container = L.DomUtil.create('div', 'map-canvas leaflet-zoom-animated');
  private readonly base = canvasLayer(this.container);
  private readonly top = canvasLayer(this.container);
  /** The canvas's top left in layer pixels, its size, the same top left in absolute pixels, and the view it was drawn for. */
  private origin = L.point(0, 0);
  private extent = L.point(0, 0);
  private drawnTopLeft = L.point(0, 0);
  private frameRequest: number | null = null;
  private drawnCenter: L.LatLng | null = null;
  private drawnZoom = 0;
  private highlighted: number | null = null;
  private hovered: number | null = null;

  constructor(
    private readonly boundaries: Boundaries,
    fillOf: (code: string) => ShapeFill,
    private readonly handlers: ShapeHandlers,
  ) {
    super();
    this.projected = projectedOf(boundaries);
    const byFill = new Map<ShapeFill, number[]>();
    boundaries.features.forEach((f, i) => {
      const fill = fillOf(f.properties.code);
      const batch = byFill.get(fill);
      if (batch) batch.push(i);
      else byFill.set(fill, [i]);
    });
    for (const [fill, shapes] of byFill) this.batches.push({ fill, shapes });
  }

  override onAdd(map: L.Map): this {
    this.getPane()!.appendChild(this.container);
    this.redraw(map);
    return this;
  }

  override onRemove(): this {
    if (this.frameRequest !== null) L.Util.cancelAnimFrame(this.frameRequest);
    this.frameRequest = null;
    this.container.remove();
    this.drawnCenter = null;
    return this;
  }

  /** The map's events this layer follows; the same handlers every time, so Leaflet can remove them. */
  private readonly events: Record<string, L.LeafletEventHandlerFn> = {
    viewreset: () => this.reset(),
    zoom: () => this.place(this._map.getCenter(), this._map.getZoom()),
    moveend: () => this.redraw(this._map),
    mousemove: (e) => this.hover(this.shapeAt((e as L.LeafletMouseEvent).latlng), (e as L.LeafletMouseEvent).latlng),
    mouseout: () => this.hover(null),
    click: (e) => this.click(e as L.LeafletMouseEvent),
  };
  private readonly animatedEvents: Record<string, L.LeafletEventHandlerFn> = {
    ...this.events,
    zoomanim: (e) => this.place((e as L.ZoomAnimEvent).center, (e as L.ZoomAnimEvent).zoom),
  };

  override getEvents(): Record<string, L.LeafletEventHandlerFn> {
    return (this as unknown as { _zoomAnimated?: boolean })._zoomAnimated ? this.animatedEvents : this.events;
  }

  highlight(code: string | null): void {
    let index: number | null = null;
    if (code !== null) {
      this.indexOf ??= new Map(this.boundaries.features.map((f, i) => [f.properties.code, i]));
      index = this.indexOf.get(code) ?? null;
    }
    if (index === this.highlighted) return;
    this.highlighted = index;
    if (this._map && this.frameRequest === null) this.drawHighlight();
  }

  elementOf(): Element | null {
    return null;
  }

  /** The unit under a point of the map, if any. */
  private shapeAt(at: L.LatLng): number | null {
    const [x, y] = mercatorUnit(at.lng, at.lat);
    const { shapes } = this.projected;
    this.projected.grid ??= buildGridIndex(shapes.box);
    for (const shape of candidatesAt(this.projected.grid, x, y)) if (shapeContains(shapes, shape, x, y)) return shape;
    return null;
  }

  private feature(shape: number): BoundaryFeature {
    return this.boundaries.features[shape]!;
  }

  private hover(shape: number | null, at?: L.LatLng): void {
    if (shape === this.hovered) {
      if (shape !== null && at) this.handlers.move(at);
      return;
    }
    if (this.hovered !== null) this.handlers.leave();
    this.hovered = shape;
    // The pointer cursor over a unit, as over Leaflet's interactive paths.
    this.container.classList.toggle('leaflet-interactive', shape !== null);
    if (shape !== null && at) this.handlers.enter(this.feature(shape), at);
  }

  private click(e: L.LeafletMouseEvent): void {
    const shape = this.shapeAt(e.latlng);
    if (shape !== null) this.handlers.click(this.feature(shape), e.latlng);
  }

  /** Where the canvas drawn for the last view sits in a view being zoomed to (Leaflet's renderers do the same). */
  private place(center: L.LatLng, zoom: number): void {
    const map = this._map;
    if (!this.drawnCenter) return;
    const scale = map.getZoomScale(zoom, this.drawnZoom);
    const pixelOrigin = (map as unknown as { _getNewPixelOrigin: (c: L.LatLng, z: number) => L.Point })._getNewPixelOrigin(center, zoom);
    const topLeft = this.drawnTopLeft.multiplyBy(scale).subtract(pixelOrigin);
    L.DomUtil.setTransform(this.container, topLeft, scale);
  }

  private reset(): void {
    this.redraw(this._map);
    if (this.drawnCenter) this.place(this.drawnCenter, this.drawnZoom);
  }

  /**
   * Places and sizes both canvases for the map's current view (the padded view, cut to the shapes'
   * box: src/domain/canvas-area.ts); the drawing follows in the next animation frame, once for the
   * several moves of one change (fitting the view moves it twice).
   */
  private redraw(map: L.Map): void {
    // Mid-animation the canvas is only scaled; the redraw comes when the zoom ends.
    if ((map as unknown as { _animatingZoom?: boolean })._animatingZoom && this.drawnCenter) return;
    const size = map.getSize();
    const from = map.containerPointToLayerPoint(size.multiplyBy(-PADDING));
    const to = map.containerPointToLayerPoint(size.multiplyBy(1 + PADDING));
    // The shapes' box in layer pixels: reference units × 256 · 2^zoom, less the pixel origin.
    const scale = map.options.crs!.scale(map.getZoom());
    const pixelOrigin = map.getPixelOrigin();
    const e = this.projected.extent;
    const content: Box | null = e && [e[0] * scale - pixelOrigin.x, e[1] * scale - pixelOrigin.y, e[2] * scale - pixelOrigin.x, e[3] * scale - pixelOrigin.y];
    const area = canvasArea([from.x, from.y, to.x, to.y], content, STROKE_MARGIN);
    this.origin = L.point(area.x, area.y);
    this.extent = L.point(area.width, area.height);
    this.drawnTopLeft = this.origin.add(pixelOrigin);
    this.drawnCenter = map.getCenter();
    this.drawnZoom = map.getZoom();
    L.DomUtil.setPosition(this.container, this.origin);
    this.frameRequest ??= L.Util.requestAnimFrame(() => {
      this.frameRequest = null;
      if (this._map) this.draw();
    });
  }

  private draw(): void {
    this.size(this.base, true);
    this.drawBase(this.extent);
    this.drawHighlight();
  }

  /**
   * Fits a canvas to the drawn extent and clears it. A new size reallocates the canvas (and clears
   * it); the highlight canvas gets its size only when it first has something to show.
   */
  private size(ctx: CanvasRenderingContext2D | null, needed: boolean): ctx is CanvasRenderingContext2D {
    if (!ctx) return false;
    const ratio = window.devicePixelRatio || 1;
    const canvas = ctx.canvas;
    const width = Math.round(this.extent.x * ratio);
    const height = Math.round(this.extent.y * ratio);
    if (canvas.width !== width || canvas.height !== height) {
      if (!needed) {
        canvas.width = 0;
        return false;
      }
      canvas.width = width;
      canvas.height = height;
      canvas.style.width = `${this.extent.x}px`;
      canvas.style.height = `${this.extent.y}px`;
    } else {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, width, height);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.lineJoin = 'round';
    ctx.lineCap = 'round';
    return true;
  }

  private frame(extent?: L.Point): Frame {
    const map = this._map;
    const scale = map.options.crs!.scale(map.getZoom());
    const pixelOrigin = map.getPixelOrigin();
    const dx = -(pixelOrigin.x + this.origin.x);
    const dy = -(pixelOrigin.y + this.origin.y);
    const w = extent?.x ?? 0;
    const h = extent?.y ?? 0;
    return { scale, dx, dy, view: [-dx / scale, -dy / scale, (w - dx) / scale, (h - dy) / scale] };
  }

  private drawBase(extent: L.Point): void {
    if (!this.base) return;
    const frame = this.frame(extent);
    const { shapes, outline } = this.projected;
    paintShapes(this.base, shapes, this.batches, frame);
    if (outline) strokeShape(this.base, outline, 0, frame, SHAPE_STYLE.outline, SHAPE_STYLE.outlineWidth(this.boundaries.features.length));
  }

  private drawHighlight(): void {
    const ctx = this.top;
    if (!this.size(ctx, this.highlighted !== null) || this.highlighted === null) return;
    strokeShape(ctx, this.projected.shapes, this.highlighted, this.frame(), SHAPE_STYLE.highlight, SHAPE_STYLE.highlightWidth);
  }
}
