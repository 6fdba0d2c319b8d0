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

/** Elements with this class are never part of an exported image. */
export const NO_EXPORT_CLASS = 'no-export';

const keep = (node: HTMLElement): boolean => !(node.classList && node.classList.contains(NO_EXPORT_CLASS));

export async function renderPng(node: HTMLElement, options: PngOptions = {}): Promise<Blob> {
  const { toBlob } = await import('html-to-image');
  const filter = options.filter;
  const blob = await toBlob(node, {
    backgroundColor: options.backgroundColor ?? '#ffffff',
    pixelRatio: options.pixelRatio ?? 2,
    // The app uses system fonts only: nothing to embed, and no stylesheet has to be re-fetched.
    skipFonts: true,
    filter: (n) => keep(n) && (filter ? filter(n) : true),
  });
  if (!blob || blob.size === 0) throw new Error('The image could not be drawn');
  return blob;
}

/** Saves a blob under a file name through a temporary link (works offline, no pop-up). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportPng(node: HTMLElement, fileName: string, options: PngOptions = {}): Promise<void> {
  downloadBlob(await renderPng(node, options), fileName);
}

/** ASCII file-name part: diacritics dropped ("Bắc Kạn" → "bac-kan", "Đ" → "d"), separators collapsed. */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
}

/** "du-an-8_thanh-pho-bac-kan_p8.1.5_2023_xu-huong.png": program, then the given parts. */
export function pngFileName(parts: readonly string[]): string {
  return `${['du-an-8', ...parts.map(fileNamePart).filter(Boolean)].join('_')}.png`;
}
