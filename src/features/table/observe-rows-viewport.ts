/**
 * The height in which body rows can be seen: the scroll area's height less its sticky header and
 * totals rows, which cover the rows scrolled beneath them. The virtualiser draws rows for this
 * height, so no row is drawn (laid out and painted) only to sit under the header.
 */
import { observeElementRect, type Virtualizer } from '@tanstack/react-virtual';
import { ROW_HEIGHT } from './table-model';

/** Height assumed while the scroll area has none (not laid out yet, hidden, or no layout engine). */
export const FALLBACK_HEIGHT = 600;

type Rect = { width: number; height: number };

/** Height of the table's sticky parts (header rows and totals row) inside `scroller`. */
function stickyHeight(scroller: Element): number {
  const table = scroller.querySelector('table');
  const height = (part: Element | null | undefined) => part?.getBoundingClientRect().height ?? 0;
  return height(table?.tHead) + height(table?.tFoot);
}

/** The rows' viewport: at least one row high, or FALLBACK_HEIGHT while the scroll area has no height. */
export function rowsViewport(rect: Rect, sticky: number): Rect {
  if (rect.height <= 0) return { width: rect.width, height: FALLBACK_HEIGHT };
  return { width: rect.width, height: Math.max(ROW_HEIGHT, Math.round(rect.height - sticky)) };
}

/**
 * observeElementRect for the virtualiser: the scroll area's size less the sticky parts, again
 * whenever the scroll area or the table is resized (a column change can make the header taller).
 */
export function observeRowsViewport(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void): (() => void) | undefined {
  const scroller = instance.scrollElement;
  let last: Rect = { width: 0, height: 0 };
  const report = (rect: Rect) => {
    last = rect;
    cb(rowsViewport(rect, scroller ? stickyHeight(scroller) : 0));
  };
  const stop = observeElementRect(instance, report);
  const table = scroller?.querySelector('table');
  if (!table || typeof ResizeObserver === 'undefined') return stop;
  const observer = new ResizeObserver(() => report(last));
  observer.observe(table);
  return () => {
    observer.disconnect();
    stop?.();
  };
}
