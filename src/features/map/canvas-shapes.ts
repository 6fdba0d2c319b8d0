/**
 * The units drawn on a canvas layer of its own (hundreds to thousands of units): coordinates
 * projected once per boundary document into typed arrays, fills drawn one path per colour, borders
 * in one path, the highlight on a second canvas above; a grid index and point-in-polygon find the
 * unit under the pointer. Redrawn when the map stops moving; scaled by CSS during a zoom animation,
 * as Leaflet's own renderers are.
 */
import L from 'leaflet';
import type { Boundaries, BoundaryFeature } from '@/api/contract';
import { buildGridIndex, candidatesAt, type GridIndex } from '@/domain/grid-index';
import { mercatorUnit, projectShapes, shapeContains, type ProjectedShapes } from '@/domain/projected-shapes';
import { SHAPE_STYLE, type MapShapes, type ShapeFill, type ShapeHandlers } from './map-shapes';

/** Drawn around the view, as a share of its size, so a pan shows shapes before the redraw. */
const PADDING = 0.5;
/** A vertex closer than this (px) to the last one drawn is skipped. */
const MIN_STEP_PX = 0.5;
/**
 * Vertices per path before it is filled or stroked and a new one begun: Chromium's software canvas
 * slows down sharply on longer paths (10,000 shapes: 0.12 s drawn in paths of 1,000 vertices, 1 s
 * at 4,000, 5 s as one path per colour).
 */
const PATH_VERTICES = 1000;

interface Projected {
  shapes: ProjectedShapes;
  grid: GridIndex;
  outline: ProjectedShapes | null;
}

/** Projection and index, once per boundary document (the layer is rebuilt for every new paint). */
const projections = new WeakMap<Boundaries, Projected>();

function projectedOf(boundaries: Boundaries): Projected {
  let projected = projections.get(boundaries);
  if (!projected) {
    const shapes = projectShapes(boundaries.features.map((f) => f.geometry));
    const outline = boundaries.outline ? projectShapes([boundaries.outline.geometry]) : null;
    projected = { shapes, grid: buildGridIndex(shapes.box), outline };
    projections.set(boundaries, projected);
  }
  return projected;
}

/** Where reference coordinates land on the canvas: x · scale + dx, y · scale + dy; and the view in reference units. */
interface Frame {
  scale: number;
  dx: number;
  dy: number;
  view: [number, number, number, number];
}

function traceShape(ctx: CanvasRenderingContext2D, shapes: ProjectedShapes, shape: number, { scale, dx, dy }: Frame): number {
  const { xy, ringStart, shapeRing } = shapes;
  for (let r = shapeRing[shape]!; r < shapeRing[shape + 1]!; r++) {
    const first = ringStart[r]!;
    const last = ringStart[r + 1]! - 1;
    if (last <= first) continue;
    let px = xy[2 * first]! * scale + dx;
    let py = xy[2 * first + 1]! * scale + dy;
    ctx.moveTo(px, py);
    for (let i = first + 1; i <= last; i++) {
      const x = xy[2 * i]! * scale + dx;
      const y = xy[2 * i + 1]! * scale + dy;
      if (i < last && Math.abs(x - px) < MIN_STEP_PX && Math.abs(y - py) < MIN_STEP_PX) continue;
      ctx.lineTo(x, y);
      px = x;
      py = y;
    }
    ctx.closePath();
  }
  return ringStart[shapeRing[shape + 1]!]! - ringStart[shapeRing[shape]!]!;
}

function inView(box: Float64Array, shape: number, [minX, minY, maxX, maxY]: Frame['view']): boolean {
  return box[4 * shape]! <= maxX && box[4 * shape + 2]! >= minX && box[4 * shape + 1]! <= maxY && box[4 * shape + 3]! >= minY;
}

function canvasLayer(parent: HTMLElement): CanvasRenderingContext2D | null {
  return L.DomUtil.create('canvas', 'map-canvas__layer', parent).getContext('2d');
}

export class CanvasShapes extends L.Layer implements MapShapes {
  private readonly projected: Projected;
  /** The units of each fill, drawn as one path. */
  private readonly batches: { fill: ShapeFill; shapes: number[] }[] = [];
  private readonly indexOf = new Map<string, number>();
  private readonly container = L.DomUtil.create('div', 'map-canvas leaflet-zoom-animated');
  private readonly base = canvasLayer(this.container);
  private readonly top = canvasLayer(this.container);
  /** The canvas's top left in layer pixels, and the view it was drawn for. */
  private origin = L.point(0, 0);
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
      this.indexOf.set(f.properties.code, i);
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
    const index = code === null ? null : (this.indexOf.get(code) ?? null);
    if (index === this.highlighted) return;
    this.highlighted = index;
    if (this._map) this.drawHighlight();
  }

  elementOf(): Element | null {
    return null;
  }

  /** The unit under a point of the map, if any. */
  private shapeAt(at: L.LatLng): number | null {
    const [x, y] = mercatorUnit(at.lng, at.lat);
    const { shapes, grid } = this.projected;
    for (const shape of candidatesAt(grid, x, y)) if (shapeContains(shapes, shape, x, y)) return shape;
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
    const viewHalf = map.getSize().multiplyBy(0.5 + PADDING);
    const pixelOrigin = (map as unknown as { _getNewPixelOrigin: (c: L.LatLng, z: number) => L.Point })._getNewPixelOrigin(center, zoom);
    const topLeft = viewHalf.multiplyBy(-scale).add(map.project(this.drawnCenter, zoom)).subtract(pixelOrigin);
    L.DomUtil.setTransform(this.container, topLeft, scale);
  }

  private reset(): void {
    this.redraw(this._map);
    if (this.drawnCenter) this.place(this.drawnCenter, this.drawnZoom);
  }

  /** Sizes both canvases to the view and its padding, and draws them for the map's current view. */
  private redraw(map: L.Map): void {
    // Mid-animation the canvas is only scaled; the redraw comes when the zoom ends.
    if ((map as unknown as { _animatingZoom?: boolean })._animatingZoom && this.drawnCenter) return;
    const size = map.getSize();
    const min = map.containerPointToLayerPoint(size.multiplyBy(-PADDING)).round();
    const extent = size.multiplyBy(1 + 2 * PADDING).round();
    this.origin = min;
    this.drawnCenter = map.getCenter();
    this.drawnZoom = map.getZoom();
    L.DomUtil.setPosition(this.container, min);
    const ratio = window.devicePixelRatio || 1;
    for (const ctx of [this.base, this.top]) {
      if (!ctx) continue;
      ctx.canvas.width = Math.round(extent.x * ratio);
      ctx.canvas.height = Math.round(extent.y * ratio);
      ctx.canvas.style.width = `${extent.x}px`;
      ctx.canvas.style.height = `${extent.y}px`;
      ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
      ctx.lineJoin = 'round';
      ctx.lineCap = 'round';
    }
    this.drawBase(extent);
    this.drawHighlight();
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
    const ctx = this.base;
    if (!ctx) return;
    const frame = this.frame(extent);
    const { shapes, outline } = this.projected;
    const visible: number[] = [];
    for (const { fill, shapes: batch } of this.batches) {
      ctx.fillStyle = fill;
      ctx.beginPath();
      let n = 0;
      for (const shape of batch) {
        if (!inView(shapes.box, shape, frame.view)) continue;
        visible.push(shape);
        n += traceShape(ctx, shapes, shape, frame);
        if (n >= PATH_VERTICES) {
          ctx.fill('evenodd');
          ctx.beginPath();
          n = 0;
        }
      }
      ctx.fill('evenodd');
    }
    ctx.strokeStyle = SHAPE_STYLE.border;
    ctx.lineWidth = SHAPE_STYLE.borderWidth;
    ctx.beginPath();
    let n = 0;
    for (const shape of visible) {
      n += traceShape(ctx, shapes, shape, frame);
      if (n >= PATH_VERTICES) {
        ctx.stroke();
        ctx.beginPath();
        n = 0;
      }
    }
    ctx.stroke();
    if (outline) {
      ctx.beginPath();
      traceShape(ctx, outline, 0, frame);
      ctx.strokeStyle = SHAPE_STYLE.outline;
      ctx.lineWidth = SHAPE_STYLE.outlineWidth(this.boundaries.features.length);
      ctx.stroke();
    }
  }

  private drawHighlight(): void {
    const ctx = this.top;
    if (!ctx) return;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    if (this.highlighted === null) return;
    ctx.beginPath();
    traceShape(ctx, this.projected.shapes, this.highlighted, this.frame());
    ctx.strokeStyle = SHAPE_STYLE.highlight;
    ctx.lineWidth = SHAPE_STYLE.highlightWidth;
    ctx.stroke();
  }
}
