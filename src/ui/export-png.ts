/**
 * PNG export of what a panel shows (a chart with its title and legend, a map): the node is drawn
 * as it is on screen. html-to-image is loaded only when an export is asked for.
 */

export interface PngOptions {
  /** Return false for nodes to leave out (buttons, controls). */
  filter?: (node: HTMLElement) => boolean;
  backgroundColor?: string;
  /** 2 = sharp on projectors and in documents. */
  pixelRatio?: number;
}

/** Elements with this class (buttons, option controls) are never part of an exported image. */
export const NO_EXPORT_CLASS = 'no-export';

/**
 * The node as it would look without its controls: a copy without `.no-export` elements, laid out
 * off screen at the same width, so the image has no gaps where the controls were and the page
 * does not move while the image is drawn.
 */
function offscreenCopy(node: HTMLElement): { copy: HTMLElement; remove: () => void } {
  const copy = node.cloneNode(true) as HTMLElement;
  copy.querySelectorAll(`.${NO_EXPORT_CLASS}`).forEach((el) => el.remove());
  copy.removeAttribute('id');
  copy.querySelectorAll('[id]').forEach((el) => {
    // Keep SVG pattern ids (fills refer to them); other ids would be duplicates on the page.
    if (!(el instanceof SVGElement)) el.removeAttribute('id');
  });
  const host = document.createElement('div');
  host.setAttribute('aria-hidden', 'true');
  host.style.position = 'fixed';
  host.style.left = '-100000px';
  host.style.top = '0';
  host.style.width = `${node.getBoundingClientRect().width || node.offsetWidth}px`;
  host.append(copy);
  document.body.append(host);
  return { copy, remove: () => host.remove() };
}

export async function renderPng(node: HTMLElement, options: PngOptions = {}): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const filter = options.filter;
  const { copy, remove } = offscreenCopy(node);
  try {
    const blob = await toBlob(copy, {
      backgroundColor: options.backgroundColor ?? '#ffffff',
      pixelRatio: options.pixelRatio ?? 2,
      // The app uses system fonts only: nothing to embed, and no stylesheet has to be re-fetched.
      skipFonts: true,
      filter: (n) => !(n.classList && n.classList.contains(NO_EXPORT_CLASS)) && (filter ? filter(n) : true),
    });
    if (!blob || blob.size === 0) throw new Error('The image could not be drawn');
    return blob;
  } finally {
    remove();
  }
}
