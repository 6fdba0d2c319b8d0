/**
 * Which names a map can show without any two overlapping or any running off its edge: candidates
 * are taken by priority (the roomiest shapes first, so the names most readers look for stay), and
 * a label is kept only when its box, with a margin, touches no label already kept and lies inside
 * the view. The others are left out: every name is still in the map's table twin and tooltips.
 */

export interface LabelCandidate {
  key: string;
  /** Centre of the label in view pixels. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Higher first (e.g. the radius of the room inside the shape). */
  priority: number;
}

export interface LabelView {
  width: number;
  height: number;
  /** Space kept between two labels and between a label and the view's edge, px. */
  margin?: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const boxOf = (c: LabelCandidate, margin: number): Box => ({
  left: c.x - c.width / 2 - margin / 2,
  right: c.x + c.width / 2 + margin / 2,
  top: c.y - c.height / 2 - margin / 2,
  bottom: c.y + c.height / 2 + margin / 2,
});

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The keys of the labels to draw, in the order they were placed (ties in priority: by key). */
export function placeLabels(candidates: readonly LabelCandidate[], view: LabelView): string[] {
  const margin = view.margin ?? 4;
  const ordered = [...candidates].sort((a, b) => b.priority - a.priority || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const placed: Box[] = [];
  const keys: string[] = [];
  for (const c of ordered) {
    const box = boxOf(c, margin);
    const inside = box.left >= 0 && box.top >= 0 && box.right <= view.width && box.bottom <= view.height;
    if (!inside || placed.some((p) => overlaps(p, box))) continue;
    placed.push(box);
    keys.push(c.key);
  }
  return keys;
}
