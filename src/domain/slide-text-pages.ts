/**
 * Long texts on slides, laid out ahead of drawing so nothing is cut and nothing overflows: each
 * item (a heading, an optional line under it, a text) is wrapped into lines of an estimated width,
 * and the lines flow from slide to slide; an item that does not fit goes on on the next slide,
 * marked as continued. Estimates are on the safe side (wide glyphs), so the drawn text fits.
 */

export interface TextItem {
  key: string;
  heading: string;
  meta?: string | undefined;
  text: string;
}

/** One part of an item on one slide; `continued`: the item began on an earlier slide. */
export interface TextPart extends TextItem {
  continued: boolean;
}

export interface TextStyle {
  /** Font size, px. */
  size: number;
  /** Line height, px. */
  line: number;
}

export interface TextPageLayout {
  /** Width of the text column, px. */
  width: number;
  /** Height of the text column, px. */
  height: number;
  heading: TextStyle;
  meta: TextStyle;
  text: TextStyle;
  /** Space after each item, px. */
  gap: number;
  /** Average glyph width as a share of the font size (bold Vietnamese text in Arial stays under 0.6). */
  glyph?: number;
  /** The heading of a continued part ("{heading} (tiếp)"); the heading itself when absent. */
  continuedHeading?: (heading: string) => string;
}

/** Characters of text on one line of `width` px. */
export function charsPerLine(width: number, style: TextStyle, glyph = 0.6): number {
  return Math.max(8, Math.floor(width / (style.size * glyph)));
}

/**
 * Greedy word wrap into lines of at most `max` characters (a longer word gets a line of its own,
 * broken where it must). Paragraph breaks ("\n") start a new line; a paragraph's last line ends with "\n".
 */
export function wrapText(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text
    .split(/\n+/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)) {
    let line = '';
    for (let word of paragraph.split(' ')) {
      while (word.length > max) {
        if (line) lines.push(line);
        lines.push(word.slice(0, max));
        word = word.slice(max);
        line = '';
      }
      if (!line) line = word;
      else if (line.length + 1 + word.length <= max) line += ` ${word}`;
      else {
        lines.push(line);
        line = word;
      }
    }
    if (line) lines.push(line);
    lines[lines.length - 1] += '\n';
  }
  return lines;
}

/** Lines back to text: a line ending in "\n" closes its paragraph, others join with a space. */
export function joinLines(lines: readonly string[]): string {
  return lines
    .map((l, i) => (l.endsWith('\n') || i === lines.length - 1 ? l : `${l} `))
    .join('')
    .trimEnd();
}

/** Fewest text lines worth starting an item with at the foot of a slide (else it starts on the next). */
const MIN_LINES = 2;

/** The items laid out on as many slides as they need (at least one, empty when there are none). */
export function paginateText(items: readonly TextItem[], layout: TextPageLayout): TextPart[][] {
  const glyph = layout.glyph ?? 0.6;
  const height = (text: string, style: TextStyle) => (text ? wrapText(text, charsPerLine(layout.width, style, glyph)).length * style.line : 0);
  const pages: TextPart[][] = [];
  let page: TextPart[] = [];
  let used = 0;
  const next = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  for (const item of items) {
    const lines = wrapText(item.text, charsPerLine(layout.width, layout.text, glyph));
    let from = 0;
    let continued = false;
    for (;;) {
      const heading = continued && layout.continuedHeading ? layout.continuedHeading(item.heading) : item.heading;
      const head = height(heading, layout.heading) + (continued ? 0 : height(item.meta ?? '', layout.meta));
      const room = Math.floor((layout.height - used - head) / layout.text.line);
      const left = lines.length - from;
      if (room < Math.min(left, MIN_LINES) && page.length > 0) {
        next();
        continue;
      }
      const take = Math.min(left, Math.max(1, room));
      page.push({
        key: continued ? `${item.key}~${from}` : item.key,
        heading,
        meta: continued ? undefined : item.meta,
        text: joinLines(lines.slice(from, from + take)),
        continued,
      });
      used += head + take * layout.text.line + layout.gap;
      from += take;
      continued = true;
      if (from >= lines.length) break;
      next();
    }
  }
  if (page.length > 0 || pages.length === 0) pages.push(page);
  return pages;
}
