/** Which unit names fit on the map at the current zoom: a label shows only inside room enough for it. */

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres per screen pixel in Web Mercator at a latitude and zoom (256-pixel tiles). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / 2 ** (zoom + 8);
}

/** A rough width of a label in pixels (average glyph width of the UI font at 12 px, diacritics included). */
export function labelWidthPx(text: string, fontPx = 12): number {
  return [...text].length * fontPx * 0.55;
}

/**
 * A label fits when a box of its size centred on the label point stays within the inscribed circle,
 * loosely: half its width within 1.3 radii (shapes are wider than their inscribed circle) and the
 * circle at least as high as a line of text.
 */
export function labelFits(text: string, radiusKm: number, lat: number, zoom: number, fontPx = 12): boolean {
  const radiusPx = (radiusKm * 1000) / metresPerPixel(lat, zoom);
  return radiusPx >= fontPx * 0.9 && labelWidthPx(text, fontPx) / 2 <= radiusPx * 1.3;
}

/** Whether the room is at least a line of text high: below that no label fits, whatever its text (no need to work it out). */
export function labelMayFit(radiusKm: number, lat: number, zoom: number, fontPx = 12): boolean {
  return (radiusKm * 1000) / metresPerPixel(lat, zoom) >= fontPx * 0.9;
}
