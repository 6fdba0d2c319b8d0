/** Map options kept in the URL (view-specific parameters): mm = colour mode, mc = classification. */
import { CLASS_METHODS, type ClassMethod } from '@/domain/classify';
import { MAP_MODES, type MapMode } from '@/domain/map-legend';

export interface MapOptions {
  mode: MapMode;
  method: ClassMethod;
}

export const DEFAULT_MAP_OPTIONS: MapOptions = { mode: 'value', method: 'quantile' };
/** Five classes: enough to rank, few enough to tell the colours apart. */
export const MAP_CLASSES = 5;

export function parseMapOptions(extra: Readonly<Record<string, string>>): MapOptions {
  const mode = MAP_MODES.find((m) => m === extra.mm) ?? DEFAULT_MAP_OPTIONS.mode;
  const method = CLASS_METHODS.find((m) => m === extra.mc) ?? DEFAULT_MAP_OPTIONS.method;
  return { mode, method };
}

/** The view's extra parameters with the options set; defaults are left out so links stay short. */
export function withMapOptions(extra: Readonly<Record<string, string>>, options: MapOptions): Record<string, string> {
  const next: Record<string, string> = { ...extra };
  delete next.mm;
  delete next.mc;
  if (options.mode !== DEFAULT_MAP_OPTIONS.mode) next.mm = options.mode;
  if (options.method !== DEFAULT_MAP_OPTIONS.method) next.mc = options.method;
  return next;
}

export type RendererKind = 'svg' | 'canvas';
/**
 * Above this many polygons the canvas renderer draws and pans faster (measured with the province's
 * 1,332 villages and a 10,000-polygon grid); below it SVG is as fast and keeps crisp patterns and
 * paths that tests and assistive technology can inspect. `mr=svg|canvas` in the URL overrides it.
 */
export const CANVAS_FROM_FEATURES = 300;

export function rendererFor(extra: Readonly<Record<string, string>>, featureCount: number): RendererKind {
  if (extra.mr === 'svg' || extra.mr === 'canvas') return extra.mr;
  return featureCount >= CANVAS_FROM_FEATURES ? 'canvas' : 'svg';
}
